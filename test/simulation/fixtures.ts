import { defineSop } from '../../src/index.js';

/** a (5 menit) → b (2 jam) → c (1 hari, decision: TIDAK SETUJU back to a). */
export const linear = defineSop({
  id: 'uji-linear',
  nama: 'Uji linear',
  steps: [
    { id: 'a', label: '1', uraian: 'Siapkan', pelaksana: ['fungsional-umum'], waktu: '5 Menit' },
    { id: 'b', label: '2', uraian: 'Koreksi', pelaksana: ['kepala-bidang', 'kepala-sub-bidang'], waktu: '2 Jam' },
    { id: 'c', label: '3', uraian: 'Tanda tangan', pelaksana: ['kepala-dinas'], waktu: '1 Hari', decision: { tidakSetuju: { action: 'rework', to: 'a' } } },
  ],
});

/** a (10) → b (20 menit, decision: rework to a): every pass costs 30 minutes. */
export const loop = defineSop({
  id: 'uji-loop',
  nama: 'Uji loop',
  steps: [
    { id: 'a', label: '1', uraian: 'Konsep', pelaksana: ['fungsional-umum'], waktu: '10 Menit' },
    { id: 'b', label: '2', uraian: 'Periksa', pelaksana: ['kepala-bidang'], waktu: '20 Menit', decision: { tidakSetuju: { action: 'rework', to: 'a' } } },
  ],
});

/** a (10) → b (20, decision: TIDAK SETUJU ends the case) → c (30). */
export const ending = defineSop({
  id: 'uji-tolak',
  nama: 'Uji tolak',
  steps: [
    { id: 'a', label: '1', uraian: 'Ajukan', pelaksana: ['pemohon'], waktu: '10 Menit' },
    { id: 'b', label: '2', uraian: 'Nilai', pelaksana: ['kepala-bidang'], waktu: '20 Menit', decision: { tidakSetuju: { action: 'end' } } },
    { id: 'c', label: '3', uraian: 'Proses', pelaksana: ['fungsional-umum'], waktu: '30 Menit' },
  ],
});

/** a → b (decision: SETUJU skips c, TIDAK SETUJU ends) → c → d (decision: rework to c). */
export const skip = defineSop({
  id: 'uji-lompat',
  nama: 'Uji lompat',
  steps: [
    { id: 'a', label: '1', uraian: 'Ajukan', pelaksana: ['pemohon'], waktu: '5 Menit' },
    { id: 'b', label: '2', uraian: 'Saring', pelaksana: ['kepala-bidang'], waktu: '10 Menit', decision: { setuju: 'd', tidakSetuju: { action: 'end' } } },
    { id: 'c', label: '3', uraian: 'Lengkapi', pelaksana: ['fungsional-umum'], waktu: '20 Menit' },
    { id: 'd', label: '4', uraian: 'Selesaikan', pelaksana: ['fungsional-umum'], waktu: '30 Menit', decision: { tidakSetuju: { action: 'rework', to: 'c' } } },
  ],
});

/** Two rework decisions, nested: d back to b, f back to a. */
export const nested = defineSop({
  id: 'uji-bersarang',
  nama: 'Uji bersarang',
  steps: [
    { id: 'a', label: '1', uraian: 'x', pelaksana: ['fungsional-umum'], waktu: '15 Menit' },
    { id: 'b', label: '2', uraian: 'x', pelaksana: ['kepala-sub-bidang'], waktu: '1 Jam' },
    { id: 'c', label: '3', uraian: 'x', pelaksana: ['fungsional-umum'], waktu: '30 Menit' },
    { id: 'd', label: '4', uraian: 'x', pelaksana: ['kepala-bidang'], waktu: '20 Menit', decision: { tidakSetuju: { action: 'rework', to: 'b' } } },
    { id: 'e', label: '5', uraian: 'x', pelaksana: ['fungsional-umum'], waktu: '2 Jam' },
    { id: 'f', label: '6', uraian: 'x', pelaksana: ['kepala-dinas'], waktu: '1 Hari', decision: { tidakSetuju: { action: 'rework', to: 'a' } } },
  ],
});
