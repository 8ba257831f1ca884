/**
 * SOP Pelaporan Kegiatan Pelatihan/Bimtek Bidang 3 against the seed text
 * (shared/seeds/003_5b27c5f6086bb668.txt, lines 66–75). The expected values below were counted
 * by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { pelaporanKegiatanPelatihanBimtekBidang3 as sop } from '../../machines/pelaporan-kegiatan-pelatihan-bimtek-bidang-3.js';
import { budgetsByUnit, decisionTargetsByLabel, identitySection, noIdentitySection, performingRoles } from './helpers.js';

describe('pelaporan-kegiatan-pelatihan-bimtek-bidang-3', () => {
  test('has the six numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(6);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  test('budgets: 5 + 60 + 10 + 30 + 10 + 10 menit (60 stays menit)', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 125 });
    expect(sop.steps[1]?.waktu).toMatchObject({ value: 60, unit: 'menit' });
  });

  test('rows 3, 4, 5 say "jika belum sesuai diserahkan kembali": each goes back to the step that handed the report over', () => {
    expect(decisionTargetsByLabel(sop)).toEqual({ '3': '2', '4': '3', '5': '4' });
  });

  test('the performers the hand-offs name', () => {
    const by = (l: string) => sop.steps.find((s) => s.label === l)?.pelaksana;
    expect(by('2')).toEqual(['anggota-tim-kerja']); // ordered in row 1, "menyampaikan kepada Ketua Tim Kerja"
    expect(by('3')).toEqual(['ketua-tim-kerja']);
    expect(by('4')).toEqual(['kepala-bidang']); // row 3 "disampaikan kepada Kepala Bidang 3"
    expect(by('5')).toEqual(['kepala-dinas']); // row 4 "disampaikan kepada Kepala Dinas"
    expect(by('6')).toEqual(['kepala-bidang']); // row 5 "diserahkan kepada Kepala Bidang 3"
  });

  test('every lane (Ketua Tim Kerja, Anggota Tim Kerja, Kepala Bidang 3, Kepala Dinas) performs a step, and no other role does', () => {
    const lanes = ['ketua-tim-kerja', 'anggota-tim-kerja', 'kepala-bidang', 'kepala-dinas'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('the seed has no identity section: only the unit read from the title, with a note', () => {
    expect(identitySection(sop)).toEqual(noIdentitySection('Bidang 3'));
  });

  test('the seed spelling is kept', () => {
    expect(sop.steps[4]?.uraian).toContain('ekspetasi');
  });

  test('every inferred performer and rework target carries a note', () => {
    for (const s of sop.steps) {
      expect(s.notes?.some((n) => n.field === 'pelaksana'), s.id).toBe(true);
      if (s.decision) expect(s.notes?.some((n) => n.field === 'decision.tidakSetuju'), s.id).toBe(true);
    }
  });

});
