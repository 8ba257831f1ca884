/**
 * SOP Permintaan Narasumber (Narsum) against the seed text
 * (shared/seeds/001_8d931621a3aeff30.txt, lines 46–69). The expected values below were
 * counted by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { permintaanNarasumber as sop } from '../../machines/permintaan-narasumber.js';
import { budgetsByUnit, decisionTargets, performingRoles } from './helpers.js';

const byLabel = (l: string) => sop.steps.find((s) => s.label === l);

describe('permintaan-narasumber', () => {
  test('has the five numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(5);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5']);
  });

  test('budgets: 5 + 5 + 10 + 10 + 10 menit', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 40 });
  });

  test('the only decision is row 4 (Kadis "persetujuan/ tidak persetujuan"), and refusal ends the request', () => {
    expect(decisionTargets(sop)).toEqual([['4', 'end']]);
    expect(byLabel('4')?.notes?.some((n) => n.field === 'decision.tidakSetuju')).toBe(true);
  });

  test('every lane (PEMOHON, Pejabat Level 1, ESELON/FUNGSIONAL KHUSUS, PETUGAS TEKNIS) performs a step, and no other role does', () => {
    const lanes = ['pemohon', 'pejabat-level-1', 'eselon-fungsional-khusus', 'petugas-teknis'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('performers the text names; the Kadis of row 4 is mapped to the Pejabat Level 1 lane, with a note', () => {
    expect(byLabel('2')?.pelaksana).toEqual(['petugas-teknis']);
    expect(byLabel('3')?.pelaksana).toEqual(['eselon-fungsional-khusus']);
    expect(byLabel('5')?.pelaksana).toEqual(['eselon-fungsional-khusus']);
    expect(byLabel('4')?.uraian.startsWith('Kadis ')).toBe(true);
    expect(byLabel('4')?.pelaksana).toEqual(['pejabat-level-1']);
    expect(byLabel('4')?.notes?.find((n) => n.field === 'pelaksana')?.text).toContain('Kadis');
    expect(byLabel('1')?.notes?.some((n) => n.field === 'pelaksana')).toBe(true);
  });

  test('identity section: blank nomor number kept as written and noted; blank fields absent', () => {
    expect(sop.nomor).toBe('061/ /DISKOPUKM');
    expect(sop.notes?.some((n) => n.field === 'nomor')).toBe(true);
    expect(sop.nama).toBe('Permintaan Narasumber');
    expect(sop.tanggalPembuatan).toBe('Agustus 2023');
    expect(sop.tanggalEfektif).toBe('Agustus 2023');
    expect(sop.tanggalRevisi).toBeUndefined();
    expect(sop.disahkanOleh).toBeUndefined();
    expect(sop.dasarHukum).toHaveLength(7);
    expect(sop.kualifikasiPelaksana).toHaveLength(2);
    expect(sop.keterkaitan).toEqual([]);
    expect(sop.peralatan).toHaveLength(4);
    expect(sop.peringatan).toEqual(['Apabila SOP Pendaftaran Online Narasumber tidak dilaksanakan maka kinerja Dinas']);
    expect(sop.pencatatan).toHaveLength(1);
  });

});
