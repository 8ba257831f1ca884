/**
 * SOP Pelaksanaan Kegiatan Diklat against the seed text
 * (shared/seeds/001_8d931621a3aeff30.txt, lines 3–42). The expected values below were counted
 * by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { pelaksanaanKegiatanDiklat as sop } from '../../machines/pelaksanaan-kegiatan-diklat.js';
import { budgetsByUnit, decisionTargets, performingRoles } from './helpers.js';

const byLabel = (l: string) => sop.steps.filter((s) => s.label === l);

describe('pelaksanaan-kegiatan-diklat', () => {
  test('has the ten rows of the seed in order, with the broken numbering 1..7, 9, 8, 9 kept', () => {
    expect(sop.steps).toHaveLength(10);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '9', '8', '9']);
    for (const s of [...byLabel('9'), ...byLabel('8')]) expect(s.notes?.some((n) => n.field === 'label'), s.id).toBe(true);
  });

  test('budgets: 10+10+15+15+15+10+10+10 menit, 2 jam (row 5), 1 hari (row 4)', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 95, jam: 2, hari: 1 });
  });

  test('decisions: row 6 and row 7 ("kalau tidak setuju dikembalikan kepada Anggota Tim Kerja")', () => {
    // Row 6: the Anggota Tim Kerja is itself the checker; back to row 5, which drafted the konsep.
    // Row 7: back to the Anggota Tim Kerja's row 6.
    expect(decisionTargets(sop)).toEqual([
      ['6', '5'],
      ['7', '6'],
    ]);
    for (const s of sop.steps.filter((x) => x.decision)) {
      expect(s.notes?.some((n) => n.field === 'decision.tidakSetuju'), s.id).toBe(true);
    }
  });

  test('every lane (Ketua Tim Kerja, Anggota Tim Kerja, Pejabat Level 2, Pejabat Level 1) performs a step, and no other role does', () => {
    const lanes = ['ketua-tim-kerja', 'anggota-tim-kerja', 'pejabat-level-2', 'pejabat-level-1'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('performers the text names', () => {
    expect(byLabel('4')[0]?.pelaksana).toEqual(['pejabat-level-2']);
    expect(byLabel('5')[0]?.pelaksana).toEqual(['pejabat-level-2']);
    expect(byLabel('6')[0]?.pelaksana).toEqual(['anggota-tim-kerja']);
    expect(byLabel('7')[0]?.pelaksana).toEqual(['ketua-tim-kerja']);
    expect(byLabel('8')[0]?.pelaksana).toEqual(['ketua-tim-kerja']);
  });

  test('every performer not named in its own row carries a note', () => {
    for (const label of ['1', '2', '3']) expect(byLabel(label)[0]?.notes?.some((n) => n.field === 'pelaksana'), label).toBe(true);
    for (const s of byLabel('9')) expect(s.notes?.some((n) => n.field === 'pelaksana'), s.id).toBe(true);
  });

  test('text as written', () => {
    expect(byLabel('4')[0]?.waktu).toMatchObject({ value: 1, unit: 'hari' });
    expect(byLabel('7')[0]?.kelengkapan).toBe('Draft pelaksanaan kegiatan Diklat, disposisi');
    expect(byLabel('9')[1]?.output).toBe('Kebutuhan pelaksanaan kegiatan Diklat');
  });

  test('identity section as written', () => {
    expect(sop.nomor).toBe('061/ 1625 /DISKOPUKM');
    expect(sop.nama).toBe('Pelaksanaan Kegiatan Diklat');
    expect(sop.unit.unitKerja).toBe('Bidang Pemberdayaan Usaha Kecil');
    expect(sop.tanggalPembuatan).toBe('31 Agustus 2023');
    expect(sop.tanggalEfektif).toBe('Agustus 2023');
    expect(sop.tanggalRevisi).toBeUndefined();
    expect(sop.dasarHukum).toHaveLength(4);
    expect(sop.kualifikasiPelaksana).toHaveLength(3);
    expect(sop.keterkaitan).toHaveLength(6);
    expect(sop.keterkaitan.filter((k) => k.sopId).map((k) => k.sopId)).toEqual([
      'penyiapan-bahan-materi-diklat',
      'penyiapan-sarana-prasarana-diklat',
    ]);
    expect(sop.peralatan).toHaveLength(4);
    expect(sop.peringatan).toHaveLength(1);
    expect(sop.pencatatan).toHaveLength(1);
  });

  test('the displaced signature fragment is not taken as disahkanOleh, and is noted', () => {
    expect(sop.disahkanOleh).toBeUndefined();
    expect(sop.notes?.find((n) => n.field === 'disahkanOleh')?.text).toContain('AIDI, MM');
  });

});
