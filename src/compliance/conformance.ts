/**
 * Conformance checking by replay: every case of a log is driven through the SOP's own
 * machine (`createSopMachine`), so a log is judged by exactly the rules a live case obeys.
 */
import * as z from 'zod';
import { createActor } from 'xstate';
import { compileFlow, type Flow, type FlowNode } from '../definition/index.js';
import { FINAL_STATES } from '../definition/index.js';
import type { AnySopDefinition } from '../definition/index.js';
import { formatDuration } from '../time/index.js';
import type { WorkCalendar } from '../time/index.js';
import { defaultRoles, type RoleRegistry } from '../roles/index.js';
import { caseTimes, createSopMachine, dispatch, type DispatchResult, type SopContext } from '../machine/index.js';
import { normalizeLog, LogDecisionSchema, type LogEvent, type LogProblem, type LogReadOptions, type ParsedLog } from './log.js';
import { DEVIATION_TEXTS, type DeviationParams } from './messages.js';
import { kalbarCalendar } from '../time/index.js';

/**
 * The kinds of deviation: a step the log jumped over, a step recorded where the SOP does not
 * allow it, the wrong role, a step over its budget, a decision step without a decision (or a
 * rework without the TIDAK SETUJU that causes it), a decision on a step that is none, a step
 * the SOP does not have, a case that never finished, an event after the case ended.
 */
export const DeviationKindSchema = z.enum([
  'skipped-step',
  'out-of-order',
  'wrong-performer',
  'over-budget',
  'missing-decision',
  'unexpected-decision',
  'unknown-step',
  'incomplete-case',
  'after-end',
]);
/** See {@link DeviationKindSchema}. */
export type DeviationKind = z.infer<typeof DeviationKindSchema>;

/** One deviation of a case from its SOP. */
export const DeviationSchema = z.object({
  kind: DeviationKindSchema,
  /** The case id. */
  case: z.string(),
  /** The step concerned (its id; for an unknown step, what the log wrote). */
  step: z.string().optional(),
  /** The step's document number. */
  label: z.string().optional(),
  /** The log line that shows it, when there is one. */
  line: z.number().int().positive().optional(),
  /** What the SOP expected (a step id, a role id, a budget in working minutes, `setuju|tidak-setuju` …). */
  expected: z.string(),
  /** What the log shows. */
  actual: z.string(),
  /** Over budget: the excess in working minutes. */
  minutes: z.number().optional(),
  /** English. */
  message: z.string(),
  /** Bahasa Indonesia. */
  pesan: z.string(),
});
/** See {@link DeviationSchema}. */
export type Deviation = z.infer<typeof DeviationSchema>;

/** One step completion in a replayed case. */
export const ReplayedStepSchema = z.object({
  /** The step id. */
  step: z.string(),
  /** The step's document number. */
  label: z.string(),
  /** 1 for the first visit, 2 for the first rework … */
  visit: z.number().int().positive(),
  enteredAt: z.number(),
  leftAt: z.number(),
  /** Working minutes the step took: started_at to completed_at when the log gives a start, else from the previous completion. */
  elapsedMinutes: z.number(),
  /** The step's budget in working minutes. */
  budgetMinutes: z.number(),
  /** The role that performed it, as logged (absent for a step the log skipped). */
  role: z.string().optional(),
  decision: LogDecisionSchema.optional(),
  line: z.number().int().positive().optional(),
  /** `log`: a logged completion; `assumed`: a step the replay had to pass for the log to go on (skipped, unlogged refusal). */
  source: z.enum(['log', 'assumed']),
});
/** See {@link ReplayedStepSchema}. */
export type ReplayedStep = z.infer<typeof ReplayedStepSchema>;

/** The status of a case: running (`berjalan`), or ended in `selesai` / `ditolak`. */
export const CaseStatusSchema = z.enum(['berjalan', 'selesai', 'ditolak']);
/** See {@link CaseStatusSchema}. */
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** The verdict on one case. */
export const CaseConformanceSchema = z.object({
  case: z.string(),
  /** No deviation of any kind (over budget included). */
  conformant: z.boolean(),
  /** The flow fitness in [0, 1]; see {@link checkConformance}. */
  fitness: z.number().min(0).max(1),
  status: CaseStatusSchema,
  /** The step the case is at, while it runs. */
  currentStep: z.string().optional(),
  deviations: z.array(DeviationSchema),
  /** Every step completion of the replay, in order. */
  steps: z.array(ReplayedStepSchema),
  /** Reworks per step id (visits beyond the first), as the machine counts them; only steps reworked. */
  reworks: z.record(z.string(), z.number().int().nonnegative()),
  /** Working minutes from the case's start to its last event. */
  totalMinutes: z.number(),
  startedAt: z.number(),
  endedAt: z.number().optional(),
  /** How many log events the case has. */
  events: z.number().int().nonnegative(),
});
/** See {@link CaseConformanceSchema}. */
export type CaseConformance = z.infer<typeof CaseConformanceSchema>;

/** How one step fared against its budget over all cases. */
export const StepTimingSummarySchema = z.object({
  step: z.string(),
  label: z.string(),
  budgetMinutes: z.number(),
  /** Logged completions measured. */
  visits: z.number().int().nonnegative(),
  overBudget: z.number().int().nonnegative(),
  meanMinutes: z.number(),
  maxMinutes: z.number(),
  /** The slowest completion as a share of the budget (1 = exactly the budget). */
  maxRatio: z.number(),
});
/** See {@link StepTimingSummarySchema}. */
export type StepTimingSummary = z.infer<typeof StepTimingSummarySchema>;

/** The summary over all cases. */
export const ConformanceSummarySchema = z.object({
  cases: z.number().int().nonnegative(),
  conformant: z.number().int().nonnegative(),
  deviating: z.number().int().nonnegative(),
  /** Mean fitness over the cases (1 for an empty log). */
  meanFitness: z.number(),
  deviationsByKind: z.record(z.string(), z.number().int()),
  deviationsByStep: z.record(z.string(), z.number().int()),
  reworksByStep: z.record(z.string(), z.number().int()),
  /** Steps by their slowest completion against the budget, worst first. */
  slowestSteps: z.array(StepTimingSummarySchema),
  /** Malformed rows (not checked). */
  problems: z.number().int().nonnegative(),
});
/** See {@link ConformanceSummarySchema}. */
export type ConformanceSummary = z.infer<typeof ConformanceSummarySchema>;

/** The result of {@link checkConformance}. */
export interface ConformanceReport {
  readonly sopId: string;
  /** The id of the calendar working time was measured on. */
  readonly calendar: string;
  readonly cases: readonly CaseConformance[];
  readonly summary: ConformanceSummary;
  /** The log's malformed rows, line by line (they were not checked). */
  readonly problems: readonly LogProblem[];
}

/** Options of {@link checkConformance}. */
export interface ConformanceOptions extends LogReadOptions {
  /** The calendar budgets are measured on (working minutes). Default: the library's default calendar. */
  readonly calendar?: WorkCalendar;
  /** Do not count a case that has not finished as a deviation (a log exported while cases run). Default `false`. */
  readonly allowIncomplete?: boolean;
}

/** Anything {@link checkConformance} reads as a log: a read log, or a list of events (normalised first). */
export type LogInput = ParsedLog | readonly unknown[];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Move {
  readonly from: FlowNode;
  readonly type: 'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU';
}

/** The shortest way through the flow from one step to another (every edge the SOP allows). */
function pathBetween(flow: Flow, from: string, to: string): Move[] | undefined {
  if (from === to) return [];
  const prev = new Map<string, Move>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = flow.byId.get(id)!;
    const edges: Move[] =
      node.kind === 'task'
        ? [{ from: node, type: 'SELESAI' }]
        : [
            { from: node, type: 'SETUJU' },
            { from: node, type: 'TIDAK_SETUJU' },
          ];
    for (const m of edges) {
      const target = m.type === 'TIDAK_SETUJU' ? node.refuse : node.next;
      if (target === undefined || target === FINAL_STATES.done || target === FINAL_STATES.refused || seen.has(target)) continue;
      seen.add(target);
      prev.set(target, m);
      if (target === to) {
        const path: Move[] = [];
        for (let at = to; at !== from; ) {
          const step = prev.get(at)!;
          path.unshift(step);
          at = step.from.id;
        }
        return path;
      }
      queue.push(target);
    }
  }
  return undefined;
}

const normLabel = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/^(langkah|step|no\.?)\s*/, '')
    .replace(/\.$/, '');

/** Resolves a log's step (id or document number) to a node: the current step, else the nearest reachable one with that label. @internal */
export function resolveStep(flow: Flow, text: string, current: string | undefined): FlowNode | undefined {
  const byId = flow.byId.get(text.trim());
  if (byId !== undefined) return byId;
  const key = normLabel(text);
  const candidates = flow.nodes.filter((n) => normLabel(n.step.label) === key);
  if (candidates.length <= 1 || current === undefined) return candidates[0];
  const here = candidates.find((n) => n.id === current);
  if (here !== undefined) return here;
  let best: FlowNode | undefined;
  let bestLen = Infinity;
  for (const c of candidates) {
    const p = pathBetween(flow, current, c.id);
    if (p !== undefined && p.length < bestLen) {
      best = c;
      bestLen = p.length;
    }
  }
  return best ?? candidates[0];
}

/**
 * Checks every case of a log against an SOP by replaying it through the SOP's machine.
 *
 * Each case starts at its first event's `started_at` (or `completed_at`); each event becomes
 * `SELESAI`, or `SETUJU` / `TIDAK_SETUJU` by its decision, sent at its `completed_at` by its
 * role. What the machine refuses, and where the log's step is not the step the case is at,
 * becomes a deviation:
 *
 * - a later step the SOP's flow reaches: each step passed on the way is a `skipped-step`
 *   (or, passed through a TIDAK SETUJU the log does not record, a `missing-decision`); the
 *   replay then moves the case on with the step's own performer, so later events are checked
 *   from where the log says the case is;
 * - a step the flow cannot reach from where the case is: `out-of-order` (the event is set aside);
 * - a refusal `WRONG_ROLE`: `wrong-performer` (the step then counts as done, so later events are still checked);
 * - a refusal `WRONG_EVENT` at a decision step with no decision: `missing-decision` (taken as SETUJU);
 * - an event after the case ended: `after-end`; a step the SOP does not have: `unknown-step`;
 * - a case still running after its last event: `incomplete-case` (unless `allowIncomplete`);
 * - a step whose working minutes on the calendar (`started_at` to `completed_at` when the log
 *   gives a start, else from the previous completion) exceed its budget: `over-budget`.
 *
 * A rework the SOP allows (a logged TIDAK SETUJU, then the rework step again) is no deviation;
 * reworks are counted per step. The fitness of a case is
 * `max(0, 1 − flowDeviations / max(1, expected))`, where the flow deviations are every
 * deviation except `over-budget` (a timing matter), and `expected` is the number of step
 * completions of the replay (logged and assumed) plus the events that could not be placed
 * (unknown step, out of order, after the end) plus one for an unfinished case. A case is
 * conformant when it has no deviation at all.
 *
 * @param definition - the SOP
 * @param log - a read log (`readLog`, `readCsvLog` …) or a list of events
 * @param options - calendar, `allowIncomplete`, role catalogue, zone of offset-less timestamps
 * @returns the verdict per case (in order of first appearance), a summary, and the malformed rows
 *
 * @example
 * ```ts
 * const report = checkConformance(getSop('pembuatan-sk-tim-kerja-bidang-3'), readCsvLog(text), { calendar: kalbarCalendar })
 * for (const c of report.cases) for (const d of c.deviations) console.log(c.case, d.pesan)
 * ```
 */
export function checkConformance(definition: AnySopDefinition, log: LogInput, options: ConformanceOptions = {}): ConformanceReport {
  const parsed: ParsedLog = isParsedLog(log) ? log : normalizeLog(log, options);
  const calendar = options.calendar ?? kalbarCalendar;
  const roles = options.roles ?? (defaultRoles as RoleRegistry<string>);
  const flow = compileFlow(definition);
  let now = 0;
  const machine = createSopMachine(definition, { calendar, roles, clock: () => now });
  const byCase = new Map<string, LogEvent[]>();
  for (const e of parsed.events) {
    const list = byCase.get(e.case) ?? [];
    list.push(e);
    byCase.set(e.case, list);
  }
  const names = (rs: readonly string[]) => rs.map((r) => (roles.has(r) ? roles.info(r).name : r)).join(' / ');
  const cases: CaseConformance[] = [];
  for (const [caseId, list] of byCase) {
    const events = list.map((e, i) => ({ e, i })).sort((a, b) => a.e.completedAt - b.e.completedAt || a.i - b.i).map((x) => x.e);
    const first = events[0]!;
    const startedAt = first.startedAt ?? first.completedAt;
    now = startedAt;
    const actor = createActor(machine, { input: { caseId, startedAt } }).start();
    const deviations: Deviation[] = [];
    const steps: ReplayedStep[] = [];
    let unplaced = 0;
    const ctx = () => actor.getSnapshot().context as SopContext;
    const current = () => {
      const s = actor.getSnapshot();
      return s.status === 'active' ? String(s.value) : undefined;
    };
    const deviate = (kind: DeviationKind, node: FlowNode | undefined, params: Partial<DeviationParams>, d: { step?: string; line?: number | undefined; expected: string; actual: string; minutes?: number }) => {
      const p: DeviationParams = { label: node?.step.label ?? d.step ?? '?', who: node ? names(node.step.pelaksana) : '-', ...params };
      const t = DEVIATION_TEXTS[kind]!;
      const out: Mutable<Deviation> = { kind, case: caseId, expected: d.expected, actual: d.actual, message: t.en(p), pesan: t.id(p) };
      const step = node?.id ?? d.step;
      if (step !== undefined) out.step = step;
      if (node !== undefined) out.label = node.step.label;
      if (d.line !== undefined) out.line = d.line;
      if (d.minutes !== undefined) out.minutes = d.minutes;
      deviations.push(out);
    };
    /** Sends an event and records the closed visit. */
    const send = (node: FlowNode, type: Move['type'], role: string, at: number, logged: LogEvent | undefined): DispatchResult => {
      const n = ctx().visits.length;
      const r = dispatch(actor, { type, actor: logged ? { role } : { role, name: 'sop-ap replay' }, at });
      if (!r.accepted) return r;
      const v = ctx().visits[n - 1]!;
      const rec: Mutable<ReplayedStep> = {
        step: node.id,
        label: node.step.label,
        visit: v.visit,
        enteredAt: v.enteredAt,
        leftAt: at,
        elapsedMinutes: v.elapsedMinutes ?? 0,
        budgetMinutes: v.budgetMinutes,
        source: logged ? 'log' : 'assumed',
      };
      if (logged !== undefined) {
        rec.role = logged.role;
        if (logged.startedAt !== undefined) rec.elapsedMinutes = calendar.workingMinutesBetween(logged.startedAt, logged.completedAt);
        if (type !== 'SELESAI') rec.decision = type === 'SETUJU' ? 'setuju' : 'tidak-setuju';
        if (logged.line !== undefined) rec.line = logged.line;
      }
      steps.push(rec);
      return r;
    };
    /** Moves the case with the step's own performer (an assumed completion). */
    const force = (node: FlowNode, type: Move['type'], at: number) => {
      const r = send(node, type, node.step.pelaksana[0]!, at, undefined);
      if (!r.accepted) throw new Error(`sop-ap compliance: the replay could not move step '${node.id}': ${r.refusal.message}`);
    };
    for (const e of events) {
      const at = current();
      const node = resolveStep(flow, e.step, at);
      if (node === undefined) {
        unplaced++;
        deviate('unknown-step', undefined, { label: e.step }, { step: e.step, line: e.line, expected: flow.nodes.map((n) => n.id).join('|'), actual: e.step });
        continue;
      }
      if (at === undefined) {
        unplaced++;
        deviate('after-end', node, { other: String(actor.getSnapshot().value) }, { line: e.line, expected: 'no event', actual: node.id });
        continue;
      }
      if (node.id !== at) {
        const path = pathBetween(flow, at, node.id);
        const here = flow.byId.get(at)!;
        if (path === undefined) {
          unplaced++;
          deviate('out-of-order', node, { other: here.step.label }, { line: e.line, expected: at, actual: node.id });
          continue;
        }
        const lastAt = caseTimes(ctx()).lastAt;
        for (const m of path) {
          if (m.type === 'TIDAK_SETUJU') {
            const to = flow.byId.get(m.from.refuse!)!;
            deviate('missing-decision', m.from, { other: to.step.label }, { line: e.line, expected: 'tidak-setuju', actual: 'none' });
          } else {
            deviate('skipped-step', m.from, { other: node.step.label }, { line: e.line, expected: m.from.id, actual: node.id });
          }
          force(m.from, m.type, lastAt);
        }
      }
      let type: Move['type'] = node.kind === 'decision' && e.decision !== undefined ? (e.decision === 'setuju' ? 'SETUJU' : 'TIDAK_SETUJU') : 'SELESAI';
      if (node.kind === 'task' && e.decision === 'tidak-setuju') {
        deviate('unexpected-decision', node, { actual: 'tidak setuju' }, { line: e.line, expected: 'none', actual: e.decision });
      }
      let r = send(node, type, e.role, e.completedAt, e);
      if (!r.accepted && r.refusal.reason === 'WRONG_EVENT' && node.kind === 'decision') {
        deviate('missing-decision', node, {}, { line: e.line, expected: 'setuju|tidak-setuju', actual: 'none' });
        type = 'SETUJU';
        r = send(node, type, e.role, e.completedAt, e);
      }
      if (!r.accepted && r.refusal.reason === 'WRONG_ROLE') {
        deviate('wrong-performer', node, { actual: names([e.role]) }, { line: e.line, expected: node.step.pelaksana.join('|'), actual: e.role });
        const n = steps.length;
        force(node, type, e.completedAt);
        const rec = steps[n] as Mutable<ReplayedStep>;
        rec.source = 'log';
        rec.role = e.role;
        if (e.startedAt !== undefined) rec.elapsedMinutes = calendar.workingMinutesBetween(e.startedAt, e.completedAt);
        if (type !== 'SELESAI') rec.decision = type === 'SETUJU' ? 'setuju' : 'tidak-setuju';
        if (e.line !== undefined) rec.line = e.line;
      } else if (!r.accepted) {
        throw new Error(`sop-ap compliance: unexpected refusal ${r.refusal.reason} in case '${caseId}': ${r.refusal.message}`);
      }
      const done = steps[steps.length - 1]!;
      if (done.elapsedMinutes > done.budgetMinutes + 1e-9) {
        const excess = done.elapsedMinutes - done.budgetMinutes;
        deviate('over-budget', node, { budget: node.step.waktu.text?.trim() || formatDuration(node.step.waktu), minutes: excess }, {
          line: e.line,
          expected: String(done.budgetMinutes),
          actual: String(done.elapsedMinutes),
          minutes: excess,
        });
      }
    }
    const end = current();
    const snap = actor.getSnapshot();
    const context = ctx();
    const times = caseTimes(context);
    const status: CaseStatus = end !== undefined ? 'berjalan' : snap.value === FINAL_STATES.refused ? 'ditolak' : 'selesai';
    if (end !== undefined && options.allowIncomplete !== true) {
      deviate('incomplete-case', flow.byId.get(end), {}, { expected: FINAL_STATES.done, actual: end });
    }
    actor.stop();
    const flowDeviations = deviations.filter((d) => d.kind !== 'over-budget').length;
    const expected = steps.length + unplaced + (end !== undefined && options.allowIncomplete !== true ? 1 : 0);
    const reworks: Record<string, number> = {};
    // Visits beyond the first of a step are its reworks (the machine numbers each visit).
    for (const v of context.visits) if (v.visit > 1) reworks[v.stepId] = Math.max(reworks[v.stepId] ?? 0, v.visit - 1);
    const result: Mutable<CaseConformance> = {
      case: caseId,
      conformant: deviations.length === 0,
      fitness: Math.max(0, 1 - flowDeviations / Math.max(1, expected)),
      status,
      deviations,
      steps,
      reworks,
      totalMinutes: calendar.workingMinutesBetween(times.startedAt, times.lastAt),
      startedAt: times.startedAt,
      events: events.length,
    };
    if (end !== undefined) result.currentStep = end;
    if (times.endedAt !== undefined) result.endedAt = times.endedAt;
    cases.push(result);
  }
  return { sopId: definition.id, calendar: calendar.id, cases, summary: summarize(flow, cases, parsed.problems.length), problems: parsed.problems };
}

function isParsedLog(log: LogInput): log is ParsedLog {
  return !Array.isArray(log) && typeof log === 'object' && log !== null && Array.isArray((log as ParsedLog).events);
}

function summarize(flow: Flow, cases: readonly CaseConformance[], problems: number): ConformanceSummary {
  const byKind: Record<string, number> = {};
  const byStep: Record<string, number> = {};
  const reworks: Record<string, number> = {};
  const timing = new Map<string, { visits: number; over: number; sum: number; max: number; maxRatio: number; budget: number }>();
  let fitness = 0;
  for (const c of cases) {
    fitness += c.fitness;
    for (const d of c.deviations) {
      byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
      if (d.step !== undefined) byStep[d.step] = (byStep[d.step] ?? 0) + 1;
    }
    for (const [id, n] of Object.entries(c.reworks)) reworks[id] = (reworks[id] ?? 0) + n;
    for (const s of c.steps) {
      if (s.source !== 'log') continue;
      const t = timing.get(s.step) ?? { visits: 0, over: 0, sum: 0, max: 0, maxRatio: 0, budget: s.budgetMinutes };
      t.visits++;
      t.sum += s.elapsedMinutes;
      if (s.elapsedMinutes > s.budgetMinutes + 1e-9) t.over++;
      t.max = Math.max(t.max, s.elapsedMinutes);
      t.maxRatio = Math.max(t.maxRatio, s.elapsedMinutes / s.budgetMinutes);
      timing.set(s.step, t);
    }
  }
  const slowestSteps: StepTimingSummary[] = [...timing.entries()]
    .map(([step, t]) => ({
      step,
      label: flow.byId.get(step)?.step.label ?? step,
      budgetMinutes: t.budget,
      visits: t.visits,
      overBudget: t.over,
      meanMinutes: t.sum / t.visits,
      maxMinutes: t.max,
      maxRatio: t.maxRatio,
    }))
    .sort((a, b) => b.maxRatio - a.maxRatio || a.step.localeCompare(b.step));
  const conformant = cases.filter((c) => c.conformant).length;
  return {
    cases: cases.length,
    conformant,
    deviating: cases.length - conformant,
    meanFitness: cases.length === 0 ? 1 : fitness / cases.length,
    deviationsByKind: byKind,
    deviationsByStep: byStep,
    reworksByStep: reworks,
    slowestSteps,
    problems,
  };
}
