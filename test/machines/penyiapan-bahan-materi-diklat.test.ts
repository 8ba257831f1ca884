/**
 * SOP Penyiapan Bahan/Materi Diklat against the seed text
 * (shared/seeds/001_8d931621a3aeff30.txt, lines 71–100). The expected values below were
 * counted by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { penyiapanBahanMateriDiklat as sop } from '../../machines/penyiapan-bahan-materi-diklat.js';
import { budgetsByUnit, decisionTargets, performingRoles } from './helpers.js';

const byLabel = (l: string) => sop.steps.find((s) => s.label === l);

describe('penyiapan-bahan-materi-diklat', () => {
  test('has the eight numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(8);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  test('budgets: 10+10+15+15+15+10+10 menit and 1 jam (row 4)', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 85, jam: 1 });
  });

  test('decisions: rows 4 and 5 ("kalau tidak setuju dikembalikan kepada Pejabat Level 2")', () => {
    // Row 4 is the Pejabat Level 2's own check: back to the konsep of row 3.
    // Row 5 (Pejabat Level 1): back to the Pejabat Level 2's row 4.
    expect(decisionTargets(sop)).toEqual([
      ['4', '3'],
      ['5', '4'],
    ]);
    for (const l of ['4', '5']) expect(byLabel(l)?.notes?.some((n) => n.field === 'decision.tidakSetuju'), l).toBe(true);
  });

  test('every lane (Ketua Tim Kerja, Anggota Tim Kerja, Pejabat Level 2, Pejabat Level 1) performs a step, and no other role does', () => {
    const lanes = ['ketua-tim-kerja', 'anggota-tim-kerja', 'pejabat-level-2', 'pejabat-level-1'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('performers named in the rows themselves, and notes on the others', () => {
    expect(byLabel('1')?.pelaksana).toEqual(['ketua-tim-kerja']);
    expect(byLabel('2')?.pelaksana).toEqual(['anggota-tim-kerja']);
    for (const l of ['3', '4', '5', '6', '7', '8']) expect(byLabel(l)?.notes?.some((n) => n.field === 'pelaksana'), l).toBe(true);
  });

  test('text as written', () => {
    expect(byLabel('3')?.uraian.startsWith('Menkonsep ')).toBe(true); // the seed's spelling
    expect(byLabel('4')?.waktu).toMatchObject({ value: 1, unit: 'jam' });
    expect(byLabel('8')?.output).toBe('Bahan/Materi Diklat');
    expect(sop.steps.every((s) => s.keterangan === undefined)).toBe(true); // the Ket column is empty
  });

  test('identity section as written', () => {
    expect(sop.nomor).toBe('061/ 1625.1 /DISKOPUKM');
    expect(sop.nama).toBe('Penyiapan Bahan/Materi Diklat');
    expect(sop.tanggalPembuatan).toBe('31 Agustus 2023');
    expect(sop.tanggalEfektif).toBe('Agustus 2023');
    expect(sop.tanggalRevisi).toBeUndefined();
    expect(sop.disahkanOleh).toBeUndefined();
    expect(sop.dasarHukum).toHaveLength(4);
    expect(sop.kualifikasiPelaksana).toEqual(['Pendidikan minimal D.III', 'Memahami secara teknis penyusunan bahan/materi diklat']);
    expect(sop.keterkaitan).toHaveLength(5);
    expect(sop.keterkaitan.filter((k) => k.sopId).map((k) => k.sopId)).toEqual([
      'pelaksanaan-kegiatan-diklat',
      'penyiapan-sarana-prasarana-diklat',
    ]);
    expect(sop.peralatan).toHaveLength(3);
    expect(sop.peringatan).toHaveLength(1);
    expect(sop.pencatatan).toHaveLength(1);
  });

});
