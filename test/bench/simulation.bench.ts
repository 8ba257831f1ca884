// Monte Carlo on the 28-step PLUT SOP against a hand-written loop over the same steps (target:
// >= 0.5x its speed), and the exact expected lead time of every catalogue SOP (target: < 1 ms).
import { compileFlow, expectedLeadTime, kalbarCalendar, durationToMinutes } from 'sop-ap';
import { compileStepTable } from '../../src/simulation/step-table.js';
import { mulberry32 } from '../../src/simulation/random.js';
import { simulateTable } from '../../src/simulation/monte-carlo.js';
import { catalogue, sopIds } from 'sop-ap/machines';
import { compare, measure, type BenchResult } from './harness.js';

const RUNS = 10_000;
const P = 0.2;

/** The hand-written loop: plain arrays, the same PRNG, lead time per case and the mean. */
function handWritten(): () => number {
  const sop = catalogue['peningkatan-pelayanan-plut'];
  const flow = compileFlow(sop);
  const index = (t: string) => (t === 'selesai' ? -1 : t === 'ditolak' ? -2 : flow.byId.get(t)!.index);
  const budget = flow.nodes.map((n) => durationToMinutes(n.step.waktu, 450));
  const next = flow.nodes.map((n) => index(n.next));
  const refuse = flow.nodes.map((n) => (n.refuse === undefined ? -3 : index(n.refuse)));
  return () => {
    const rnd = mulberry32(1);
    const times = new Float64Array(RUNS);
    let sum = 0;
    for (let r = 0; r < RUNS; r++) {
      let s = 0;
      let t = 0;
      while (s >= 0) {
        t += budget[s]!;
        s = refuse[s] !== -3 && rnd() < P ? refuse[s]! : next[s]!;
      }
      times[r] = t;
      sum += t;
    }
    return sum / RUNS;
  };
}

export function run(): BenchResult[] {
  const results: BenchResult[] = [];
  const table = compileStepTable(catalogue['peningkatan-pelayanan-plut'], kalbarCalendar);
  const loop = handWritten();
  let sink = 0;
  const r = compare(
    () => {
      sink += simulateTable(table, { runs: RUNS, seed: 1, refusal: P }).mean;
    },
    () => {
      sink += loop();
    },
    3,
    800,
  );
  const ratio = r.subject / r.baseline;
  results.push({
    name: `Monte Carlo PLUT (28 steps, ${RUNS.toLocaleString('en')} runs, p=${P}) vs hand-written loop`,
    opsPerSec: r.subject,
    baselineOpsPerSec: r.baseline,
    detail: `${(r.subject * RUNS).toExponential(2)} cases/s vs ${(r.baseline * RUNS).toExponential(2)} cases/s = ${ratio.toFixed(2)}x (target >= 0.5x)`,
    ok: ratio >= 0.5,
  });

  let worst = 0;
  let worstId = '';
  for (const id of sopIds) {
    const sop = catalogue[id];
    const ops = measure(() => {
      sink += expectedLeadTime(sop, { refusal: 0.1 }).mean;
    }, 150);
    const us = 1e6 / ops;
    if (us > worst) {
      worst = us;
      worstId = id;
    }
  }
  if (sink === 42) process.stdout.write('');
  results.push({
    name: `exact expected lead time (Markov chain), ${sopIds.length} catalogue SOPs`,
    opsPerSec: 1e6 / worst,
    detail: `slowest ${worstId}: ${worst.toFixed(1)} µs per call (target < 1000 µs)`,
    ok: worst < 1000,
  });
  return results;
}
