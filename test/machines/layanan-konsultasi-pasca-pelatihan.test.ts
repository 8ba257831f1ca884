/**
 * SOP Layanan Konsultasi dan Informasi Pasca Pelatihan against the seed text
 * (shared/seeds/001_8d931621a3aeff30.txt, lines 177–224). The expected values below were
 * counted by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { layananKonsultasiPascaPelatihan as sop } from '../../machines/layanan-konsultasi-pasca-pelatihan.js';
import { budgetsByUnit, decisionTargets, performingRoles } from './helpers.js';

const byLabel = (l: string) => sop.steps.find((s) => s.label === l);

describe('layanan-konsultasi-pasca-pelatihan', () => {
  test('has the seven numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(7);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  test('budgets: 10+10+15+15+10+10 menit and 1 jam (row 4)', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 70, jam: 1 });
  });

  test('row 5 is a decision, its refusal back to row 4 (the stray "Tidak / Ya" and the sibling SOP\'s row 5), revision 1', () => {
    expect(decisionTargets(sop)).toEqual([['5', '4']]);
    expect(byLabel('4')?.pelaksana).toEqual(['pejabat-level-2']); // "dikembalikan ke Pejabat Level 2" lands on its row
    expect(byLabel('5')?.notes?.some((n) => n.field === 'decision' && n.text.includes('Tidak / Ya'))).toBe(true);
    expect(byLabel('5')?.notes?.find((n) => n.field === 'decision.tidakSetuju')?.text).toContain('sibling SOP');
    expect(sop.revision).toBe(1);
  });

  test('every lane (Ketua Tim Kerja, Anggota Tim Kerja, Pejabat Level 2, Pejabat Level 1) performs a step, and no other role does', () => {
    const lanes = ['ketua-tim-kerja', 'anggota-tim-kerja', 'pejabat-level-2', 'pejabat-level-1'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('no row names its performer, so every performer carries a note', () => {
    for (const s of sop.steps) expect(s.notes?.some((n) => n.field === 'pelaksana'), s.id).toBe(true);
  });

  test('text as written, including the cut first row', () => {
    expect(byLabel('1')?.uraian).toBe('Menyerahkan permohonan permintaan layanan konsultasi dan informasi pasca pelatihan dan');
    expect(byLabel('5')?.uraian).toContain('kepada Pejabat Ketua Tim');
    expect(byLabel('7')?.output).toBe('Jawaban permasalahan dan kendala');
  });

  test('the name cut by the page break ("Informasi P" … "asca Pelatihan") is joined, with a note', () => {
    expect(sop.nama).toBe('Layanan Konsultasi dan Informasi Pasca Pelatihan');
    expect(sop.notes?.some((n) => n.field === 'nama')).toBe(true);
  });

  test('identity section as written; the displaced signature fragment is noted, not used', () => {
    expect(sop.nomor).toBe('061/ 1625.4 /DISKOPUKM');
    expect(sop.tanggalPembuatan).toBe('31 Agustus 2023');
    expect(sop.tanggalEfektif).toBe('Agustus 2023');
    expect(sop.tanggalRevisi).toBeUndefined();
    expect(sop.disahkanOleh).toBeUndefined();
    expect(sop.notes?.find((n) => n.field === 'disahkanOleh')?.text).toContain('198603 1 012');
    expect(sop.dasarHukum).toHaveLength(3);
    expect(sop.kualifikasiPelaksana).toHaveLength(3);
    expect(sop.keterkaitan).toHaveLength(5);
    expect(sop.keterkaitan.some((k) => k.sopId !== undefined)).toBe(false);
    expect(sop.peralatan).toHaveLength(3);
    expect(sop.peringatan).toHaveLength(3);
    expect(sop.pencatatan).toHaveLength(3);
  });

});
