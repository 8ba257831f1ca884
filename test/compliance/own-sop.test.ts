import { describe, expect, it } from 'vitest';
import { calendar24x7, checkConformance, defineSop } from 'sop-ap';
import { wib } from './helpers.js';

/**
 * A broken-numbered SOP (labels 1, 2, 2, 3 … as some seeds have them), with a decision whose
 * SETUJU jumps over a step and whose TIDAK SETUJU ends the case; the jumped step is reached
 * only by a later rework.
 */
const sop = defineSop({
  id: 'uji-nomor-ganda',
  nama: 'Uji Nomor Ganda',
  steps: [
    { id: 'terima', label: '1', uraian: 'Menerima berkas', pelaksana: ['petugas-informasi-tu'], waktu: '10 Menit' },
    { id: 'periksa', label: '2', uraian: 'Memeriksa berkas', pelaksana: ['kepala-sub-bidang'], waktu: '30 Menit' },
    {
      id: 'putus',
      label: '2',
      uraian: 'Memutuskan; jika lengkap langsung ke penerbitan, jika tidak setuju ditolak',
      pelaksana: ['kepala-bidang'],
      waktu: '15 Menit',
      decision: { setuju: 'terbitkan', tidakSetuju: { action: 'end' } },
    },
    { id: 'lengkapi', label: '3', uraian: 'Melengkapi berkas', pelaksana: ['fungsional-umum'], waktu: '1 Jam' },
    { id: 'terbitkan', label: '4', uraian: 'Menerbitkan surat', pelaksana: ['kepala-dinas'], waktu: '1 Jam' },
    {
      id: 'verifikasi',
      label: '5',
      uraian: 'Memverifikasi; jika tidak setuju berkas dilengkapi',
      pelaksana: ['kepala-dinas'],
      waktu: '15 Menit',
      decision: { tidakSetuju: { action: 'rework', to: 'lengkapi' } },
    },
  ],
});
const row = (step: string, role: string, at: string, decision?: string) => ({ case: 'A', step, role, completed_at: wib(at), ...(decision ? { decision } : {}) });
const check = (rows: object[]) => checkConformance(sop, rows, { calendar: calendar24x7 }).cases[0]!;

describe('conformance on an SOP with a repeated label and a SETUJU jump', () => {
  it('a repeated label resolves to the step the case is at, then to the next one', () => {
    const c = check([row('1', 'TU', '08:00'), row('2', 'Kasi', '08:20'), row('2', 'Kabid', '08:30', 'setuju'), row('4', 'Kadis', '09:00'), row('5', 'Kadis', '09:10', 'setuju')]);
    expect(c.deviations).toEqual([]);
    expect(c.steps.map((s) => s.step)).toEqual(['terima', 'periksa', 'putus', 'terbitkan', 'verifikasi']);
  });

  it('the step SETUJU jumps over, logged on the way: one log move (cheaper than passing 4 and 5 twice)', () => {
    const c = check([row('1', 'TU', '08:00'), row('2', 'Kasi', '08:20'), row('2', 'Kabid', '08:30', 'setuju'), row('lengkapi', 'Staf', '08:40'), row('4', 'Kadis', '09:00'), row('5', 'Kadis', '09:10', 'setuju')]);
    expect(c.deviations.map((d) => [d.kind, d.step, d.expected])).toEqual([['inserted-step', 'lengkapi', 'terbitkan']]);
    expect(c.status).toBe('selesai');
    expect(c.reworks).toEqual({});
    // 6 events; the shortest complete run is 1, 2, 2 refused (3 steps)
    expect(c.fitness).toBeCloseTo(1 - 1 / (6 + 3), 10);
  });

  it('an earlier step no rework reaches is an inserted step, and is set aside', () => {
    const c = check([row('1', 'TU', '08:00'), row('2', 'Kasi', '08:20'), row('1', 'TU', '08:25'), row('2', 'Kabid', '08:30', 'setuju'), row('4', 'Kadis', '09:00'), row('5', 'Kadis', '09:10', 'setuju')]);
    expect(c.deviations.map((d) => [d.kind, d.step, d.line])).toEqual([['inserted-step', 'terima', undefined]]);
    expect(c.deviations[0]!.pesan).toBe('Langkah 1 (Petugas Informasi/TU) dicatat di tempat yang tidak diizinkan SOP: kasus sedang berada di langkah 2');
    expect(c.status).toBe('selesai');
  });

  it('TIDAK SETUJU that ends the case: status ditolak, later events come after the end', () => {
    const c = check([row('1', 'TU', '08:00'), row('2', 'Kasi', '08:20'), row('2', 'Kabid', '08:30', 'tidak setuju'), row('4', 'Kadis', '09:00')]);
    expect(c.status).toBe('ditolak');
    expect(c.deviations.map((d) => [d.kind, d.step])).toEqual([['after-end', 'terbitkan']]);
  });

  it('TIDAK SETUJU that ends the case, unlogged: the missing decision says the case ended ditolak, not that it was taken as setuju', () => {
    const c = check([row('1', 'TU', '08:00'), row('2', 'Kasi', '08:20'), row('2', 'Kabid', '08:30')]);
    expect(c).toMatchObject({ cost: 0, status: 'ditolak' });
    expect(c.deviations.map((d) => [d.kind, d.step, d.expected, d.actual])).toEqual([['missing-decision', 'putus', 'tidak-setuju', 'none']]);
    expect(c.deviations[0]!.pesan).toBe('Langkah 2 (Kepala Bidang) mengakhiri kasus sebagai ditolak tanpa keputusan tidak setuju yang tercatat');
    expect(c.deviations[0]!.message).toBe('Step 2 (Kepala Bidang) ended the case as ditolak without a recorded tidak setuju');
  });

  it('a decision logged on a task step: tidak setuju is an unexpected decision, setuju is harmless', () => {
    const c = check([row('1', 'TU', '08:00', 'tidak setuju'), row('2', 'Kasi', '08:20', 'setuju'), row('2', 'Kabid', '08:30', 'setuju'), row('4', 'Kadis', '09:00'), row('5', 'Kadis', '09:10', 'setuju')]);
    expect(c.deviations.map((d) => [d.kind, d.step])).toEqual([['unexpected-decision', 'terima']]);
    expect(c.deviations[0]!.pesan).toBe('Langkah 1 (Petugas Informasi/TU) bukan keputusan, tetapi log mencatat "tidak setuju"');
  });

  it('skipping several steps records each, in flow order, and a wrong performer on top is also caught', () => {
    const c = check([row('1', 'TU', '08:00'), row('4', 'Kabid', '08:40'), row('5', 'Kadis', '08:50', 'setuju')]);
    expect(c.deviations.map((d) => [d.kind, d.step])).toEqual([
      ['skipped-step', 'periksa'],
      ['skipped-step', 'putus'],
      ['wrong-performer', 'terbitkan'],
    ]);
    expect(c.status).toBe('selesai');
    // two model moves (2 and 2); 3 events, shortest complete run 3
    expect(c.fitness).toBeCloseTo(1 - 2 / (3 + 3), 10);
  });

  it('over budget is measured from the previous completion when the log gives no start', () => {
    const c = check([row('1', 'TU', '08:00'), row('2', 'Kasi', '08:45'), row('2', 'Kabid', '08:50', 'setuju'), row('4', 'Kadis', '09:00'), row('5', 'Kadis', '09:10', 'setuju')]);
    expect(c.deviations.map((d) => [d.kind, d.step, d.minutes])).toEqual([['over-budget', 'periksa', 15]]);
  });
});
