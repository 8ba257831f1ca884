/**
 * Vitest matchers for SOP cases, in the spirit of Camunda Process Test: on live actors,
 * scenarios, snapshots, replayed cases (`checkConformance(…).cases[i]`) and, for
 * `toComplyWithSop`, raw logs.
 */
import type { AnySopDefinition, CaseStatus } from '../definition/index.js';
import { infoOf } from '../machine/create.js';
import type { SopContext } from '../machine/index.js';
import { defaultRoles } from '../roles/index.js';
import type { WorkCalendar } from '../time/index.js';
import { durationToMinutes, parseDuration } from '../time/index.js';
import { checkConformance, type CaseConformance, type ConformanceOptions, type ConformanceReport } from '../compliance/index.js';
import type { ParsedLog } from '../compliance/index.js';
import { historyFromContext } from '../compliance/index.js';
import { kalbarCalendar } from '../time/index.js';

/** One completed step as the matchers see it. */
interface StepView {
  readonly step: string;
  readonly label: string | undefined;
  readonly role: string | undefined;
  readonly actingAs: string | undefined;
  readonly decision: string | undefined;
}

/** A case as the matchers see it, whatever it came from. */
interface CaseView {
  readonly name: string;
  readonly status: CaseStatus;
  readonly currentStep: string | undefined;
  readonly steps: readonly StepView[];
  readonly reworks: Readonly<Record<string, number>>;
  readonly totalMinutes: number;
  readonly definition: AnySopDefinition | undefined;
  readonly calendar: WorkCalendar | undefined;
}

interface SnapshotLike {
  readonly status: string;
  readonly value: unknown;
  readonly context: SopContext;
  readonly machine?: object;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

function snapshotOf(received: unknown): SnapshotLike | undefined {
  let r = received;
  if (isObject(r) && 'actor' in r && isObject(r.actor) && typeof (r.actor as { getSnapshot?: unknown }).getSnapshot === 'function' && typeof (r as { step?: unknown }).step === 'function') r = r.actor;
  if (isObject(r) && typeof r.getSnapshot === 'function') r = (r.getSnapshot as () => unknown).call(r);
  if (isObject(r) && isObject(r.context) && Array.isArray((r.context as { visits?: unknown }).visits) && 'value' in r) return r as unknown as SnapshotLike;
  return undefined;
}

function isCase(r: unknown): r is CaseConformance {
  return isObject(r) && Array.isArray(r.deviations) && Array.isArray(r.steps) && typeof r.case === 'string';
}

function isReport(r: unknown): r is ConformanceReport {
  return isObject(r) && Array.isArray(r.cases) && isObject(r.summary);
}

function isLog(r: unknown): r is ParsedLog | readonly unknown[] {
  return Array.isArray(r) || (isObject(r) && Array.isArray(r.events) && Array.isArray(r.problems));
}

/** Turns whatever the test gives into a {@link CaseView}, or explains what it accepts. */
function viewOf(received: unknown): CaseView | string {
  const snap = snapshotOf(received);
  if (snap !== undefined) {
    const info = snap.machine === undefined ? undefined : infoOf(snap.machine);
    const ctx = snap.context;
    const labels = new Map(info?.definition.steps.map((s) => [s.id, s.label]) ?? []);
    const reworks: Record<string, number> = {};
    for (const v of ctx.visits) if (v.visit > 1) reworks[v.stepId] = Math.max(reworks[v.stepId] ?? 0, v.visit - 1);
    const value = String(snap.value);
    return {
      name: `case ${ctx.caseId ?? '(no id)'} of SOP '${ctx.sopId}'`,
      status: snap.status === 'active' ? 'berjalan' : value === 'ditolak' ? 'ditolak' : 'selesai',
      currentStep: snap.status === 'active' ? value : undefined,
      steps: ctx.visits
        .filter((v) => v.leftAt !== undefined)
        .map((v) => ({ step: v.stepId, label: labels.get(v.stepId), role: v.by?.role, actingAs: v.by?.actingAs?.role, decision: v.event === 'SETUJU' ? 'setuju' : v.event === 'TIDAK_SETUJU' ? 'tidak-setuju' : undefined })),
      reworks,
      totalMinutes: ctx.totalMinutes,
      definition: info?.definition,
      calendar: info?.calendar,
    };
  }
  const c = isReport(received) && received.cases.length === 1 ? received.cases[0] : received;
  if (isCase(c)) {
    return {
      name: `case ${c.case}`,
      status: c.status,
      currentStep: c.currentStep,
      steps: c.steps.filter((s) => s.source === 'log').map((s) => ({ step: s.step, label: s.label, role: s.role, actingAs: undefined, decision: s.decision })),
      reworks: c.reworks,
      totalMinutes: c.totalMinutes,
      definition: undefined,
      calendar: undefined,
    };
  }
  if (isReport(received)) return `a conformance report with ${received.cases.length} cases; pick one: report.cases[i]`;
  if (isLog(received)) return 'a raw log: replay it first, e.g. checkConformance(definition, log).cases[0] (only toComplyWithSop takes a raw log)';
  return 'expected an SOP actor, a scenario, a snapshot, or a replayed case (checkConformance(…).cases[i])';
}

/** Matches a step given by id or by label against a completed step. */
const sameStep = (given: string, s: { step: string; label: string | undefined }) => given === s.step || (s.label !== undefined && given === s.label);
const show = (steps: readonly StepView[]) => `[${steps.map((s) => s.step).join(', ')}]`;

interface MatcherContext {
  readonly isNot: boolean;
}
type Result = { pass: boolean; message: () => string; actual?: unknown; expected?: unknown };

const notView = (v: string): Result => ({ pass: false, message: () => v });

/**
 * The matchers; register them with `expect.extend(sopMatchers)` or {@link setupSopMatchers}.
 * Each takes an SOP actor, a scenario, a snapshot, or a replayed case; `toComplyWithSop` also
 * takes a raw log (events or a read log).
 */
export const sopMatchers = {
  /**
   * The case complies with the SOP: replayed through the machine, it has no deviation.
   * A live actor or scenario may still be running (`allowIncomplete` defaults to true for
   * them; a log must be complete unless you say otherwise).
   */
  toComplyWithSop(this: MatcherContext, received: unknown, definition: AnySopDefinition, options: ConformanceOptions = {}): Result {
    let c: CaseConformance | undefined;
    let cases: readonly CaseConformance[] = [];
    const snap = snapshotOf(received);
    if (snap !== undefined) {
      const info = snap.machine === undefined ? undefined : infoOf(snap.machine);
      const o: ConformanceOptions = { allowIncomplete: true, ...options };
      const withCal = info !== undefined && options.calendar === undefined ? { ...o, calendar: info.calendar } : o;
      cases = checkConformance(definition, historyFromContext(snap.context), withCal).cases;
    } else if (isCase(received)) cases = [received];
    else if (isReport(received)) cases = received.cases;
    else if (isLog(received)) cases = checkConformance(definition, received, options).cases;
    else return notView(viewOf(received) as string);
    c = cases.find((x) => !x.conformant);
    const deviations = cases.flatMap((x) => x.deviations);
    const pass = c === undefined;
    return {
      pass,
      message: () =>
        pass
          ? `expected ${cases.length === 1 ? `case ${cases[0]!.case}` : `the ${cases.length} cases`} not to comply with SOP '${definition.id}', but ${cases.length === 1 ? 'it conforms' : 'all conform'}`
          : `expected ${cases.length === 1 ? `case ${c!.case}` : `the ${cases.length} cases`} to comply with SOP '${definition.id}', but found ${deviations.length} deviation(s):\n${deviations
              .map((d) => `  - ${d.case}: ${d.kind}${d.step !== undefined ? ` at ${d.step}` : ''}${d.line !== undefined ? ` (line ${d.line})` : ''}: ${d.message}`)
              .join('\n')}`,
      actual: deviations.map((d) => ({ case: d.case, kind: d.kind, step: d.step })),
      expected: [],
    };
  },

  /** The case completed these steps (ids or document numbers) in this order; other steps may come between. */
  toHavePassedSteps(this: MatcherContext, received: unknown, steps: readonly string[]): Result {
    const v = viewOf(received);
    if (typeof v === 'string') return notView(v);
    let i = 0;
    for (const s of v.steps) if (i < steps.length && sameStep(steps[i]!, s)) i++;
    const pass = i === steps.length;
    return {
      pass,
      message: () =>
        pass
          ? `expected ${v.name} not to have passed [${steps.join(', ')}] in this order, but it did: ${show(v.steps)}`
          : `expected ${v.name} to have passed [${steps.join(', ')}] in this order; it passed ${show(v.steps)}: no '${steps[i]}'${i > 0 ? ` after '${steps[i - 1]}'` : ''}`,
      actual: v.steps.map((s) => s.step),
      expected: steps,
    };
  },

  /** The case is running and waiting at this step (id or document number). */
  toBeWaitingAt(this: MatcherContext, received: unknown, step: string): Result {
    const v = viewOf(received);
    if (typeof v === 'string') return notView(v);
    const label = v.definition?.steps.find((s) => s.id === v.currentStep)?.label;
    const pass = v.status === 'berjalan' && v.currentStep !== undefined && (step === v.currentStep || step === label);
    const where = v.status === 'berjalan' ? `it is waiting at ${v.currentStep}${label !== undefined ? ` (step ${label})` : ''}` : `it has ended (${v.status})`;
    return {
      pass,
      message: () => (pass ? `expected ${v.name} not to be waiting at ${step}, but it is` : `expected ${v.name} to be waiting at ${step}; ${where}`),
      actual: v.status === 'berjalan' ? v.currentStep : v.status,
      expected: step,
    };
  },

  /** Every completion of the step (at least one) was by this role (any spelling; Plt./Plh. acting for it counts). */
  toHaveStepPerformedBy(this: MatcherContext, received: unknown, step: string, role: string): Result {
    const v = viewOf(received);
    if (typeof v === 'string') return notView(v);
    const id = defaultRoles.tryResolve(role) ?? role;
    const done = v.steps.filter((s) => sameStep(step, s));
    const by = done.map((s) => (s.actingAs !== undefined ? `${s.role} (for ${s.actingAs})` : (s.role ?? '(unknown)')));
    const pass = done.length > 0 && done.every((s) => s.role === id || s.actingAs === id);
    return {
      pass,
      message: () =>
        pass
          ? `expected step ${step} of ${v.name} not to be performed by ${id}, but it was (${done.length} time(s))`
          : done.length === 0
            ? `expected step ${step} of ${v.name} to be performed by ${id}, but it was never completed; completed steps: ${show(v.steps)}`
            : `expected step ${step} of ${v.name} to be performed by ${id}; it was performed by ${by.join(', ')}`,
      actual: by,
      expected: id,
    };
  },

  /**
   * The case has ended, within this budget of working time (`'2 Hari'`, `'90 menit'`, or
   * minutes; a day is the calendar's working day).
   */
  toBeCompletedWithin(this: MatcherContext, received: unknown, budget: string | number, options: { readonly calendar?: WorkCalendar } = {}): Result {
    const v = viewOf(received);
    if (typeof v === 'string') return notView(v);
    const calendar = options.calendar ?? v.calendar ?? kalbarCalendar;
    const limit = typeof budget === 'number' ? budget : durationToMinutes(parseDuration(budget), calendar.minutesPerDay);
    const text = typeof budget === 'number' ? `${budget} working minutes` : `${budget} (${limit} working minutes)`;
    const ended = v.status !== 'berjalan';
    const pass = ended && v.totalMinutes <= limit;
    const took = `${Math.round(v.totalMinutes * 10) / 10} working minutes`;
    return {
      pass,
      message: () =>
        pass
          ? `expected ${v.name} not to be completed within ${text}, but it ended (${v.status}) in ${took}`
          : ended
            ? `expected ${v.name} to be completed within ${text}; it took ${took}, ${Math.round((v.totalMinutes - limit) * 10) / 10} over`
            : `expected ${v.name} to be completed within ${text}; it has not ended (waiting at ${v.currentStep}, ${took} so far)`,
      actual: v.totalMinutes,
      expected: limit,
    };
  },

  /** The step was reworked exactly `times` times (visits beyond the first). */
  toHaveReworked(this: MatcherContext, received: unknown, step: string, times: number): Result {
    const v = viewOf(received);
    if (typeof v === 'string') return notView(v);
    const id = v.definition?.steps.find((s) => s.label === step)?.id ?? v.steps.find((s) => s.label === step)?.step ?? step;
    const n = v.reworks[id] ?? 0;
    const pass = n === times;
    const all = Object.entries(v.reworks).map(([k, x]) => `${k}: ${x}`).join(', ') || 'none';
    return {
      pass,
      message: () => (pass ? `expected ${v.name} not to have reworked ${step} ${times} time(s), but it did` : `expected ${v.name} to have reworked ${step} ${times} time(s); it was reworked ${n} time(s) (reworks: ${all})`),
      actual: n,
      expected: times,
    };
  },
};

/** The matchers' signatures, for the type augmentation of vitest's `Assertion`. */
export interface SopMatchers<R = unknown> {
  /** The case (actor, scenario, replayed case, or a raw log) complies with the SOP. */
  toComplyWithSop(definition: AnySopDefinition, options?: ConformanceOptions): R;
  /** The case completed these steps (ids or document numbers) in this order. */
  toHavePassedSteps(steps: readonly string[]): R;
  /** The case is waiting at this step. */
  toBeWaitingAt(step: string): R;
  /** Every completion of the step was by this role. */
  toHaveStepPerformedBy(step: string, role: string): R;
  /** The case ended within this budget of working time. */
  toBeCompletedWithin(budget: string | number, options?: { readonly calendar?: WorkCalendar }): R;
  /** The step was reworked exactly this many times. */
  toHaveReworked(step: string, times: number): R;
}
