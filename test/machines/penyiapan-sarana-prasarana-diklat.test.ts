/**
 * SOP Penyiapan Sarana dan Prasarana Diklat against the seed text
 * (shared/seeds/001_8d931621a3aeff30.txt, lines 102–125). The expected values below were
 * counted by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { penyiapanSaranaPrasaranaDiklat as sop } from '../../machines/penyiapan-sarana-prasarana-diklat.js';
import { budgetsByUnit, decisionTargets, performingRoles } from './helpers.js';

const byLabel = (l: string) => sop.steps.find((s) => s.label === l);

describe('penyiapan-sarana-prasarana-diklat', () => {
  test('has the seven numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(7);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  test('budgets: 10+10+15+15+10+10 menit and 1 jam (row 4)', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 70, jam: 1 });
  });

  test('the only decision is row 5 ("kalau tidak setuju dikembalikan kepada Pejabat Level 2"), back to row 4', () => {
    expect(decisionTargets(sop)).toEqual([['5', '4']]);
  });

  test('every lane (Ketua Tim Kerja, Anggota Tim Kerja, Pejabat Level 2, Pejabat Level 1) performs a step, and no other role does', () => {
    const lanes = ['ketua-tim-kerja', 'anggota-tim-kerja', 'pejabat-level-2', 'pejabat-level-1'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('no row names its performer, so every performer carries a note', () => {
    for (const s of sop.steps) expect(s.notes?.some((n) => n.field === 'pelaksana'), s.id).toBe(true);
    // Row 4 is the Pejabat Level 2, the one row 5 returns refusals to.
    expect(byLabel('4')?.pelaksana).toEqual(['pejabat-level-2']);
  });

  test('text as written', () => {
    expect(byLabel('4')?.waktu).toMatchObject({ value: 1, unit: 'jam' });
    expect(byLabel('7')?.uraian).toBe('Persiapan Sarana dan Prasarana Diklat untuk penyelenggaraan.');
    expect(byLabel('7')?.output).toBe('Sarana dan Prasarana Diklat');
  });

  test('identity section as written', () => {
    expect(sop.nomor).toBe('061/ 1625.2 /DISKOPUKM');
    expect(sop.nama).toBe('Penyiapan Sarana dan Prasarana Diklat');
    expect(sop.tanggalPembuatan).toBe('31 Agustus 2023');
    expect(sop.tanggalEfektif).toBe('Agustus 2023');
    expect(sop.tanggalRevisi).toBeUndefined();
    expect(sop.disahkanOleh).toBeUndefined();
    expect(sop.dasarHukum).toHaveLength(5);
    expect(sop.kualifikasiPelaksana).toHaveLength(4); // numbered 1, 3, 4, 5 in the paper
    expect(sop.keterkaitan).toHaveLength(6);
    expect(sop.keterkaitan.filter((k) => k.sopId).map((k) => k.sopId)).toEqual([
      'pelaksanaan-kegiatan-diklat',
      'penyiapan-bahan-materi-diklat',
    ]);
    expect(sop.peralatan).toHaveLength(5);
    expect(sop.peringatan).toHaveLength(1);
    expect(sop.pencatatan).toHaveLength(1);
  });

});
