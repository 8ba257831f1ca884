// Definitions that exercise the BPMN layout beyond the catalogue: a SETUJU that skips ahead
// (a flow forward past other columns, along a channel) and reworks into a lower and a higher lane.
import { defineSop } from 'sop-ap';

/** Step 2's SETUJU skips step 3, which only step 4's rework reaches; step 5 may refuse. */
export const lompat = defineSop({
  id: 'sop-lompat',
  nama: 'Uji Lompatan dan Pengembalian',
  steps: [
    { id: 'ajukan', label: '1', uraian: 'Mengajukan permohonan', pelaksana: ['pemohon'], waktu: '10 Menit' },
    {
      id: 'periksa',
      label: '2',
      uraian: 'Memeriksa berkas, jika lengkap langsung diteruskan kepada Kepala Bidang, jika tidak dikembalikan kepada pemohon',
      pelaksana: ['kepala-sub-bidang'],
      waktu: '1 Jam',
      decision: { setuju: 'putuskan', tidakSetuju: { action: 'rework', to: 'ajukan' } },
    },
    { id: 'lengkapi', label: '3', uraian: 'Melengkapi telaahan yang diminta Kepala Bidang', pelaksana: ['fungsional-umum'], waktu: '2 Jam' },
    {
      id: 'putuskan',
      label: '4',
      uraian: 'Menelaah berkas, jika belum lengkap meminta telaahan tambahan',
      pelaksana: ['kepala-bidang'],
      waktu: '1 Hari',
      decision: { tidakSetuju: { action: 'rework', to: 'lengkapi' } },
    },
    {
      id: 'tetapkan',
      label: '5',
      uraian: 'Menetapkan keputusan',
      pelaksana: ['kepala-dinas'],
      waktu: '1 Hari',
      decision: { tidakSetuju: { action: 'end' } },
    },
    { id: 'arsipkan', label: '6', uraian: 'Mengarsipkan keputusan', pelaksana: ['fungsional-umum'], waktu: '1 Jam' },
  ],
});
