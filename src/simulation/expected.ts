import type { AnySopDefinition } from '../definition/index.js';
import { SimulationError } from '../errors/index.js';
import { simulationDetail } from '../errors/messages.js';
import type { WorkCalendar } from '../time/index.js';
import { kalbarCalendar } from '../time/index.js';
import { DurationModelSchema, durationMoments, type DurationModelInput } from './durations.js';
import { refusalVector, type RefusalInput } from './refusal.js';
import { compileStepTable, REFUSED, type StepTable } from './step-table.js';

/** Options of {@link expectedLeadTime}. */
export interface ExpectedLeadTimeOptions {
  /** Probability that a decision is TIDAK SETUJU: one for all decisions, or per decision step id. Default 0. */
  readonly refusal?: RefusalInput;
  /** How step durations vary around the budget (default `'fixed'`); the mean and variance account for it. */
  readonly durations?: DurationModelInput;
  /** The calendar (`hari` budgets become `minutesPerDay` working minutes). Default {@link kalbarCalendar}. */
  readonly calendar?: Pick<WorkCalendar, 'minutesPerDay'>;
}

/** The exact distribution moments of an SOP's lead time under random refusals. */
export interface ExpectedLeadTime {
  /** The SOP's id. */
  readonly id: string;
  /** Expected lead time in working minutes (over all cases, those that end refused included). */
  readonly mean: number;
  /** Its variance (working minutes²). */
  readonly variance: number;
  /** Its standard deviation. */
  readonly sd: number;
  /** Probability that the case ends `selesai`. */
  readonly pSelesai: number;
  /** Probability that the case ends `ditolak`. */
  readonly pDitolak: number;
  /** Expected visits of each step per case (1 on the nominal path without refusals). */
  readonly visits: Readonly<Record<string, number>>;
  /**
   * Each outcome's probability and the expected lead time of the cases that end so
   * (`mean` is `undefined` for an outcome that cannot happen with these probabilities).
   */
  readonly outcomes: { readonly selesai: OutcomeMoments; readonly ditolak: OutcomeMoments };
}

/** The probability of one outcome and the expected lead time of the cases that end so. */
export interface OutcomeMoments {
  /** Probability that a case ends with this outcome. */
  readonly probability: number;
  /** Expected lead time (working minutes) of the cases that end with this outcome; `undefined` when the probability is 0. */
  readonly mean: number | undefined;
}

/**
 * Solves `A x = b` in place by Gaussian elimination with partial pivoting (A is n×n, row-major).
 * Several right-hand sides are solved together (`bs`, each length n).
 */
function solve(a: Float64Array, n: number, bs: Float64Array[], sopId: string): void {
  for (let col = 0; col < n; col++) {
    let piv = col;
    let best = Math.abs(a[col * n + col]!);
    for (let r = col + 1; r < n; r++) {
      const v = Math.abs(a[r * n + col]!);
      if (v > best) {
        best = v;
        piv = r;
      }
    }
    if (best < 1e-12) throw new SimulationError(simulationDetail('never-ends', {}), { sopId });
    if (piv !== col) {
      for (let k = 0; k < n; k++) {
        const t = a[col * n + k]!;
        a[col * n + k] = a[piv * n + k]!;
        a[piv * n + k] = t;
      }
      for (const b of bs) {
        const t = b[col]!;
        b[col] = b[piv]!;
        b[piv] = t;
      }
    }
    const d = a[col * n + col]!;
    for (let r = col + 1; r < n; r++) {
      const f = a[r * n + col]! / d;
      if (f === 0) continue;
      for (let k = col; k < n; k++) a[r * n + k] = a[r * n + k]! - f * a[col * n + k]!;
      for (const b of bs) b[r] = b[r]! - f * b[col]!;
    }
  }
  for (const b of bs) {
    for (let r = n - 1; r >= 0; r--) {
      let s = b[r]!;
      for (let k = r + 1; k < n; k++) s -= a[r * n + k]! * b[k]!;
      b[r] = s / a[r * n + r]!;
    }
  }
}

/**
 * The exact mean and variance of the lead time from the SOP's absorbing Markov chain: each step
 * is a transient state that takes its duration; a decision goes to its SETUJU target with
 * probability 1 − p and to its TIDAK SETUJU target (rework step or `ditolak`) with probability p;
 * `selesai` and `ditolak` absorb. With `m = (I − Q)⁻¹ d` the expected time to absorption from
 * each step and `s = (I − Q)⁻¹ (E[d²] + 2 d ∘ Q m)` its second moment, the variance is `s − m²`
 * at the first step. With `h` the probability of ending `ditolak` from each step
 * (`(I − Q) h = r`, `r` the one-step probability of reaching `ditolak`) and `g = (I − Q)⁻¹ (d ∘ h)`
 * the expected lead time over the refused cases, `g / h` at the first step is the expected
 * lead time of a refused case. A forward refusal is a state of its own in the chain (the step
 * with the refusal pending), so its path ends in `ditolak` (see {@link StepTable}). No sampling.
 *
 * @param def - the SOP
 * @param options - refusal probability (global or per step), duration model, calendar
 * @returns mean, variance, end probabilities and expected visits per step
 * @throws {@link SimulationError} for a probability outside [0, 1], an unknown decision step, or a chain that never ends
 *
 * @example
 * ```ts
 * expectedLeadTime(getSop('peningkatan-pelayanan-plut'), { refusal: 0.2 }).mean // working minutes
 * ```
 */
export function expectedLeadTime(def: AnySopDefinition, options: ExpectedLeadTimeOptions = {}): ExpectedLeadTime {
  const table = compileStepTable(def, options.calendar ?? kalbarCalendar);
  return expectedFromTable(table, options);
}

/** {@link expectedLeadTime} on an already compiled {@link StepTable}. */
export function expectedFromTable(table: StepTable, options: Omit<ExpectedLeadTimeOptions, 'calendar'> = {}): ExpectedLeadTime {
  const parsed = DurationModelSchema.safeParse(options.durations ?? 'fixed');
  if (!parsed.success) throw new SimulationError(simulationDetail('duration-model', { detail: parsed.error.issues[0]?.message ?? 'invalid duration model' }), { sopId: table.sopId, field: 'durations' });
  const moments = durationMoments(parsed.data);
  const p = refusalVector(table, options.refusal);
  const n = table.ids.length;
  const a = new Float64Array(n * n); // I − Q
  const d = new Float64Array(n); // E[duration]
  const d2 = new Float64Array(n); // E[duration²]
  const pRefusedRhs = new Float64Array(n); // one-step probability of absorbing in ditolak
  for (let i = 0; i < n; i++) {
    a[i * n + i] = 1;
    const b = table.budget[i]!;
    d[i] = b * moments.mean;
    d2[i] = b * b * (moments.variance + moments.mean * moments.mean);
    const pi = p[i]!;
    const go = (j: number, w: number) => {
      if (w === 0) return;
      if (j >= 0) a[i * n + j] = a[i * n + j]! - w;
      else if (j === REFUSED) pRefusedRhs[i] = pRefusedRhs[i]! + w;
      // selesai absorbs: nothing to add
    };
    go(table.next[i]!, 1 - pi);
    go(table.refuse[i]!, pi);
  }
  // visits: row `start` of (I − Q)⁻¹, i.e. solve (I − Q)ᵀ v = e_start
  const at = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) at[j * n + i] = a[i * n + j]!;
  const m = Float64Array.from(d);
  const copy = Float64Array.from(a);
  solve(copy, n, [m, pRefusedRhs], table.sopId);
  // second moment: rhs = E[d²] + 2 d ∘ (Q m), with Q m = m − d (from (I − Q) m = d)
  const rhs = new Float64Array(n);
  for (let i = 0; i < n; i++) rhs[i] = d2[i]! + 2 * d[i]! * (m[i]! - d[i]!);
  const copy2 = Float64Array.from(a);
  solve(copy2, n, [rhs], table.sopId);
  // time over the refused cases: (I − Q) g = d ∘ h, h the probability of ending ditolak
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) g[i] = d[i]! * pRefusedRhs[i]!;
  solve(Float64Array.from(a), n, [g], table.sopId);
  const visits = new Float64Array(n);
  visits[table.start] = 1;
  solve(at, n, [visits], table.sopId);
  const s = table.start;
  const mean = m[s]!;
  const variance = Math.max(0, rhs[s]! - mean * mean);
  const pDitolak = Math.min(1, Math.max(0, pRefusedRhs[s]!));
  const visitRecord: Record<string, number> = {};
  for (let i = 0; i < n; i++) visitRecord[table.ids[i]!] = (visitRecord[table.ids[i]!] ?? 0) + visits[i]!;
  const pSelesai = 1 - pDitolak;
  const outcomes = {
    selesai: { probability: pSelesai, mean: pSelesai > 1e-12 ? (mean - g[s]!) / pSelesai : undefined },
    ditolak: { probability: pDitolak, mean: pDitolak > 1e-12 ? g[s]! / pDitolak : undefined },
  };
  return { id: table.sopId, mean, variance, sd: Math.sqrt(variance), pSelesai, pDitolak, visits: visitRecord, outcomes };
}

