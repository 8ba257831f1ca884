import { describe, expect, test } from 'vitest';
import { expectedLeadTime, simulate, SimulationError } from '../../src/index.js';
import { ending, linear, loop, nested } from './fixtures.js';

describe('Monte Carlo', () => {
  test('100,000 runs: the mean is within 1% of the exact mean (rework loops, lognormal durations)', () => {
    const options = { refusal: { d: 0.3, f: 0.2 }, durations: { kind: 'lognormal', cv: 0.6 } } as const;
    const exact = expectedLeadTime(nested, options).mean;
    const r = simulate(nested, { ...options, runs: 100_000, seed: 12345 });
    expect(r.runs).toBe(100_000);
    expect(r.expectedMean).toBeCloseTo(exact, 9);
    expect(Math.abs(r.mean - exact) / exact).toBeLessThan(0.01);
  });

  test('100,000 runs with triangular durations and a global refusal probability', () => {
    const exact = expectedLeadTime(nested, { refusal: 0.25, durations: { kind: 'triangular', low: 0.5, mode: 1, high: 3 } }).mean;
    const r = simulate(nested, { refusal: 0.25, durations: { kind: 'triangular', low: 0.5, mode: 1, high: 3 }, runs: 100_000, seed: 3 });
    expect(Math.abs(r.mean - exact) / exact).toBeLessThan(0.01);
  });

  test('percentiles of a geometric number of 30-minute passes (p = 0.2)', () => {
    // P(1 pass) = 0.8, P(≤ 2) = 0.96, P(≤ 3) = 0.992: p50 = 30, p90 = p95 = 60
    const r = simulate(loop, { refusal: 0.2, runs: 50_000, seed: 9 });
    expect([r.min, r.p50, r.p90, r.p95]).toEqual([30, 30, 60, 60]);
    expect(r.max % 30).toBe(0);
    expect(r.max).toBeGreaterThanOrEqual(120);
    // reworks at b: expected p/(1-p) = 0.25 per case
    expect(r.reworks.b! / r.runs).toBeGreaterThan(0.24);
    expect(r.reworks.b! / r.runs).toBeLessThan(0.26);
  });

  test('the same seed gives the same result; another seed another', () => {
    const a = simulate(nested, { refusal: 0.3, durations: { kind: 'lognormal' }, runs: 2000, seed: 42 });
    const b = simulate(nested, { refusal: 0.3, durations: { kind: 'lognormal' }, runs: 2000, seed: 42 });
    const c = simulate(nested, { refusal: 0.3, durations: { kind: 'lognormal' }, runs: 2000, seed: 43 });
    expect(b).toEqual(a);
    expect(c.mean).not.toBe(a.mean);
  });

  test('fixed durations, no refusals: every case is the nominal lead time; workload split among performers', () => {
    const r = simulate(linear, { runs: 100, seed: 1 });
    expect([r.mean, r.p50, r.max, r.min, r.sd]).toEqual([575, 575, 575, 575, 0]);
    expect(r.histogram.reduce((s, b) => s + b.count, 0)).toBe(100);
    // b (120 minutes) is shared by kepala-bidang and kepala-sub-bidang
    expect(r.workload).toEqual({ 'fungsional-umum': 5, 'kepala-bidang': 60, 'kepala-sub-bidang': 60, 'kepala-dinas': 450 });
    expect(r.reworks).toEqual({ c: 0 });
  });

  test('refusals that end the case are counted as ditolak, not as reworks', () => {
    const r = simulate(ending, { refusal: 0.25, runs: 20_000, seed: 5 });
    expect(r.ditolak / r.runs).toBeGreaterThan(0.23);
    expect(r.ditolak / r.runs).toBeLessThan(0.27);
    expect(r.reworks).toEqual({ b: 0 });
    expect(r.min).toBe(30);
    expect(r.max).toBe(60);
  });

  test('the histogram covers min to max and holds every run', () => {
    const r = simulate(nested, { refusal: 0.3, durations: { kind: 'lognormal' }, runs: 5000, seed: 8, bins: 10 });
    expect(r.histogram).toHaveLength(10);
    expect(r.histogram[0]!.from).toBe(r.min);
    expect(r.histogram[9]!.to).toBeCloseTo(r.max, 6);
    expect(r.histogram.reduce((s, b) => s + b.count, 0)).toBe(5000);
  });

  test('progress is reported', () => {
    const seen: number[] = [];
    simulate(loop, { runs: 30_000, onProgress: (d) => seen.push(d) });
    expect(seen).toEqual([10_000, 20_000, 30_000]);
  });

  test.each([
    [{ runs: 0 }, /runs/],
    [{ runs: 1.5 }, /runs/],
    [{ seed: 0.5 }, /seed/],
    [{ durations: { kind: 'triangular', low: 2, mode: 1, high: 3 } }, /triangular/],
    [{ durations: { kind: 'gamma' } }, /durations/],
    [{ refusal: 1 }, /never ends/],
  ])('bad options are a SimulationError (%#)', (options, message) => {
    let error: unknown;
    try {
      simulate(loop, options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SimulationError);
    expect(String((error as Error).message) + JSON.stringify((error as SimulationError).field)).toMatch(message);
  });
});
