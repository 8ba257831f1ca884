/**
 * SOP Peningkatan Pelayanan PLUT (518 / 917 / KUKRU - IV - 1) against the seed text
 * (shared/seeds/000_25edfc2ba7d38104.txt). The expected values were counted by hand from the
 * seed's table, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { resolveRole } from 'sop-ap';
import { peningkatanPelayananPlut as sop } from '../../machines/peningkatan-pelayanan-plut.js';
import { budgetsByUnit, decisionTargetsByLabel, performingRoles } from './helpers.js';

/** The lane headers of the seed's table, as written. */
const LANES = ['FUNGSIONAL UMUM', 'PENDAMPING PLUT', 'KASUBID', 'KEPALA BIDANG', 'SEKRETARIS', 'KEPALA DINAS'];

const byLabel = (l: string) => sop.steps.find((s) => s.label === l);

describe('peningkatan-pelayanan-plut', () => {
  test('has the 28 numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(28);
    expect(sop.steps.map((s) => s.label)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
  });

  test('budgets summed from the WAKTU column: 32 hari (incl. "3 Hari", "1 Hari"), 2 + 3 + 3 + 2 jam', () => {
    // hari: rows 1–17 = 1+1+1+2+1+1+1+1+2+2+2+1+1+1+1+1+1 = 21; rows 20, 23, 24, 26, 27 = 1 each; rows 25, 28 = 3 each.
    expect(budgetsByUnit(sop)).toEqual({ hari: 21 + 5 + 6, jam: 10 });
    expect(byLabel('25')?.waktu).toEqual({ value: 3, unit: 'hari', text: '3 Hari' });
    expect(byLabel('18')?.waktu).toEqual({ value: 2, unit: 'jam', text: '2 Jam' });
  });

  test('two decisions, rows 7 and 14 ("dikembalikan kebidang"), back to the Kabid rows 5 and 12', () => {
    expect(decisionTargetsByLabel(sop)).toEqual({ '7': '5', '14': '12' });
  });

  test('"jika benar" rows without a refusal path are not decisions', () => {
    for (const l of ['4', '5', '11', '12', '22', '23']) {
      expect(byLabel(l)?.uraian, l).toMatch(/benar/);
      expect(byLabel(l)?.decision, l).toBeUndefined();
      expect(byLabel(l)?.notes?.some((n) => n.field === 'decision'), l).toBe(true);
    }
  });

  test('performers the text names', () => {
    // "Kasi meminta fungsional umum untuk …": rows 9 and 28 alike, both performers (revision 1)
    for (const l of ['9', '28']) expect([...(byLabel(l)?.pelaksana ?? [])].sort(), l).toEqual(['fungsional-umum', 'kepala-sub-bidang']);
    expect(sop.revision).toBe(1);
    expect(byLabel('10')?.pelaksana).toEqual(['fungsional-umum']); // "Fungsional umum mengetik …"
    expect(byLabel('13')?.pelaksana).toEqual(['sekretaris']); // "Sekretaris menerima …"
    expect(byLabel('14')?.pelaksana).toEqual(['kepala-dinas']); // "Kepala Dinas membaca …"
    expect(byLabel('15')?.pelaksana).toEqual(['kepala-bidang']); // "Kabid menindaklanjuti …"
    expect(byLabel('17')?.pelaksana).toEqual(['fungsional-umum']);
    expect(byLabel('25')?.pelaksana).toEqual(['fungsional-umum']);
    expect([...(byLabel('27')?.pelaksana ?? [])].sort()).toEqual(['kepala-sub-bidang', 'pendamping-plut']); // "Kasi bersama Pendamping PLUT"
  });

  test('every lane performs a step, and no other role does', () => {
    const lanes = LANES.map((h) => resolveRole(h));
    expect(lanes).toEqual(['fungsional-umum', 'pendamping-plut', 'kepala-sub-bidang', 'kepala-bidang', 'sekretaris', 'kepala-dinas']);
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('every performer not named in the row text carries a note', () => {
    const named: Record<string, RegExp> = {
      'kepala-sub-bidang': /^Kasi /,
      'fungsional-umum': /^Fungsional umum /,
      sekretaris: /^Sekretaris /,
      'kepala-dinas': /^Kepala Dinas /,
      'kepala-bidang': /^Kabid /,
    };
    for (const s of sop.steps) {
      const allNamed = s.pelaksana.every((r) => named[r]?.test(s.uraian) || (r === 'pendamping-plut' && /bersama Pendamping PLUT/.test(s.uraian)));
      if (!allNamed) expect(s.notes?.some((n) => n.field === 'pelaksana'), s.label).toBe(true);
      if (s.decision) expect(s.notes?.some((n) => n.field === 'decision.tidakSetuju'), s.label).toBe(true);
    }
  });

  test('identity section as written, blanks absent', () => {
    expect(sop.nomor).toBe('518 / 917 / KUKRU - IV - 1');
    expect(sop.tanggalPembuatan).toBe('22 Juli 2020');
    expect(sop.tanggalEfektif).toBe('22 Juli 2020');
    expect(sop.tanggalRevisi).toBeUndefined();
    expect(sop.disahkanOleh?.nip).toBe('19660719 199311 1 002');
    expect(sop.unit.unitKerja).toBe('Bidang Pemberdayaan Usaha Kecil');
    expect(sop.dasarHukum).toHaveLength(5);
    expect(sop.kualifikasiPelaksana).toHaveLength(3);
    expect(sop.keterkaitan).toEqual([]);
    expect(sop.peralatan).toEqual(['DPA SKPD', 'Komputer', 'Peraturan terkait tentang PLUT', 'ATK']);
    expect(sop.pencatatan).toEqual(['Laporan Kegiatan']);
  });

  test('the seed spelling is kept', () => {
    expect(byLabel('5')?.uraian).toContain('duajukan');
    expect(byLabel('5')?.output).toBe('Konsep SK yang sudah dipraf');
    expect(byLabel('16')?.uraian).toMatch(/^Mengandatangani/);
  });


  test('rows 11–28 lost the Kelengkapan column in the extraction: no value, and a note saying so on each (rows 2–10 are blank in the seed)', () => {
    for (let l = 11; l <= 28; l++) {
      const step = byLabel(String(l));
      expect(step?.kelengkapan, String(l)).toBeUndefined();
      expect(step?.notes?.find((n) => n.field === 'kelengkapan')?.text, String(l)).toMatch(/lost the Kelengkapan column on pages 2–3/);
    }
    for (let l = 2; l <= 10; l++) expect(byLabel(String(l))?.notes?.some((n) => n.field === 'kelengkapan') ?? false, String(l)).toBe(false);
    expect(byLabel('1')?.kelengkapan).toBe('RKA/DPA');
  });
});
