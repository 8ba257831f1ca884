/**
 * Lead time of an SOP whose refusal goes forward: the nominal path of each outcome, the exact
 * chain (each outcome's probability and mean, against hand-derived formulas), and Monte Carlo
 * agreeing with it.
 */
import { describe, expect, test } from 'vitest';
import { calendar24x7, expectedLeadTime, nominalLeadTime, simulate } from 'sop-ap';
import { compileStepTable } from '../../src/simulation/step-table.js';
import { sopSurat } from '../definition/forward-fixture.js';

// Budgets of the fixture: ajukan 10, putuskan 20, proses 60, kirim-surat 30, arsip 5 (minutes).
const APPROVED = 10 + 20 + 60 + 30 + 5; // 125
const REFUSED = 10 + 20 + 30 + 5; // 65: proses is skipped

describe('nominal lead time per outcome', () => {
  test('selesai: every decision SETUJU; ditolak: refused at row 2, the letter still sent', () => {
    const lt = nominalLeadTime(sopSurat('ajukan'), { calendar: calendar24x7, start: '2026-01-05T08:00:00+07:00' });
    expect(lt.workingMinutes).toBe(APPROVED);
    expect(lt.refusals).toHaveLength(1);
    const r = lt.refusals[0]!;
    expect([r.refusedAt, r.label, r.refusal, r.workingMinutes]).toEqual(['putuskan', '2', 'forward', REFUSED]);
    expect(r.path.map((s) => s.id)).toEqual(['ajukan', 'putuskan', 'kirim-surat', 'arsip']);
    expect(r.due).toBe('2026-01-05T02:05:00.000Z'); // 08:00 WIB + 65 minutes, on the 24×7 calendar (UTC)
  });
});

describe('the exact chain', () => {
  test('the refusal layer: each step reachable with the refusal pending is a state of its own', () => {
    const t = compileStepTable(sopSurat('ajukan'), calendar24x7);
    expect(t.steps).toBe(5);
    expect(t.ids).toEqual(['ajukan', 'putuskan', 'proses', 'kirim-surat', 'arsip', 'kirim-surat', 'arsip']);
    // kirim-surat with the refusal pending: SETUJU to its own arsip (which ends ditolak), TIDAK SETUJU back to a fresh ajukan
    expect([t.next[5], t.refuse[5], t.next[6]]).toEqual([6, 0, -2]);
  });

  const a = 0.3; // row 2 refused
  const b = 0.2; // row 4 sends the letter back

  test('rework after the refusing decision: P(ditolak) = a, and the refused cases go round proses ↔ kirim-surat', () => {
    const e = expectedLeadTime(sopSurat('proses'), { calendar: calendar24x7, refusal: { putuskan: a, 'kirim-surat': b } });
    const loops = b / (1 - b); // expected extra passes of kirim-surat
    expect(e.outcomes.ditolak.probability).toBeCloseTo(a, 12);
    expect(e.outcomes.ditolak.mean).toBeCloseTo(REFUSED + loops * (60 + 30), 9);
    expect(e.outcomes.selesai.mean).toBeCloseTo(APPROVED + loops * (60 + 30), 9);
    expect(e.mean).toBeCloseTo(a * e.outcomes.ditolak.mean! + (1 - a) * e.outcomes.selesai.mean!, 9);
    expect(e.pDitolak).toBe(e.outcomes.ditolak.probability);
  });

  test('rework before the refusing decision: the request is decided again from the start', () => {
    const e = expectedLeadTime(sopSurat('ajukan'), { calendar: calendar24x7, refusal: { putuskan: a, 'kirim-surat': b } });
    // Each round ends with probability 1 − b whatever its path, so the outcome of the last
    // round is ditolak with probability a; the rounds before it take 30 + 30a + 90(1 − a) each.
    const round = 30 + a * 30 + (1 - a) * 90;
    const before = (b / (1 - b)) * round;
    expect(e.outcomes.ditolak.probability).toBeCloseTo(a, 12);
    expect(e.outcomes.ditolak.mean).toBeCloseTo(before + REFUSED, 9);
    expect(e.outcomes.selesai.mean).toBeCloseTo(before + APPROVED, 9);
    expect(e.visits['kirim-surat']).toBeCloseTo(1 / (1 - b), 9);
  });

  test('an outcome that cannot happen has no mean', () => {
    const e = expectedLeadTime(sopSurat('ajukan'), { calendar: calendar24x7 });
    expect(e.outcomes).toEqual({ selesai: { probability: 1, mean: APPROVED }, ditolak: { probability: 0, mean: undefined } });
  });
});

describe('Monte Carlo agrees with the exact chain', () => {
  test.each([
    ['ajukan', 'fixed'],
    ['proses', 'fixed'],
    ['ajukan', 'lognormal'],
  ] as const)('rework to %s, %s durations: each outcome within 1 % at 100,000 runs', (reworkTo, model) => {
    const sop = sopSurat(reworkTo);
    const options = { calendar: calendar24x7, refusal: { putuskan: 0.3, 'kirim-surat': 0.2 }, durations: model === 'fixed' ? ('fixed' as const) : { kind: 'lognormal' as const } };
    const r = simulate(sop, { ...options, runs: 100_000, seed: 2026 });
    const e = expectedLeadTime(sop, options);
    expect(r.expectedOutcomes).toEqual(e.outcomes);
    for (const outcome of ['selesai', 'ditolak'] as const) {
      expect(Math.abs(r.outcomes[outcome].cases / r.runs - e.outcomes[outcome].probability), outcome).toBeLessThan(0.01);
      expect(Math.abs(r.outcomes[outcome].mean! / e.outcomes[outcome].mean! - 1), outcome).toBeLessThan(0.01);
    }
    expect(r.outcomes.ditolak.cases).toBe(r.ditolak);
    expect(Math.abs(r.mean / e.mean - 1)).toBeLessThan(0.01);
  });

  test('a forward refusal is not a rework: only the letter sent back counts', () => {
    const r = simulate(sopSurat('proses'), { calendar: calendar24x7, refusal: { putuskan: 1 }, runs: 1000 });
    expect(r.outcomes.ditolak.cases).toBe(1000);
    expect(r.reworks).toEqual({ putuskan: 0, 'kirim-surat': 0 });
    expect(r.mean).toBe(REFUSED);
  });
});
