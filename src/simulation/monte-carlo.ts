import type { AnySopDefinition } from '../definition/index.js';
import { SimulationError } from '../errors/index.js';
import { simulationDetail } from '../errors/messages.js';
import type { WorkCalendar } from '../time/index.js';
import { kalbarCalendar } from '../time/index.js';
import { DurationModelSchema, lognormalDraw, sampleTriangular, type DurationModel, type DurationModelInput } from './durations.js';
import { expectedFromTable, type ExpectedLeadTime } from './expected.js';
import { mulberry32 } from './random.js';
import { refusalVector, type RefusalInput } from './refusal.js';
import { compileStepTable, REFUSAL_CODES, REFUSED, type StepTable } from './step-table.js';

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** How many cases to simulate (default 10,000). */
  readonly runs?: number;
  /** The PRNG seed; the same seed gives the same result (default 1). */
  readonly seed?: number;
  /** Probability that a decision is TIDAK SETUJU: one for all, or per decision step id (default 0). */
  readonly refusal?: RefusalInput;
  /** Step durations: `'fixed'` (the budget, default), triangular or lognormal around it. */
  readonly durations?: DurationModelInput;
  /** The calendar (`hari` = `minutesPerDay`). Default {@link kalbarCalendar}. */
  readonly calendar?: Pick<WorkCalendar, 'minutesPerDay'>;
  /** Bins of the histogram (default 20). */
  readonly bins?: number;
  /** A case that visits more steps than this is an error (default 100,000). */
  readonly maxVisitsPerCase?: number;
  /** Called every `progressEvery` runs with the runs done (for a progress indicator). */
  readonly onProgress?: (done: number, total: number) => void;
  /** How often `onProgress` is called (default every 10,000 runs). */
  readonly progressEvery?: number;
}

/** One bar of the histogram: cases with lead time in `[from, to)` (the last bar includes `to`). */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** The result of a Monte Carlo simulation; times in working minutes. */
export interface SimulationResult {
  /** The SOP's id. */
  readonly id: string;
  /** Cases simulated. */
  readonly runs: number;
  /** The seed. */
  readonly seed: number;
  /** Mean lead time. */
  readonly mean: number;
  /** Sample standard deviation. */
  readonly sd: number;
  /** Shortest lead time. */
  readonly min: number;
  /** Median (nearest rank). */
  readonly p50: number;
  /** 90th percentile (nearest rank). */
  readonly p90: number;
  /** 95th percentile (nearest rank). */
  readonly p95: number;
  /** Longest lead time. */
  readonly max: number;
  /** The exact expected lead time (absorbing Markov chain) under the same assumptions. */
  readonly expectedMean: number;
  /** Cases that ended `ditolak`. */
  readonly ditolak: number;
  /** Per outcome: the cases that ended so and their mean lead time (`undefined` when there were none). */
  readonly outcomes: { readonly selesai: OutcomeSample; readonly ditolak: OutcomeSample };
  /** The exact probability and mean lead time of each outcome (absorbing Markov chain) under the same assumptions. */
  readonly expectedOutcomes: ExpectedLeadTime['outcomes'];
  /** The distribution of lead times. */
  readonly histogram: readonly HistogramBin[];
  /** For each decision step: how many times it sent the case back (TIDAK SETUJU), in total over all runs. */
  readonly reworks: Readonly<Record<string, number>>;
  /** Working minutes per role, averaged per case (a step's time is shared equally among its performers). */
  readonly workload: Readonly<Record<string, number>>;
}

/** The simulated cases of one outcome. */
export interface OutcomeSample {
  /** Cases that ended with this outcome. */
  readonly cases: number;
  /** Their mean lead time in working minutes; `undefined` when no case ended so. */
  readonly mean: number | undefined;
}

/** Rearranges `a[lo..hi]` so that `a[k]` holds the value it would hold if sorted (quickselect). */
function select(a: Float64Array, k: number, lo: number, hi: number): number {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three as the pivot
    let x = a[lo]!;
    let y = a[mid]!;
    let z = a[hi]!;
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) [x, y] = [y, x];
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** Nearest-rank percentiles of `values` (rearranged in place), for ascending `qs`. @internal (the capacity simulation's percentiles too) */
export function percentiles(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  let lo = 0;
  return qs.map((q) => {
    const k = Math.min(n, Math.max(1, Math.ceil(q * n))) - 1;
    const v = select(values, k, lo, n - 1);
    lo = k; // everything after k is >= a[k]: the next (larger) rank lies in a[k..]
    return v;
  });
}

function checkModel(model: DurationModel, sopId: string): void {
  if (model !== 'fixed' && model.kind === 'triangular' && !(model.low <= model.mode && model.mode <= model.high && model.low < model.high)) {
    throw new SimulationError(simulationDetail('triangular', { low: model.low, mode: model.mode, high: model.high }), { sopId, field: 'durations' });
  }
}

/**
 * The fixed-duration loop. With fixed durations a run of steps without a random branch always
 * takes the same time, so the chain from each step to the next branching decision (a decision
 * with a refusal probability above zero) is folded into one segment: its summed budget, its
 * length, and where it ends. A case then costs one iteration per decision it meets instead of
 * one per step, and draws the same random numbers in the same order as a step-by-step walk,
 * so results are identical. Per-step visits are recovered afterwards from segment visits.
 * Returns the number of refused cases, or -1 when a case exceeds `maxVisits` steps.
 */
function runFixed(
  start: number,
  budget: Float64Array,
  next: Int32Array,
  refuse: Int32Array,
  refusal: Uint8Array,
  pr: Float64Array,
  seed: number,
  runs: number,
  maxVisits: number,
  times: Float64Array,
  visits: Float64Array,
  reworks: Float64Array,
  refusedRun: Uint8Array,
  onProgress: ((done: number, total: number) => void) | undefined,
  every: number,
): number {
  const n = budget.length;
  const segTime = new Float64Array(n);
  const segLen = new Int32Array(n);
  const segEnd = new Int32Array(n); // the branching decision ending the segment, or DONE / REFUSED
  for (let i = 0; i < n; i++) {
    let s = i;
    let t = 0;
    let len = 0;
    for (;;) {
      t += budget[s]!;
      len++;
      if (pr[s]! > 0) break;
      const nx = next[s]!;
      if (nx < 0 || len > n) {
        s = nx;
        break;
      }
      s = nx;
    }
    segTime[i] = t;
    segLen[i] = len;
    segEnd[i] = s;
  }
  const segVisits = new Float64Array(n);
  let refused = 0;
  let state = seed >>> 0; // mulberry32, inlined (the same sequence as mulberry32(seed))
  for (let r = 0; r < runs; r++) {
    let s = start;
    let t = 0;
    let steps = 0;
    while (s >= 0) {
      segVisits[s]!++;
      t += segTime[s]!;
      steps += segLen[s]!;
      if (steps > maxVisits) return -1;
      const d = segEnd[s]!;
      if (d < 0) {
        s = d;
        break;
      }
      state = (state + 0x6d2b79f5) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 15), z | 1);
      z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
      if (((z ^ (z >>> 14)) >>> 0) / 4294967296 >= pr[d]!) {
        s = next[d]!;
      } else {
        s = refuse[d]!;
        if (refusal[d] === REFUSAL_CODES.rework) reworks[d]!++;
      }
    }
    if (s === REFUSED) {
      refused++;
      refusedRun[r] = 1;
    }
    times[r] = t;
    if (onProgress !== undefined && (r + 1) % every === 0) onProgress(r + 1, runs);
  }
  for (let i = 0; i < n; i++) {
    const c = segVisits[i]!;
    if (c === 0) continue;
    let s = i;
    for (let k = 0; k < segLen[i]!; k++) {
      visits[s]! += c;
      s = next[s]!;
    }
  }
  return refused;
}

/** Cases and mean lead time per outcome, from each run's time and whether it ended refused. */
function outcomeSamples(times: Float64Array, refusedRun: Uint8Array): SimulationResult['outcomes'] {
  const count = [0, 0];
  const sum = [0, 0];
  for (let r = 0; r < times.length; r++) {
    const k = refusedRun[r]!;
    count[k]!++;
    sum[k]! += times[r]!;
  }
  const sample = (k: number): OutcomeSample => ({ cases: count[k]!, mean: count[k]! > 0 ? sum[k]! / count[k]! : undefined });
  return { selesai: sample(0), ditolak: sample(1) };
}

/** The checked options of one simulation. */
interface RunOptions {
  readonly runs: number;
  readonly seed: number;
  readonly bins: number;
  readonly model: DurationModel;
  /** Each step's refusal probability. */
  readonly pr: Float64Array;
  readonly maxVisits: number;
  readonly every: number;
  readonly onProgress: ((done: number, total: number) => void) | undefined;
}

/** Checks the options and fills in the defaults; throws a {@link SimulationError} naming the field at fault. */
function runOptions(table: StepTable, options: Omit<SimulateOptions, 'calendar'>): RunOptions {
  const sopId = table.sopId;
  const runs = options.runs ?? 10_000;
  if (!Number.isInteger(runs) || runs < 1) throw new SimulationError(simulationDetail('runs', { value: String(runs) }), { sopId, field: 'runs' });
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new SimulationError(simulationDetail('seed', { value: String(seed) }), { sopId, field: 'seed' });
  const bins = options.bins ?? 20;
  if (!Number.isInteger(bins) || bins < 1) throw new SimulationError(simulationDetail('bins', { value: String(bins) }), { sopId, field: 'bins' });
  const parsed = DurationModelSchema.safeParse(options.durations ?? 'fixed');
  if (!parsed.success) throw new SimulationError(simulationDetail('duration-model', { detail: parsed.error.issues[0]?.message ?? 'invalid duration model' }), { sopId, field: 'durations' });
  const model = parsed.data;
  checkModel(model, sopId);
  const pr = Float64Array.from(refusalVector(table, options.refusal));
  return { runs, seed, bins, model, pr, maxVisits: options.maxVisitsPerCase ?? 100_000, every: options.progressEvery ?? 10_000, onProgress: options.onProgress };
}

/** What the runs record: each run's lead time and outcome, and per step its refusals sending the case back and its minutes. */
interface Tallies {
  readonly times: Float64Array;
  readonly refusedRun: Uint8Array;
  readonly reworkCount: Float64Array;
  readonly stepMinutes: Float64Array;
  /** Cases that ended `ditolak`. */
  ditolak: number;
}

function tooLong(sopId: string, maxVisits: number): never {
  throw new SimulationError(simulationDetail('max-visits', { max: maxVisits }), { sopId, field: 'maxVisitsPerCase' });
}

/** Fixed durations: the tight loop of {@link runFixed} (a step's time is its budget; workload = visits × budget). */
function runAllFixed(table: StepTable, o: RunOptions, tallies: Tallies): void {
  const { budget, next, refuse, refusal, start } = table;
  const n = table.ids.length;
  const visitCount = new Float64Array(n);
  const out = runFixed(start, budget, next, refuse, refusal, o.pr, o.seed, o.runs, o.maxVisits, tallies.times, visitCount, tallies.reworkCount, tallies.refusedRun, o.onProgress, o.every);
  if (out < 0) tooLong(table.sopId, o.maxVisits);
  tallies.ditolak = out;
  for (let i = 0; i < n; i++) tallies.stepMinutes[i] = visitCount[i]! * budget[i]!;
}

/** Triangular or lognormal durations: a step-by-step walk, each step's time drawn around its budget. */
function runAllSampled(table: StepTable, o: RunOptions, model: Exclude<DurationModel, 'fixed'>, tallies: Tallies): void {
  const n = table.ids.length;
  const { budget, next, refuse, refusal, start } = table;
  const { pr, runs, maxVisits, onProgress, every } = o;
  const { times, refusedRun, reworkCount, stepMinutes } = tallies;
  // per-step sampling parameters
  const triangular = model.kind === 'triangular';
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const mo = new Float64Array(n);
  let fc = 0;
  let mu = 0;
  let sigma = 0;
  if (model.kind === 'triangular') {
    for (let i = 0; i < n; i++) {
      lo[i] = model.low * budget[i]!;
      mo[i] = model.mode * budget[i]!;
      hi[i] = model.high * budget[i]!;
    }
    fc = (model.mode - model.low) / (model.high - model.low);
  } else {
    const s2 = Math.log(1 + model.cv * model.cv);
    sigma = Math.sqrt(s2);
    mu = -s2 / 2; // a multiplier with mean 1
  }
  const rnd = mulberry32(o.seed);
  for (let r = 0; r < runs; r++) {
    let s = start;
    let t = 0;
    let visits = 0;
    while (s >= 0) {
      let dur = budget[s]!;
      if (triangular) {
        dur = sampleTriangular(rnd(), lo[s]!, hi[s]!, mo[s]!, fc);
      } else {
        const u1 = 1 - rnd();
        dur *= lognormalDraw(u1, rnd(), mu, sigma);
      }
      t += dur;
      stepMinutes[s]! += dur;
      const p = pr[s]!;
      if (p > 0 && rnd() < p) {
        if (refusal[s] === REFUSAL_CODES.rework) reworkCount[s]!++;
        s = refuse[s]!;
      } else s = next[s]!;
      if (++visits > maxVisits) tooLong(table.sopId, maxVisits);
    }
    if (s === REFUSED) {
      tallies.ditolak++;
      refusedRun[r] = 1;
    }
    times[r] = t;
    if (onProgress !== undefined && (r + 1) % every === 0) onProgress(r + 1, runs);
  }
}

/** Mean, standard deviation, extremes, histogram and percentiles of the runs' lead times (the percentiles reorder `times`). */
function leadTimeSummary(times: Float64Array, bins: number): Pick<SimulationResult, 'mean' | 'sd' | 'min' | 'p50' | 'p90' | 'p95' | 'max' | 'histogram'> {
  const runs = times.length;
  let sum = 0;
  for (let r = 0; r < runs; r++) sum += times[r]!;
  const mean = sum / runs;
  let sq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < runs; r++) {
    const v = times[r]!;
    const d = v - mean;
    sq += d * d;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const width = max > min ? (max - min) / bins : 1;
  const counts = new Float64Array(bins);
  for (let r = 0; r < runs; r++) counts[Math.min(bins - 1, Math.floor((times[r]! - min) / width))]! += 1;
  const histogram: HistogramBin[] = [];
  for (let b = 0; b < bins; b++) histogram.push({ from: min + b * width, to: min + (b + 1) * width, count: counts[b]! });
  const [p50 = 0, p90 = 0, p95 = 0] = percentiles(times, [0.5, 0.9, 0.95]);
  return { mean, sd: runs > 1 ? Math.sqrt(sq / (runs - 1)) : 0, min, p50, p90, p95, max, histogram };
}

/**
 * Simulates many cases of an SOP on its flat {@link StepTable} (no XState actor per case): each
 * step takes its budget (or a draw around it), each decision is refused with the given
 * probability, refusals follow the SOP's rework or end rule. Seeded and reproducible.
 *
 * @param def - the SOP
 * @param options - runs, seed, refusal probability, duration model, calendar
 * @returns mean, percentiles, max, histogram, reworks per step, workload per role, and the exact mean
 * @throws {@link SimulationError} for bad options or a case that never ends
 *
 * @example
 * ```ts
 * const r = simulate(getSop('peningkatan-pelayanan-plut'), { runs: 100_000, seed: 7, refusal: 0.2 })
 * r.mean, r.p90, r.expectedMean
 * ```
 */
export function simulate(def: AnySopDefinition, options: SimulateOptions = {}): SimulationResult {
  return simulateTable(compileStepTable(def, options.calendar ?? kalbarCalendar), options);
}

/** {@link simulate} on an already compiled {@link StepTable}. */
export function simulateTable(table: StepTable, options: Omit<SimulateOptions, 'calendar'> = {}): SimulationResult {
  const o = runOptions(table, options);
  const { runs, seed, model } = o;
  const n = table.ids.length;
  const tallies: Tallies = {
    times: new Float64Array(runs),
    refusedRun: new Uint8Array(runs),
    reworkCount: new Float64Array(n),
    stepMinutes: new Float64Array(n),
    ditolak: 0,
  };
  if (model === 'fixed') runAllFixed(table, o, tallies);
  else runAllSampled(table, o, model, tallies);
  // before the percentiles, which reorder `times`
  const outcomes = outcomeSamples(tallies.times, tallies.refusedRun);
  const summary = leadTimeSummary(tallies.times, o.bins);
  const reworks: Record<string, number> = {};
  const workload: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    if (table.decision[i] === 1) reworks[table.ids[i]!] = (reworks[table.ids[i]!] ?? 0) + tallies.reworkCount[i]!;
    const roles = table.roles[i]!;
    for (const role of roles) workload[role] = (workload[role] ?? 0) + tallies.stepMinutes[i]! / roles.length / runs;
  }
  const expected = expectedFromTable(table, { refusal: options.refusal ?? 0, durations: model });
  return {
    id: table.sopId,
    runs,
    seed,
    mean: summary.mean,
    sd: summary.sd,
    min: summary.min,
    p50: summary.p50,
    p90: summary.p90,
    p95: summary.p95,
    max: summary.max,
    expectedMean: expected.mean,
    ditolak: tallies.ditolak,
    outcomes,
    expectedOutcomes: expected.outcomes,
    histogram: summary.histogram,
    reworks,
    workload,
  };
}
