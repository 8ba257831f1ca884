// Capacity simulation: step events per second for the whole catalogue sharing one staff table,
// against the Monte Carlo on the same SOPs, durations and refusals (target >= 0.2x); and a
// 100k-case M/M/2 run (target < 500 ms, "well under a second").
import { calendar24x7, expectedLeadTime, kalbarCalendar, simulate } from 'sop-ap';
import { simulateCapacity } from 'sop-ap/capacity';
import { catalogue, sopIds } from 'sop-ap/machines';
import { defineSop } from 'sop-ap';
import { compareMedian, type BenchResult } from './harness.js';

/** The Kalbar calendar (years after 2026 are provisional: weekends and fixed-date holidays), so a run can last years. */
const calendar = kalbarCalendar;
const durations = { kind: 'lognormal', cv: 0.5 } as const;
const refusal = 0.1;

function best(fn: () => void, rounds: number): number {
  let ms = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return ms;
}

export function run(): BenchResult[] {
  const results: BenchResult[] = [];
  // the catalogue: two cases a month of every SOP, one official per role, ten years
  const scenario = {
    sops: sopIds.map((id) => ({ sop: catalogue[id], arrivals: { perMonth: 2 } })),
    durations,
    refusal,
    calendar,
    start: '2025-01-01T00:00:00+07:00',
    horizon: { days: 3650 },
    seed: 1,
  } as const;
  const probe = simulateCapacity(scenario);
  const perSop = new Map(probe.sops.map((s) => [s.id, s.cases]));
  // the Monte Carlo on the same SOPs, durations and refusals, in proportion to the cases of each SOP;
  const visits = (id: (typeof sopIds)[number]) => Object.values(expectedLeadTime(catalogue[id], { refusal, durations }).visits).reduce((a, b) => a + b, 0);
  // its throughput is measured on 20 times as many runs (per call it compiles the table and solves the
  // exact mean, a fixed cost that would otherwise dominate a few hundred runs)
  const mcRuns = (id: (typeof sopIds)[number]) => 20 * Math.max(1, perSop.get(id) ?? 1);
  const mcEvents = sopIds.reduce((n, id) => n + mcRuns(id) * visits(id), 0);
  // both warmed up and timed the house way: short alternating pairs, the median of the pairs' ratios
  const pair = compareMedian(
    () => simulateCapacity(scenario),
    () => sopIds.forEach((id) => simulate(catalogue[id], { runs: mcRuns(id), seed: 1, refusal, durations })),
    9,
    400,
  );
  const capRate = probe.stepEvents * pair.subject;
  const mcRate = mcEvents * pair.baseline;
  // the median pair's time ratio turned into a ratio of step events per second
  const ratio = probe.stepEvents / (mcEvents * pair.ratio);
  results.push({
    name: `capacity: catalogue (${sopIds.length} SOPs, one official per role, ${probe.cases.toLocaleString('en')} cases, ${probe.stepEvents.toLocaleString('en')} step events) vs Monte Carlo, same durations`,
    opsPerSec: capRate,
    baselineOpsPerSec: mcRate,
    detail: `${capRate.toExponential(2)} step events/s vs ${mcRate.toExponential(2)} = ${ratio.toFixed(2)}x (target >= 0.2x)`,
    ok: ratio >= 0.2,
  });

  const mm2 = {
    sops: [{ sop: defineSop({ id: 'bench-mm2', nama: 'M/M/2', steps: [{ id: 'a', label: '1', uraian: 'Layani', pelaksana: ['kepala-dinas'], waktu: '16 Menit' }] }), arrivals: { poisson: 10 } }],
    calendar: calendar24x7,
    staff: { 'kepala-dinas': 2 },
    durations: { kind: 'exponential' },
    cases: 100_000,
    seed: 1,
  } as const;
  const ms = best(() => simulateCapacity(mm2), 5);
  results.push({
    name: 'capacity: M/M/2, 100k cases (24x7)',
    opsPerSec: 1000 / ms,
    detail: `${ms.toFixed(0)} ms per run, ${((200_000 / ms) * 1000).toExponential(2)} events/s (target < 500 ms)`,
    ok: ms < 500,
  });
  return results;
}
