import { describe, expect, test } from 'vitest';
import { calendar24x7, createWorkCalendar, expectedLeadTime, KALBAR_HOURS, nominalLeadTime, SimulationError } from '../../src/index.js';
import { ending, linear, loop, nested, skip } from './fixtures.js';

describe('nominal lead time', () => {
  test('budgets by unit and in working minutes on the Kalbar calendar', () => {
    const lt = nominalLeadTime(linear);
    expect(lt.budget).toEqual({ days: 1, minutes: 125 });
    expect(lt.workingMinutes).toBe(450 + 125);
    expect(lt.steps).toBe(3);
    expect(lt.calendar).toBe('kalbar');
    expect(lt.path.map((s) => [s.id, s.minutes, s.cumulativeMinutes])).toEqual([
      ['a', 5, 5],
      ['b', 120, 125],
      ['c', 450, 575],
    ]);
    expect(lt.due).toBeUndefined();
  });

  test('a day is 1,440 minutes on the 24x7 calendar', () => {
    expect(nominalLeadTime(linear, { calendar: calendar24x7 }).workingMinutes).toBe(1440 + 125);
  });

  test('with a start: the due instant of every step and of the case', () => {
    // Monday 07:30: a due 07:35, b due 09:35, c takes 450 minutes: 145 to noon, 180 after the
    // break, the remaining 125 on Tuesday from 07:30 -> 09:35
    const lt = nominalLeadTime(linear, { start: '2026-03-02T07:30:00+07:00' });
    expect(lt.path.map((s) => s.due)).toEqual(['2026-03-02T07:35:00.000+07:00', '2026-03-02T09:35:00.000+07:00', '2026-03-03T09:35:00.000+07:00']);
    expect(lt.start).toBe('2026-03-02T07:30:00.000+07:00');
    expect(lt.due).toBe('2026-03-03T09:35:00.000+07:00');
  });

  test('a start on a Saturday begins on Monday at the opening', () => {
    const lt = nominalLeadTime(loop, { start: '2026-03-07T09:00:00+07:00' });
    expect(lt.path[0]?.start).toBe('2026-03-09T07:30:00.000+07:00');
    expect(lt.due).toBe('2026-03-09T08:00:00.000+07:00');
  });

  test('the path follows SETUJU as compileFlow gives it (a step skipped)', () => {
    const lt = nominalLeadTime(skip);
    expect(lt.path.map((s) => s.id)).toEqual(['a', 'b', 'd']);
    expect(lt.workingMinutes).toBe(45);
  });
});

describe('exact expected lead time (absorbing Markov chain)', () => {
  test('no refusals: the nominal lead time, variance 0, every path step visited once', () => {
    const e = expectedLeadTime(linear);
    expect(e.mean).toBeCloseTo(575, 9);
    expect(e.variance).toBeCloseTo(0, 6);
    expect(e.visits).toEqual({ a: 1, b: 1, c: 1 });
    expect(e.pDitolak).toBe(0);
  });

  test('a rework loop: passes are geometric, mean 30/(1-p), variance 900 p/(1-p)²', () => {
    const e = expectedLeadTime(loop, { refusal: 0.2 });
    expect(e.mean).toBeCloseTo(37.5, 9);
    expect(e.variance).toBeCloseTo(281.25, 6);
    expect(e.visits.a).toBeCloseTo(1.25, 9);
  });

  test('a refusal that ends the case: T = 30 + 30·Bernoulli(1-p)', () => {
    const e = expectedLeadTime(ending, { refusal: 0.25 });
    expect(e.mean).toBeCloseTo(52.5, 9);
    expect(e.variance).toBeCloseTo(168.75, 6);
    expect(e.pDitolak).toBeCloseTo(0.25, 12);
    expect(e.pSelesai).toBeCloseTo(0.75, 12);
  });

  test('per-step probabilities; a step left out is never refused', () => {
    // only f refused (p = 0.5): the whole SOP (15+60+30+20+120+450 = 695) is repeated 1/(1-p) = 2 times
    expect(expectedLeadTime(nested, { refusal: { f: 0.5 } }).mean).toBeCloseTo(1390, 9);
    // only d refused (p = 0.5): b..d (110 minutes) is repeated twice on average
    expect(expectedLeadTime(nested, { refusal: { d: 0.5 } }).mean).toBeCloseTo(695 + 110, 9);
  });

  test('a duration model changes the mean by its mean factor and adds its variance', () => {
    // triangular (0.5, 1, 2): mean factor 3.5/3; a single pass when never refused
    const e = expectedLeadTime(linear, { durations: { kind: 'triangular' } });
    expect(e.mean).toBeCloseTo((575 * 3.5) / 3, 9);
    // lognormal cv 0.5: mean the budget, variance (0.5 b)² summed over independent steps
    const l = expectedLeadTime(linear, { durations: { kind: 'lognormal', cv: 0.5 } });
    expect(l.mean).toBeCloseTo(575, 9);
    expect(l.variance).toBeCloseTo(0.25 * (25 + 120 * 120 + 450 * 450), 6);
  });

  test('rework to a step off the nominal path (c) and back: 45 + 50 per rework, p/(1-p) reworks', () => {
    expect(expectedLeadTime(skip, { refusal: { d: 0.5 } }).mean).toBeCloseTo(95, 9);
    // b ends the case with p = 0.2: 15 minutes, else 15 + 30
    expect(expectedLeadTime(skip, { refusal: { b: 0.2 } }).mean).toBeCloseTo(15 + 0.8 * 30, 9);
  });

  test('an agency calendar with 8-hour days', () => {
    const cal = createWorkCalendar({ hours: { mon: [['08:00', '16:00']] }, years: [2026] });
    expect(expectedLeadTime(linear, { calendar: cal }).mean).toBeCloseTo(480 + 125, 9);
    expect(KALBAR_HOURS.mon).toBeDefined();
  });

  test.each([
    [{ refusal: 1 }, /never ends/],
    [{ refusal: 1.5 }, /between 0 and 1/],
    [{ refusal: -0.1 }, /between 0 and 1/],
    [{ refusal: { a: 0.3 } }, /'a' is not a decision step/],
    [{ refusal: { zz: 0.3 } }, /'zz' is not a decision step \(decisions: b\)/],
  ])('bad refusal probabilities are a SimulationError (%#)', (options, message) => {
    expect(() => expectedLeadTime(loop, options)).toThrow(SimulationError);
    expect(() => expectedLeadTime(loop, options)).toThrow(message);
  });

  test('refusing an ending decision with probability 1 is allowed: every case is refused', () => {
    const e = expectedLeadTime(ending, { refusal: 1 });
    expect(e.mean).toBeCloseTo(30, 9);
    expect(e.pDitolak).toBeCloseTo(1, 12);
  });
});
