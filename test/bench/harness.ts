/**
 * A tiny benchmark harness: every figure is a ratio against a baseline measured in the same
 * run, because the machine is shared and noisy.
 */
export interface BenchResult {
  /** What was measured. */
  readonly name: string;
  /** Operations per second of the subject. */
  readonly opsPerSec: number;
  /** Operations per second of the baseline. */
  readonly baselineOpsPerSec?: number;
  /** A free-form line with the target and the verdict. */
  readonly detail: string;
  /** Whether the target holds. */
  readonly ok: boolean;
}

/** Runs `fn` repeatedly for about `ms` milliseconds (after a warm-up) and returns calls per second. */
export function measure(fn: () => void, ms = 1000): number {
  const warm = performance.now() + ms / 4;
  while (performance.now() < warm) fn();
  let n = 0;
  const start = performance.now();
  const end = start + ms;
  let now = start;
  while (now < end) {
    fn();
    n++;
    if ((n & 15) === 0) now = performance.now();
  }
  now = performance.now();
  return (n / (now - start)) * 1000;
}

/** Measures subject and baseline in alternation (`rounds` times each) and keeps the best of each. */
export function compare(subject: () => void, baseline: () => void, rounds = 3, ms = 600): { subject: number; baseline: number } {
  let s = 0;
  let b = 0;
  for (let i = 0; i < rounds; i++) {
    b = Math.max(b, measure(baseline, ms));
    s = Math.max(s, measure(subject, ms));
  }
  return { subject: s, baseline: b };
}

/**
 * Measures subject and baseline in alternation, `rounds` short pairs, and returns the median
 * of the per-pair cost ratios (subject time / baseline time) with the median rates. A pair
 * shares the machine's state of the moment (frequency, the other core's load, GC), so the
 * median ratio is steadier on a shared machine than a ratio of two independent bests.
 */
export function compareMedian(subject: () => void, baseline: () => void, rounds = 15, ms = 250): { ratio: number; subject: number; baseline: number } {
  measure(subject, ms);
  measure(baseline, ms);
  const ratios: number[] = [];
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // alternate the order so neither side always runs first
    const bi = i % 2 === 0 ? measure(baseline, ms) : NaN;
    const si = measure(subject, ms);
    const bj = i % 2 === 0 ? bi : measure(baseline, ms);
    s.push(si);
    b.push(bj);
    ratios.push(bj / si);
  }
  const median = (xs: number[]) => {
    const v = xs.slice().sort((x, y) => x - y);
    return v[v.length >> 1]!;
  };
  return { ratio: median(ratios), subject: median(s), baseline: median(b) };
}
