/**
 * `fitScenario`: a scenario entry calibrated from a case log: per-step lognormal durations in
 * working minutes (maximum likelihood), refusal probabilities per decision, the arrival rate,
 * and how well the lognormal fits each step (Kolmogorov–Smirnov).
 */
import { checkConformance, type ConformanceOptions, type LogInput } from '../compliance/index.js';
import { compileFlow, type AnySopDefinition } from '../definition/index.js';
import { SimulationError } from '../errors/index.js';
import { simulationDetail } from '../errors/messages.js';
import { kalbarCalendar } from '../time/index.js';
import type { FittedStep, ScenarioSop } from './schema.js';

/** The fit of one step. */
export interface StepFit {
  /** Logged completions with a positive duration (the sample). */
  readonly n: number;
  /** Completions left out because they took no working time. */
  readonly zero: number;
  /** Maximum likelihood: the mean and standard deviation of ln(minutes). */
  readonly mu: number;
  readonly sigma: number;
  /** The fitted mean in working minutes, `exp(μ + σ²/2)`, and the sample's. */
  readonly meanMinutes: number;
  readonly sampleMeanMinutes: number;
  /**
   * The Kolmogorov–Smirnov statistic D: the largest gap between the sample's distribution and
   * the fitted lognormal's. With parameters estimated from the same sample, the usual critical
   * value (1.36/√n at 5 %) is conservative (Lilliefors); D well above it means not lognormal.
   */
  readonly ks: number;
  /** What the minutes measure: `started_at` to `completed_at`, or (without a start) the previous completion to this one, waiting included. */
  readonly measured: 'start-to-completion' | 'from-previous-completion';
}

/** The goodness and the sample sizes of a fit. */
export interface FitReport {
  /** Cases in the log. */
  readonly cases: number;
  readonly steps: Readonly<Record<string, StepFit>>;
  /**
   * Per decision: decisions counted, how many TIDAK SETUJU, the estimate, and the completions
   * left out because the log records no answer and the path cannot tell it (a forward refusal
   * whose later step is also where SETUJU goes, as at Pendaftaran Narasumber row 4).
   */
  readonly refusal: Readonly<Record<string, { readonly n: number; readonly refused: number; readonly p: number; readonly unrecorded: number }>>;
  /** Case starts and the mean working minutes between them (the Poisson rate's maximum likelihood). */
  readonly arrivals: { readonly cases: number; readonly meanMinutes: number };
}

/** A scenario entry fitted from a log: give it to {@link simulateCapacity} as one of its `sops`. */
export type FittedScenarioSop = ScenarioSop & { readonly fit: FitReport };

/** Options of {@link fitScenario}: the calendar working minutes are measured on, and the log reader's. */
export type FitOptions = Pick<ConformanceOptions, 'calendar' | 'zone' | 'roles'>;

/** Φ, the standard normal distribution function (Abramowitz & Stegun 7.1.26 for erf, |error| < 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Lognormal maximum likelihood and the KS statistic of a positive sample. */
export function fitLognormal(sample: readonly number[]): { mu: number; sigma: number; ks: number } {
  const n = sample.length;
  const logs = Float64Array.from(sample, Math.log).sort();
  let mu = 0;
  for (const v of logs) mu += v;
  mu /= n;
  let ss = 0;
  for (const v of logs) ss += (v - mu) * (v - mu);
  const sigma = Math.sqrt(ss / n);
  let ks = 0;
  for (let i = 0; i < n; i++) {
    const f = sigma > 0 ? normalCdf((logs[i]! - mu) / sigma) : logs[i]! < mu ? 0 : 1;
    ks = Math.max(ks, Math.abs(f - i / n), Math.abs((i + 1) / n - f));
  }
  return { mu, sigma, ks };
}

/**
 * Fits a scenario entry of an SOP from a case log. The log is replayed by `checkConformance`
 * (the SOP's flow and the machine's rules, one source of truth); every logged step completion
 * gives a duration in working minutes on the calendar, every logged decision a SETUJU or
 * TIDAK SETUJU, every case a start.
 *
 * - durations: a lognormal per step by maximum likelihood (μ, σ of the log-minutes), with the
 *   KS statistic of the fit; steps the log never completes keep their waktu (`fallback: 'fixed'`);
 * - refusals: TIDAK SETUJU over decisions logged, per decision step. Where the log gives no
 *   answer, the path tells it (a rework goes back, an ending refusal ends the case), except
 *   at a decision whose forward refusal goes where SETUJU goes: those completions are left out
 *   (`fit.refusal[id].unrecorded`), and with none left the decision gets no estimate;
 * - arrivals: Poisson with the mean working minutes between case starts.
 *
 * @param definition - the SOP
 * @param log - a read log (`readLog` …) or a list of events
 * @param options - the calendar (default Kalbar), zone of offset-less timestamps, role catalogue
 * @returns a scenario entry for {@link simulateCapacity}, with `fit`, the report of the fit
 * @throws {@link SimulationError} when the log has fewer than two cases
 *
 * @example
 * ```ts
 * import { readLog } from 'sop-ap'
 * import { fitScenario, simulateCapacity } from 'sop-ap/capacity'
 * const fitted = fitScenario(getSop('pembuatan-sk-tim-kerja-bidang-3'), readLog(text, { fileName: 'kasus.csv' }))
 * fitted.fit.steps['susun-surat-tugas']?.ks
 * simulateCapacity({ sops: [fitted], staff: { 'kepala-dinas': 1 }, horizon: { days: 250 } })
 * ```
 */
export function fitScenario(definition: AnySopDefinition, log: LogInput, options: FitOptions = {}): FittedScenarioSop {
  const calendar = options.calendar ?? kalbarCalendar;
  const report = checkConformance(definition, log, { ...options, calendar, allowIncomplete: true });
  if (report.cases.length < 2) throw new SimulationError(simulationDetail('fit-too-few', { count: report.cases.length }), { sopId: definition.id, field: 'log' });
  const minutes = new Map<string, number[]>();
  const zeros = new Map<string, number>();
  const decisions = new Map<string, { n: number; refused: number }>();
  const flow = compileFlow(definition);
  const isDecision = new Set(flow.nodes.filter((n) => n.kind === 'decision').map((n) => n.id));
  // decisions whose two answers lead to the same step: only a logged answer tells them apart
  const ambiguous = new Set(flow.nodes.filter((n) => n.kind === 'decision' && n.refuse === n.next).map((n) => n.id));
  const unrecorded = new Map<string, number>();
  for (const c of report.cases) {
    const unlogged = new Set(c.deviations.filter((d) => d.kind === 'missing-decision' && d.step !== undefined && ambiguous.has(d.step)).map((d) => `${d.step}\u0000${d.line ?? ''}`));
    for (const s of c.steps) {
      if (s.source !== 'log') continue;
      if (s.elapsedMinutes > 0) {
        const list = minutes.get(s.step) ?? [];
        list.push(s.elapsedMinutes);
        minutes.set(s.step, list);
      } else zeros.set(s.step, (zeros.get(s.step) ?? 0) + 1);
      if (isDecision.has(s.step) && s.decision !== undefined) {
        if (unlogged.has(`${s.step}\u0000${s.line ?? ''}`)) {
          unrecorded.set(s.step, (unrecorded.get(s.step) ?? 0) + 1);
          continue;
        }
        const d = decisions.get(s.step) ?? { n: 0, refused: 0 };
        d.n++;
        if (s.decision === 'tidak-setuju') d.refused++;
        decisions.set(s.step, d);
      }
    }
  }
  const steps: Record<string, FittedStep> = {};
  const stepFits: Record<string, StepFit> = {};
  for (const node of definition.steps) {
    const sample = minutes.get(node.id);
    if (sample === undefined || sample.length < 2) continue;
    const { mu, sigma, ks } = fitLognormal(sample);
    steps[node.id] = { mu, sigma };
    stepFits[node.id] = {
      n: sample.length,
      zero: zeros.get(node.id) ?? 0,
      mu,
      sigma,
      meanMinutes: Math.exp(mu + (sigma * sigma) / 2),
      sampleMeanMinutes: sample.reduce((a, b) => a + b, 0) / sample.length,
      ks,
      measured: hasStarts(log) ? 'start-to-completion' : 'from-previous-completion',
    };
  }
  const refusal: Record<string, number> = {};
  const refusalFits: Record<string, { n: number; refused: number; p: number; unrecorded: number }> = {};
  for (const id of isDecision) {
    const d = decisions.get(id);
    const skipped = unrecorded.get(id) ?? 0;
    if (d === undefined && skipped === 0) continue;
    if (d !== undefined) refusal[id] = d.refused / d.n;
    refusalFits[id] = { n: d?.n ?? 0, refused: d?.refused ?? 0, p: d === undefined ? 0 : d.refused / d.n, unrecorded: skipped };
  }
  const starts = report.cases.map((c) => c.startedAt).sort((a, b) => a - b);
  const span = calendar.workingMinutesBetween(starts[0]!, starts[starts.length - 1]!);
  const mean = span / (starts.length - 1);
  if (!(mean > 0)) throw new SimulationError(simulationDetail('fit-same-instant', {}), { sopId: definition.id, field: 'log' });
  return {
    sop: definition,
    arrivals: { poisson: mean, clock: 'working' },
    refusal,
    durations: { kind: 'fitted', steps, fallback: 'fixed' },
    fit: { cases: report.cases.length, steps: stepFits, refusal: refusalFits, arrivals: { cases: starts.length, meanMinutes: mean } },
  };
}

/** Whether the log's events give their start (`started_at`). */
function hasStarts(log: LogInput): boolean {
  const events: readonly unknown[] = Array.isArray(log) ? log : (log as { events: readonly unknown[] }).events;
  return events.some((e) => {
    const x = e as { startedAt?: unknown; started_at?: unknown };
    return (x.startedAt ?? x.started_at) !== undefined && (x.startedAt ?? x.started_at) !== null;
  });
}
