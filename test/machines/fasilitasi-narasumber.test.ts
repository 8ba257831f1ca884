/**
 * SOP Fasilitasi Narasumber against the seed text (shared/seeds/004_51571832dd646a07.txt,
 * whose identity section is scrambled). The expected values were counted by hand from the
 * seed's table, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { resolveRole } from 'sop-ap';
import { fasilitasiNarasumber as sop } from '../../machines/fasilitasi-narasumber.js';
import { budgetsByUnit, decisionTargetsByLabel, performingRoles } from './helpers.js';

/** The lane headers of the seed's table, as written (run together by the extraction). */
const LANES = [
  'Pemohon',
  'Petugas Informasi/ TU',
  'Kepala Biro',
  'Kepala Bagian Terkait',
  'Kasubbag Terkait',
  'Asisten Administrasi dan Umum',
  'Sekda',
];

const byLabel = (l: string) => sop.steps.find((s) => s.label === l);

describe('fasilitasi-narasumber', () => {
  test('has the 13 numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(13);
    expect(sop.steps.map((s) => s.label)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
  });

  test('budgets: rows 1–5, 12, 13 at 5 menit, rows 6 and 11 at 20, rows 7–10 at 15: 135 menit', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 7 * 5 + 2 * 20 + 4 * 15 });
    expect(byLabel('6')?.waktu).toEqual({ value: 20, unit: 'menit', text: '20 Menit' });
  });

  test('five decisions, each returning one level down; none ends the case', () => {
    // 2 -> pemohon (1), 7 -> kasubbag (6), 8 -> Kabag (7), 9 -> Karo (8), 10 -> Asisten (9)
    expect(decisionTargetsByLabel(sop)).toEqual({ '2': '1', '7': '6', '8': '7', '9': '8', '10': '9' });
  });

  test('performers the text hands to', () => {
    expect(byLabel('6')?.pelaksana).toEqual(['kasubbag']); // "memerintahkan kasubbag untuk membuat surat balasan"
    expect(byLabel('7')?.pelaksana).toEqual(['kepala-bagian']); // "kepada Kabag Terkait untuk dikoreksi"
    expect(byLabel('8')?.pelaksana).toEqual(['kepala-biro']); // "diserahkan kepada Karo"
    expect(byLabel('9')?.pelaksana).toEqual(['asisten-administrasi-umum']); // "diserahkan kepada Asisten"
    expect(byLabel('10')?.pelaksana).toEqual(['sekretaris-daerah']); // "diserahkan kepada Sekda"
    expect(byLabel('13')?.pelaksana).toEqual(['pemohon']); // "menyampaikan surat ke pemohon"
  });

  test('every lane performs a step, and no other role does', () => {
    const lanes = LANES.map((h) => resolveRole(h));
    expect(lanes).toEqual([
      'pemohon',
      'petugas-informasi-tu',
      'kepala-biro',
      'kepala-bagian',
      'kasubbag',
      'asisten-administrasi-umum',
      'sekretaris-daerah',
    ]);
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('every inferred performer and rework target carries a note (no row names its performer)', () => {
    for (const s of sop.steps) {
      expect(s.notes?.some((n) => n.field === 'pelaksana'), s.label).toBe(true);
      if (s.decision) expect(s.notes?.some((n) => n.field === 'decision.tidakSetuju'), s.label).toBe(true);
    }
  });

  test('identity section reassembled from the scrambled fragments, blanks absent, reconstruction noted', () => {
    expect(sop.nama).toBe('Fasilitasi Narasumber');
    expect(sop.nomor).toBeUndefined();
    expect(sop.tanggalPembuatan).toBeUndefined();
    expect(sop.tanggalRevisi).toBeUndefined();
    expect(sop.tanggalEfektif).toBeUndefined();
    expect(sop.disahkanOleh).toBeUndefined();
    expect(sop.unit.unitKerja).toBe('Bagian Umum dan Aparatur, Sekretariat');
    expect(sop.dasarHukum).toHaveLength(1);
    expect(sop.dasarHukum[0]).toMatch(/^Peraturan Gubernur Kalimantan Barat Nomor 125 Tahun 2021 .* Nomor 206 Tahun 2021 .*Provinsi Kalimantan Barat\.$/);
    expect(sop.kualifikasiPelaksana).toEqual(['Memahami aturan-aturan terkait bidang Ketatalaksanaan.', 'Mampu berkomunikasi dengan baik.']);
    expect(sop.keterkaitan).toEqual([{ text: 'SOP Surat Masuk' }]);
    expect([...sop.peralatan].sort()).toEqual(['Alat Tulis Kantor', 'Komputer', 'Printer']);
    expect(sop.peringatan).toHaveLength(1);
    expect(sop.peringatan[0]).toMatch(/^Jika SOP fasilitasi narasumber tidak dilaksanakan/);
    expect(sop.pencatatan).toEqual(['Buku agenda surat keluar']);
    for (const field of ['extraction', 'nama', 'unit', 'peralatan', 'lanes']) {
      expect(sop.notes?.some((n) => n.field === field), field).toBe(true);
    }
  });

  test('no whitespace artefacts of the extraction are left, and the seed spelling is kept', () => {
    const texts = [
      ...sop.dasarHukum,
      ...sop.peringatan,
      ...sop.steps.flatMap((s) => [s.uraian, s.kelengkapan ?? '', s.output ?? '']),
    ];
    for (const t of texts) expect(t).not.toMatch(/\s{2,}|^\s|\s$/);
    expect(byLabel('3')?.uraian).toMatch(/^Meyampaikan/);
    expect(byLabel('13')?.uraian).toContain('kesediaaan');
    expect(byLabel('12')?.output).toBeUndefined();
  });

});
