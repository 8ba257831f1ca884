/**
 * SOP Pelaksanaan Pelatihan/Bimtek (000.8/1624/DISKOPUKM) against the seed text
 * (shared/seeds/003_5b27c5f6086bb668.txt, lines 35–64). The expected values below were counted
 * by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { pelaksanaanPelatihanBimtek as sop } from '../../machines/pelaksanaan-pelatihan-bimtek.js';
import { budgetsByUnit, decisionTargetsByLabel, performingRoles } from './helpers.js';

describe('pelaksanaan-pelatihan-bimtek', () => {
  test('has the seven numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(7);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  test('budgets: 5 + 15 + 15 + 15 + 5 menit, 1 jam, 2 Hari', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 55, jam: 1, hari: 2 });
  });

  test('three decisions: 3 -> Anggota (2), 4 -> Ketua Tim Kerja (3), 5 -> Kepala Bidang 3 (4)', () => {
    expect(decisionTargetsByLabel(sop)).toEqual({ '3': '2', '4': '3', '5': '4' });
  });

  test('the performers the text names or hands to', () => {
    const by = (l: string) => sop.steps.find((s) => s.label === l)?.pelaksana;
    expect(by('2')).toEqual(['anggota-tim-kerja']); // "Menyiapkan ... diserahkan kepada Ketua Tim Kerja", ordered in row 1
    expect(by('3')).toEqual(['ketua-tim-kerja']); // receives what row 2 hands to the Ketua Tim Kerja
    expect(by('4')).toEqual(['kepala-bidang']); // row 3 recommends to the Kepala Bidang 3
    expect(by('5')).toEqual(['kepala-dinas']); // row 4 sends "ke Kepala Dinas untuk ditelaah"
  });

  test('every lane (Ketua Tim Kerja, Anggota Tim Kerja, Kepala Bidang 3, Kepala Dinas) performs a step, and no other role does', () => {
    const lanes = ['ketua-tim-kerja', 'anggota-tim-kerja', 'kepala-bidang', 'kepala-dinas'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('identity section as written, blanks absent', () => {
    expect(sop.nomor).toBe('000.8/1624/DISKOPUKM');
    expect(sop.tanggalPembuatan).toBe('31-Aug-23');
    expect(sop.tanggalRevisi).toBeUndefined();
    expect(sop.tanggalEfektif).toBeUndefined();
    expect(sop.disahkanOleh).toBeUndefined();
    expect(sop.unit.unitKerja).toBe('Bidang Pemberdayaan Koperasi');
    expect(sop.dasarHukum).toHaveLength(2);
    expect(sop.dasarHukum[0]).toMatch(/^Peraturan Gubernur Kalbar Nomor 77 Tahun 2019/);
    expect(sop.kualifikasiPelaksana).toHaveLength(2);
    expect(sop.keterkaitan.map((k) => k.text)).toEqual(['SOP Pembentukan SK Tim', 'SOP Pelaksanaan rapat', 'SOP Surat keluar']);
    expect(sop.keterkaitan[0]?.sopId).toBe('pembuatan-sk-tim-kerja-bidang-3');
    expect(sop.peralatan).toEqual(['Alat Tulis Kantor', 'Komputer', 'Printer']);
    expect(sop.peringatan).toHaveLength(1);
    expect(sop.pencatatan).toEqual(['Buku agenda surat keluar']);
  });

  test('row 1 keterangan links SOP Penugasan Kegiatan', () => {
    expect(sop.steps[0]?.keterangan).toBe('SOP Penugasan Kegiatan');
    expect(sop.steps[0]?.seeAlso).toEqual(['penugasan-kegiatan-bidang-3']);
  });

  test('the seed spelling is kept', () => {
    expect(sop.steps[3]?.uraian).toContain('Kepala Ketua Tim Kerja');
    expect(sop.steps[6]?.uraian).toContain('bimrek');
  });

  test('every inferred performer and rework target carries a note', () => {
    for (const s of sop.steps) {
      expect(s.notes?.some((n) => n.field === 'pelaksana'), s.id).toBe(true);
      if (s.decision) expect(s.notes?.some((n) => n.field === 'decision.tidakSetuju'), s.id).toBe(true);
    }
  });

});
