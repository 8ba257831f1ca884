/**
 * SOP Pembuatan SK Tim Kerja Bidang 3 against the seed text
 * (shared/seeds/003_5b27c5f6086bb668.txt, lines 13–23). The expected values below were counted
 * by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { pembuatanSkTimKerjaBidang3 as sop } from '../../machines/pembuatan-sk-tim-kerja-bidang-3.js';
import { budgetsByUnit, decisionTargetsByLabel, identitySection, noIdentitySection, performingRoles, stepsWithoutNote } from './helpers.js';

describe('pembuatan-sk-tim-kerja-bidang-3', () => {
  test('has the seven numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(7);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  test('budgets: 5 + 5 + 25 + 15 + 10 + 5 + 5 menit', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 70 });
  });

  test('the only decision is row 4 ("jika belum sesuai di serahkan kembali"), back to the drafter of row 3', () => {
    expect(decisionTargetsByLabel(sop)).toEqual({ '4': '3' });
  });

  test('row 5 (signature "dan persetujuan", no refusal path) is not a decision and says why', () => {
    const row5 = sop.steps.find((s) => s.label === '5');
    expect(row5?.decision).toBeUndefined();
    expect(row5?.notes?.some((n) => n.field === 'decision')).toBe(true);
  });

  test('every lane (Kepala Dinas, Kepala Bidang 3, Kasubbag TU/Umpar, Tim Kerja) performs a step, and no other role does', () => {
    const lanes = ['kepala-dinas', 'kepala-bidang', 'kasubbag-tu', 'tim-kerja'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('text the seed states directly', () => {
    const byLabel = (l: string) => sop.steps.find((s) => s.label === l);
    expect(byLabel('3')?.pelaksana).toEqual(['kasubbag-tu']);
    expect(byLabel('7')?.pelaksana).toEqual(['tim-kerja']);
    expect(byLabel('1')?.kelengkapan).toBe('Kertas, ATK');
    expect(byLabel('6')?.uraian).toContain('di tandatangi'); // the seed's spelling is kept
  });

  test('the seed has no identity section: only the unit read from the title, with a note', () => {
    expect(identitySection(sop)).toEqual(noIdentitySection('Bidang 3'));
  });

  test('every inferred performer carries a note', () => {
    expect(stepsWithoutNote(sop, 'pelaksana')).toEqual([]);
  });

});
