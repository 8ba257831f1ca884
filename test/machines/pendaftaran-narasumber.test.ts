/**
 * SOP Pendaftaran Narasumber (Narsum) against the seed text
 * (shared/seeds/001_8d931621a3aeff30.txt, lines 232–263). The expected values below were
 * counted by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { pendaftaranNarasumber as sop } from '../../machines/pendaftaran-narasumber.js';
import { calendar24x7, nominalLeadTime } from 'sop-ap';
import { budgetsByUnit, decisionTargets, performingRoles } from './helpers.js';

const byLabel = (l: string) => sop.steps.find((s) => s.label === l);

describe('pendaftaran-narasumber', () => {
  test('has the five numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(5);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5']);
  });

  test('budgets: five rows of 5 menit', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 25 });
  });

  test('decisions: row 4 ("persetujuan/ tidak persetujuan") refuses forward to row 5, the letter "disetujui/ tidak" sent either way (revision 1)', () => {
    expect(decisionTargets(sop)).toEqual([['4', 'forward 5']]);
    expect(byLabel('4')?.notes?.some((n) => n.field === 'decision.tidakSetuju')).toBe(true);
    expect(byLabel('5')?.decision).toBeUndefined();
    expect(byLabel('5')?.notes?.find((n) => n.field === 'decision')?.text).toContain('Revision 1');
    expect(sop.revision).toBe(1);
    expect(sop.notes?.find((n) => n.field === 'revision')?.text).toContain('Revision 1');
  });

  test('a refused application gets the letter and ends ditolak; an approved one ends selesai, on the same rows', () => {
    const refused = nominalLeadTime(sop, { calendar: calendar24x7 }).refusals;
    expect(refused.map((r) => [r.label, r.refusal, r.path.map((s) => s.label)])).toEqual([['4', 'forward', ['1', '2', '3', '4', '5']]]);
  });

  test('every lane (PEMOHON, Anggota Tim Kerja, Ketua Tim Kerja (written twice), Pejabat Level 2) performs a step, and no other role does', () => {
    const lanes = ['pemohon', 'anggota-tim-kerja', 'ketua-tim-kerja', 'pejabat-level-2'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
    expect(sop.notes?.find((n) => n.field === 'lanes')?.text).toContain('twice');
  });

  test('performers the text names, and notes on the others', () => {
    expect(byLabel('2')?.pelaksana).toEqual(['ketua-tim-kerja']);
    expect(byLabel('3')?.pelaksana).toEqual(['anggota-tim-kerja']);
    expect(byLabel('4')?.pelaksana).toEqual(['ketua-tim-kerja']);
    for (const l of ['1', '5']) expect(byLabel(l)?.notes?.some((n) => n.field === 'pelaksana'), l).toBe(true);
  });

  test('identity section: no Nama SOP row (name from the table heading), blank nomor number kept', () => {
    expect(sop.nama).toBe('Pendaftaran Narasumber (Narsum)');
    expect(sop.notes?.some((n) => n.field === 'nama')).toBe(true);
    expect(sop.nomor).toBe('061/ /DISKOPUKM');
    expect(sop.notes?.some((n) => n.field === 'nomor')).toBe(true);
    expect(sop.tanggalPembuatan).toBe('Agustus 2023');
    expect(sop.tanggalEfektif).toBe('Agustus 2023');
    expect(sop.tanggalRevisi).toBeUndefined();
    expect(sop.dasarHukum).toHaveLength(7);
    expect(sop.dasarHukum[4]).toContain('Nomor 8 Tahun 2016'); // differs from Permintaan Narasumber's "Nomor 5 Tahun 2021"
    expect(sop.kualifikasiPelaksana).toHaveLength(2);
    expect(sop.keterkaitan).toEqual([{ text: 'SOP Pendaftaran Online Narasumber' }]);
    expect(sop.peralatan).toHaveLength(4);
    expect(sop.peringatan).toHaveLength(1);
    expect(sop.pencatatan).toHaveLength(1);
  });

  test('the displaced "JUNAI, MM" signature fragment is not taken as disahkanOleh, and is noted', () => {
    expect(sop.disahkanOleh).toBeUndefined();
    expect(sop.notes?.find((n) => n.field === 'disahkanOleh')?.text).toContain('JUNAI, MM');
  });

});
