/**
 * SOP Penugasan Kegiatan Bidang 3 against the seed text
 * (shared/seeds/003_5b27c5f6086bb668.txt, lines 25–31). The expected values below were counted
 * by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { penugasanKegiatanBidang3 as sop } from '../../machines/penugasan-kegiatan-bidang-3.js';
import { budgetsByUnit, decisionTargetsByLabel, identitySection, noIdentitySection, performingRoles, stepsWithoutNote } from './helpers.js';

describe('penugasan-kegiatan-bidang-3', () => {
  test('has the three numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(3);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3']);
  });

  test('budgets: 5 + 5 + 25 menit', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 35 });
  });

  test('no row says what happens on refusal, so there is no decision', () => {
    expect(decisionTargetsByLabel(sop)).toEqual({});
  });

  test('every lane (Kepala Dinas (Pejabat Penilai Kinerja), Kepala Bidang 3, Ketua Tim Kerja/Pejabat Pegawai) performs a step', () => {
    const lanes = ['kepala-dinas', 'kepala-bidang', 'ketua-tim-kerja'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
    expect(sop.notes?.some((n) => n.field === 'lanes')).toBe(true);
  });

  test('the performer named in the text: row 1 orders the Kepala Bidang 3, who receives it in row 2', () => {
    expect(sop.steps[0]?.uraian).toContain('Memerintahkan Kepala Bidang 3');
    expect(sop.steps[1]?.pelaksana).toEqual(['kepala-bidang']);
    expect(sop.steps[1]?.uraian).toContain('Ketua Tim kerja/Pejabat Pengawas');
  });

  test('the seed has no identity section: only the unit read from the title, with a note', () => {
    expect(identitySection(sop)).toEqual(noIdentitySection('Bidang 3'));
  });

  test('every inferred performer carries a note', () => {
    expect(stepsWithoutNote(sop, 'pelaksana')).toEqual([]);
  });

});
