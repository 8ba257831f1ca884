/**
 * SOP Mekanisme Pelaporan Tim Kerja Bidang 3 against the seed text
 * (shared/seeds/003_5b27c5f6086bb668.txt, lines 77–86). The expected values below were counted
 * by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { mekanismePelaporanTimKerjaBidang3 as sop } from '../../machines/mekanisme-pelaporan-tim-kerja-bidang-3.js';
import { budgetsByUnit, decisionTargetsByLabel, identitySection, noIdentitySection, performingRoles, stepsWithoutNote } from './helpers.js';

describe('mekanisme-pelaporan-tim-kerja-bidang-3', () => {
  test('has the six rows of the seed, in order, with number 5 skipped as in the document', () => {
    expect(sop.steps).toHaveLength(6);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '6', '7']);
    expect(sop.notes?.some((n) => n.field === 'steps.label' && n.text.includes('5'))).toBe(true);
  });

  test('budgets: 5 + 60 + 120 + 30 + 10 + 5 menit (60 and 120 stay menit)', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 230 });
    expect(sop.steps[2]?.waktu).toMatchObject({ value: 120, unit: 'menit' });
  });

  test('row 6 is a decision (the Ya/Tidak diamond labels of rows 6-7), its refusal back to row 4, the report the Ketua signs (revision 1)', () => {
    expect(decisionTargetsByLabel(sop)).toEqual({ '6': '4' });
    const row6 = sop.steps.find((s) => s.label === '6');
    expect(row6?.notes?.some((n) => n.field === 'decision' && n.text.includes('Revision 1'))).toBe(true);
    expect(row6?.notes?.some((n) => n.field === 'decision.tidakSetuju')).toBe(true);
    expect(sop.notes?.some((n) => n.field === 'lanes' && n.text.includes('Ya'))).toBe(true);
    expect(sop.revision).toBe(1);
  });

  test('the performers the hand-offs name', () => {
    const by = (l: string) => sop.steps.find((s) => s.label === l)?.pelaksana;
    expect(by('2')).toEqual(['anggota-tim-kerja']); // "diserahkan kepada Ketua Tim Kerja", ordered in row 1
    expect(by('3')).toContain('anggota-tim-kerja'); // "bersama anggota tim kerja"
    expect(by('6')).toEqual(['pejabat-penilai-kinerja']); // row 4 "diserahkan kepada Pejabat Penilai Kinerja"
    expect(by('7')).toEqual(['ketua-tim-kerja']); // row 6 "diserahkan kepada Ketua Tim Kerja"
  });

  test('every lane (Ketua Tim Kerja, Anggota Tim Kerja, Pejabat Penilai Kinerja) performs a step, and no other role does', () => {
    const lanes = ['ketua-tim-kerja', 'anggota-tim-kerja', 'pejabat-penilai-kinerja'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('the seed has no identity section: only the unit read from the title, with a note', () => {
    expect(identitySection(sop)).toEqual(noIdentitySection('Bidang 3'));
  });

  test('every inferred performer carries a note', () => {
    expect(stepsWithoutNote(sop, 'pelaksana')).toEqual([]);
  });

});
