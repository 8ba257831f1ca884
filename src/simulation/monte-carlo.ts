import type { AnySopDefinition } from '../definition/types.js';
import { SimulationError } from '../errors/simulation-error.js';
import type { WorkCalendar } from '../time/calendar.js';
import { kalbarCalendar } from '../time/working-calendar.js';
import { DurationModelSchema, type DurationModel, type DurationModelInput } from './durations.js';
import { expectedFromTable } from './expected.js';
import { mulberry32 } from './random.js';
import { refusalVector, type RefusalInput } from './refusal.js';
import { compileStepTable, REFUSED, type StepTable } from './step-table.js';

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
  /** The distribution of lead times. */
  readonly histogram: readonly HistogramBin[];
  /** For each decision step: how many times it sent the case back (TIDAK SETUJU), in total over all runs. */
  readonly reworks: Readonly<Record<string, number>>;
  /** Working minutes per role, averaged per case (a step's time is shared equally among its performers). */
  readonly workload: Readonly<Record<string, number>>;
}

function percentile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const rank = Math.min(n, Math.max(1, Math.ceil(q * n)));
  return sorted[rank - 1]!;
}

function checkModel(model: DurationModel, sopId: string): void {
  if (model !== 'fixed' && model.kind === 'triangular' && !(model.low <= model.mode && model.mode <= model.high && model.low < model.high)) {
    throw new SimulationError(`a triangular model needs low ≤ mode ≤ high and low < high (got ${model.low}, ${model.mode}, ${model.high})`, { sopId, field: 'durations' });
  }
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
  const sopId = table.sopId;
  const runs = options.runs ?? 10_000;
  if (!Number.isInteger(runs) || runs < 1) throw new SimulationError(`runs must be a whole number of at least 1, got ${String(runs)}`, { sopId, field: 'runs' });
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new SimulationError(`the seed must be a whole number, got ${String(seed)}`, { sopId, field: 'seed' });
  const bins = options.bins ?? 20;
  if (!Number.isInteger(bins) || bins < 1) throw new SimulationError(`bins must be a whole number of at least 1, got ${String(bins)}`, { sopId, field: 'bins' });
  const parsed = DurationModelSchema.safeParse(options.durations ?? 'fixed');
  if (!parsed.success) throw new SimulationError(parsed.error.issues[0]?.message ?? 'invalid duration model', { sopId, field: 'durations' });
  const model = parsed.data;
  checkModel(model, sopId);
  const p = refusalVector(table, options.refusal);
  const maxVisits = options.maxVisitsPerCase ?? 100_000;
  const every = options.progressEvery ?? 10_000;

  const n = table.ids.length;
  const { budget, next, refuse, decision, start } = table;
  // per-step sampling parameters
  const kind = model === 'fixed' ? 0 : model.kind === 'triangular' ? 1 : 2;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const mo = new Float64Array(n);
  let fc = 0;
  let mu = 0;
  let sigma = 0;
  if (model !== 'fixed' && model.kind === 'triangular') {
    for (let i = 0; i < n; i++) {
      lo[i] = model.low * budget[i]!;
      mo[i] = model.mode * budget[i]!;
      hi[i] = model.high * budget[i]!;
    }
    fc = (model.mode - model.low) / (model.high - model.low);
  } else if (model !== 'fixed') {
    const s2 = Math.log(1 + model.cv * model.cv);
    sigma = Math.sqrt(s2);
    mu = -s2 / 2; // a multiplier with mean 1
  }
  const pr = Float64Array.from(p);
  const isDecision = decision;
  const rnd = mulberry32(seed);
  const times = new Float64Array(runs);
  const reworkCount = new Float64Array(n);
  const stepMinutes = new Float64Array(n);
  let ditolak = 0;
  let sum = 0;

  for (let r = 0; r < runs; r++) {
    let s = start;
    let t = 0;
    let visits = 0;
    while (s >= 0) {
      let dur = budget[s]!;
      if (kind === 1) {
        const u = rnd();
        const a = lo[s]!;
        const b = hi[s]!;
        const c = mo[s]!;
        dur = u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
      } else if (kind === 2) {
        const u1 = 1 - rnd();
        const u2 = rnd();
        dur *= Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
      }
      t += dur;
      stepMinutes[s] = stepMinutes[s]! + dur;
      if (isDecision[s] === 1 && pr[s]! > 0 && rnd() < pr[s]!) {
        const to = refuse[s]!;
        if (to !== REFUSED) reworkCount[s] = reworkCount[s]! + 1;
        s = to;
      } else s = next[s]!;
      if (++visits > maxVisits) {
        throw new SimulationError(`a case visited more than ${maxVisits} steps; lower the refusal probabilities`, { sopId, field: 'maxVisitsPerCase' });
      }
    }
    if (s === REFUSED) ditolak++;
    times[r] = t;
    sum += t;
    if (options.onProgress !== undefined && (r + 1) % every === 0) options.onProgress(r + 1, runs);
  }

  const mean = sum / runs;
  let sq = 0;
  for (let r = 0; r < runs; r++) {
    const d = times[r]! - mean;
    sq += d * d;
  }
  times.sort();
  const min = times[0]!;
  const max = times[runs - 1]!;
  const width = max > min ? (max - min) / bins : 1;
  const counts = new Float64Array(bins);
  for (let r = 0; r < runs; r++) counts[Math.min(bins - 1, Math.floor((times[r]! - min) / width))]! += 1;
  const histogram: HistogramBin[] = [];
  for (let b = 0; b < bins; b++) histogram.push({ from: min + b * width, to: min + (b + 1) * width, count: counts[b]! });

  const reworks: Record<string, number> = {};
  const workload: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    if (isDecision[i] === 1) reworks[table.ids[i]!] = reworkCount[i]!;
    const roles = table.roles[i]!;
    for (const role of roles) workload[role] = (workload[role] ?? 0) + stepMinutes[i]! / roles.length / runs;
  }
  const expected = expectedFromTable(table, { refusal: options.refusal ?? 0, durations: model });
  return {
    id: sopId,
    runs,
    seed,
    mean,
    sd: runs > 1 ? Math.sqrt(sq / (runs - 1)) : 0,
    min,
    p50: percentile(times, 0.5),
    p90: percentile(times, 0.9),
    p95: percentile(times, 0.95),
    max,
    expectedMean: expected.mean,
    ditolak,
    histogram,
    reworks,
    workload,
  };
}
