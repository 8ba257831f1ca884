/**
 * SOP Pelaksanaan Kegiatan Bidang Perijinan dan Kelembagaan (000.8 / 1622 / DISKOPUKM.B)
 * against the seed text (shared/seeds/002_eb62c7d197dd703c.txt). The expected values were
 * counted by hand from the seed's table, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { resolveRole } from 'sop-ap';
import { pelaksanaanKegiatanPerijinanKelembagaan as sop } from '../../machines/pelaksanaan-kegiatan-perijinan-kelembagaan.js';
import { budgetsByUnit, decisionTargetsByLabel, performingRoles } from './helpers.js';

/** The lane headers of the seed's table, as written. */
const LANES = ['Ketua Tim Kerja', 'Anggota Tim Kerja', 'Kepala Bidang Perijinan dan Kelembagaan', 'Kepala Dinas'];

const byLabel = (l: string) => sop.steps.find((s) => s.label === l);

describe('pelaksanaan-kegiatan-perijinan-kelembagaan', () => {
  test('has the seven numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(7);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  test('budgets: 5 + 15 + 15 + 15 + 5 menit, 1 jam, 2 Hari', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 55, jam: 1, hari: 2 });
  });

  test('three decisions: 3 -> Anggota Tim Kerja (2), 4 -> Ketua Tim Kerja (3), 5 -> Kepala Bidang (4); none ends the case', () => {
    expect(decisionTargetsByLabel(sop)).toEqual({ '3': '2', '4': '3', '5': '4' });
  });

  test('performers the text hands to', () => {
    expect(byLabel('2')?.pelaksana).toEqual(['anggota-tim-kerja']); // ordered in row 1, hands "kepada Ketua Tim Kerja"
    expect(byLabel('3')?.pelaksana).toEqual(['ketua-tim-kerja']); // receives from row 2
    expect(byLabel('4')?.pelaksana).toEqual(['kepala-bidang']); // row 3 recommends to the Kepala Bidang
    expect(byLabel('5')?.pelaksana).toEqual(['kepala-dinas']); // row 4: "ke Kepala Dinas untuk ditelaah"
  });

  test('every lane performs a step, and no other role does', () => {
    const lanes = LANES.map((h) => resolveRole(h));
    expect(lanes).toEqual(['ketua-tim-kerja', 'anggota-tim-kerja', 'kepala-bidang', 'kepala-dinas']);
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('every inferred performer and rework target carries a note (no row names its performer)', () => {
    for (const s of sop.steps) {
      expect(s.notes?.some((n) => n.field === 'pelaksana'), s.label).toBe(true);
      if (s.decision) expect(s.notes?.some((n) => n.field === 'decision.tidakSetuju'), s.label).toBe(true);
    }
  });

  test('identity section as written, blanks absent', () => {
    expect(sop.nomor).toBe('000.8 / 1622 / DISKOPUKM.B');
    expect(sop.nama).toMatch(/^Pelaksanaan Kegiatan Bidang Perijinan dan Kelembagaan \(Fasilitasi Izin Usaha Simpan Pinjam/);
    expect(sop.tanggalPembuatan).toBe('31-Aug-23');
    expect(sop.tanggalRevisi).toBeUndefined();
    expect(sop.tanggalEfektif).toBeUndefined();
    expect(sop.disahkanOleh).toBeUndefined();
    expect(sop.unit.unitKerja).toBe('Bidang Perijinan dan Kelembagaan');
    expect(sop.dasarHukum).toHaveLength(4);
    expect(sop.kualifikasiPelaksana).toHaveLength(2);
    expect(sop.keterkaitan.map((k) => k.text)).toEqual([
      'SOP Pembentukan SK Tim',
      'SOP Pelaksanaan rapat',
      'SOP Surat keluar',
      'SOP Penugasan Tim',
      'SOP Pelaporan',
    ]);
    expect(sop.peralatan).toEqual(['Alat Tulis Kantor', 'Komputer', 'Printer']);
    expect(sop.pencatatan).toEqual(['Buku agenda surat keluar']);
  });

  test('keterangan of rows 1 and 7 as written', () => {
    expect(byLabel('1')?.keterangan).toBe('SOP Penugasan Kegiatan');
    expect(byLabel('7')?.keterangan).toBe('SOP Pelaporan');
  });

  test('the seed spelling is kept', () => {
    expect(byLabel('4')?.uraian).toContain('Kepala Ketua Tim Kerja');
    expect(sop.dasarHukum[3]).toContain('Pendelagasian');
    expect(sop.peringatan[0]).toContain('kelembagan koperasi');
  });

});
