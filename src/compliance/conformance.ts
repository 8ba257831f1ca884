/**
 * Conformance checking by optimal alignments: each distinct control-flow variant of a log is
 * aligned once against the SOP's flow (`compileFlow`), and the steps the log and the SOP agree
 * on are then checked event by event against the machine's own judge (who may perform a
 * step), the decisions and the budgets, so a log is judged by exactly the rules a live case obeys.
 */
import * as z from 'zod';
import { compileFlow, flowStates, type Flow } from '../definition/index.js';
import { CaseStatusSchema } from '../definition/schema.js';
import type { AnySopDefinition } from '../definition/index.js';
import { formatDuration, provisionalYears } from '../time/index.js';
import type { WorkCalendar } from '../time/index.js';
import { kalbarCalendar } from '../time/index.js';
import { defaultRoles, type RoleRegistry } from '../roles/index.js';
import { createSopMachine, type SopContext } from '../machine/index.js';
import { infoOf } from '../machine/create.js';
import { judgeEvent, type Judge } from '../machine/judge.js';
import { normalizeLogEvent, LogDecisionSchema, LogRowReader, type LogEvent, type LogProblem, type LogReadOptions, type LogSink, type ParsedLog } from './log.js';
import { DEVIATION_KINDS, DEVIATION_MESSAGES, type DeviationKind, type DeviationMessage, type DeviationParams } from '../errors/index.js';
import { alignModel, type AlignModel } from './alignment.js';
import { FLOW_ISSUES, planVariant, type FlowIssueKind, type VariantPlan } from './variant.js';
import { EventStore } from './events.js';

/**
 * The kinds of deviation. From the optimal alignment of the control flow (they lower
 * `fitness`): a step the log jumped over (`skipped-step`), two steps swapped or a step logged
 * at another place than the SOP's (`out-of-order`, one per swap), a step logged where the
 * SOP does not allow it (`inserted-step`), a step the SOP does not have (`unknown-step`), an
 * event after the case ended (`after-end`), a case that never finished (`incomplete-case`).
 * From the data of the steps the log and the SOP agree on (they do not lower `fitness`):
 * the wrong role (`wrong-performer`), a Plt./Plh. with no own role (`acting-without-role`),
 * a decision step without a decision (`missing-decision`), a decision the next step
 * contradicts (`contradicted-decision`), TIDAK SETUJU on a step that is no decision
 * (`unexpected-decision`), a step over its budget in working minutes (`over-budget`).
 */
export const DeviationKindSchema = z.enum(DEVIATION_KINDS);
export type { DeviationKind };

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

/** One step completion of a checked case. */
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
  /** `log`: a logged completion (a synchronous move); `assumed`: a step the SOP needed where the log has none (a model move). */
  source: z.enum(['log', 'assumed']),
});
/** See {@link ReplayedStepSchema}. */
export type ReplayedStep = z.infer<typeof ReplayedStepSchema>;

/** The verdict on one case. */
export const CaseConformanceSchema = z.object({
  case: z.string(),
  /** No deviation of any kind (over budget included). */
  conformant: z.boolean(),
  /** The alignment fitness in [0, 1]: 1 − cost / (events + shortest complete run of the SOP); see {@link checkConformance}. */
  fitness: z.number().min(0).max(1),
  /** The cost of the optimal alignment: log moves plus model moves. */
  cost: z.number().int().nonnegative(),
  status: CaseStatusSchema,
  /** The step the case is at, while it runs. */
  currentStep: z.string().optional(),
  deviations: z.array(DeviationSchema),
  /** Every step completion of the alignment, in order (empty when the check was asked not to keep them: `steps: false`). */
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
  /** Distinct control-flow variants (each aligned once). */
  variants: z.number().int().nonnegative(),
  /** Events checked. */
  events: z.number().int().nonnegative(),
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
  /**
   * The years the log's events fall in for which the calendar has no holiday data (SKB): the
   * working minutes there, and the over-budget verdicts built on them, are provisional (only the
   * holidays fixed by date are known). Empty when every year is known.
   */
  readonly provisional: readonly number[];
}

/** Options of {@link checkConformance}. */
export interface ConformanceOptions extends LogReadOptions {
  /** The calendar budgets are measured on (working minutes). Default: the library's default calendar. */
  readonly calendar?: WorkCalendar;
  /** Do not count a case that has not finished as a deviation (a log exported while cases run). Default `false`. */
  readonly allowIncomplete?: boolean;
  /** Keep every step of every case in `cases[i].steps` (the vitest matchers read them). Default `true`; a big log checks in less memory with `false`. */
  readonly steps?: boolean;
}

/** Anything {@link checkConformance} reads as a log: a read log, or a list of events (normalised first). */
export type LogInput = ParsedLog | readonly unknown[];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const normLabel = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/^(langkah|step|no\.?)\s*/, '')
    .replace(/\.$/, '');

/** The steps a log's step text may name: the step with that id, else every step with that document number. @internal */
export function stepsNamed(flow: Flow, text: string): number[] {
  const byId = flow.byId.get(text.trim());
  if (byId !== undefined) return [byId.index];
  const key = normLabel(text);
  return flow.nodes.filter((n) => normLabel(n.step.label) === key).map((n) => n.index);
}

/** Resolves a log's step (id or document number) to a node: the current step, else the first step after it with that label. @internal */
export function resolveStep(flow: Flow, text: string, current: string | undefined): Flow['nodes'][number] | undefined {
  const found = stepsNamed(flow, text).map((i) => flow.nodes[i]!);
  if (found.length <= 1 || current === undefined) return found[0];
  const at = flow.byId.get(current)?.index ?? 0;
  return found.find((n) => n.index === at) ?? found.find((n) => n.index > at) ?? found[0];
}

/** The summary under construction. */
class SummaryTotals {
  cases = 0;
  conformant = 0;
  fitness = 0;
  events = 0;
  readonly byKind: Record<string, number> = {};
  readonly byStep: Record<string, number> = {};
  readonly reworks: Record<string, number> = {};
  readonly timing = new Map<string, { visits: number; over: number; sum: number; max: number; maxRatio: number; budget: number }>();

  addCase(c: CaseConformance): void {
    this.cases++;
    if (c.conformant) this.conformant++;
    this.fitness += c.fitness;
    this.events += c.events;
    for (const d of c.deviations) {
      this.byKind[d.kind] = (this.byKind[d.kind] ?? 0) + 1;
      if (d.step !== undefined) this.byStep[d.step] = (this.byStep[d.step] ?? 0) + 1;
    }
    for (const [id, n] of Object.entries(c.reworks)) this.reworks[id] = (this.reworks[id] ?? 0) + n;
  }

  addTiming(step: string, elapsed: number, budget: number): void {
    let t = this.timing.get(step);
    if (t === undefined) {
      t = { visits: 0, over: 0, sum: 0, max: 0, maxRatio: 0, budget };
      this.timing.set(step, t);
    }
    t.visits++;
    t.sum += elapsed;
    if (elapsed > budget + 1e-9) t.over++;
    if (elapsed > t.max) t.max = elapsed;
    if (elapsed / budget > t.maxRatio) t.maxRatio = elapsed / budget;
  }

  summary(flow: Flow, variants: number, problems: number): ConformanceSummary {
    const slowestSteps: StepTimingSummary[] = [...this.timing.entries()]
      .map(([step, t]) => ({ step, label: flow.byId.get(step)?.step.label ?? step, budgetMinutes: t.budget, visits: t.visits, overBudget: t.over, meanMinutes: t.sum / t.visits, maxMinutes: t.max, maxRatio: t.maxRatio }))
      .sort((a, b) => b.maxRatio - a.maxRatio || a.step.localeCompare(b.step));
    return {
      cases: this.cases,
      conformant: this.conformant,
      deviating: this.cases - this.conformant,
      meanFitness: this.cases === 0 ? 1 : this.fitness / this.cases,
      variants,
      events: this.events,
      deviationsByKind: this.byKind,
      deviationsByStep: this.byStep,
      reworksByStep: this.reworks,
      slowestSteps,
      problems,
    };
  }
}

/** What one case's walk through its variant's plan builds. */
interface CaseWalk {
  readonly caseId: string;
  readonly events: Int32Array;
  readonly deviations: Deviation[];
  readonly steps: ReplayedStep[] | undefined;
  lastAt: number;
}

/**
 * A streaming conformance check: feed it events (and malformed rows) in any order of cases,
 * then ask for the report. Events are held in a compact columnar store; each distinct
 * control-flow variant is aligned once; the data-aware checks run per event.
 *
 * @example
 * ```ts
 * const checker = new ConformanceChecker(getSop('pembuatan-sk-tim-kerja-bidang-3'), { calendar: kalbarCalendar })
 * for (const e of events) checker.event(e)
 * const report = checker.report()
 * ```
 */
export class ConformanceChecker implements LogSink {
  private readonly store = new EventStore();
  private readonly problems: LogProblem[] = [];
  private readonly flow: Flow;
  private readonly model: AlignModel;
  private readonly calendar: WorkCalendar;
  private readonly roles: RoleRegistry<string>;
  private readonly budgets: ReadonlyMap<string, number>;
  private readonly judge: Judge;
  private readonly verdicts = new Map<number, boolean>();
  private readonly variants = new Map<string, VariantPlan>();
  private readonly stepNodes: (readonly number[])[] = [];
  private readonly who: string[];
  private readonly allowIncomplete: boolean;
  private readonly keepSteps: boolean;
  private readonly totals = new SummaryTotals();

  /**
   * @param definition - the SOP
   * @param options - calendar, `allowIncomplete`, role catalogue, whether to keep the steps
   */
  constructor(
    private readonly definition: AnySopDefinition,
    options: ConformanceOptions = {},
  ) {
    this.calendar = options.calendar ?? kalbarCalendar;
    this.roles = options.roles ?? (defaultRoles as RoleRegistry<string>);
    this.flow = compileFlow(definition);
    this.model = alignModel(this.flow);
    const machine = createSopMachine(definition, { calendar: this.calendar, roles: this.roles });
    const info = infoOf(machine)!;
    this.budgets = info.budgets;
    this.judge = info.judge;
    this.who = this.flow.nodes.map((n) => this.names(n.step.pelaksana));
    this.allowIncomplete = options.allowIncomplete === true;
    this.keepSteps = options.steps !== false;
  }

  /** Adds one event of the log. */
  event(e: LogEvent): void {
    this.store.add(e);
  }

  /** Adds one malformed row (reported, not checked). */
  problem(p: LogProblem): void {
    this.problems.push(p);
  }

  /** The verdict per case (in order of first appearance), the summary, and the malformed rows. */
  report(): ConformanceReport {
    const cases: CaseConformance[] = [];
    for (let c = 0; c < this.store.cases.length; c++) {
      const result = this.checkCase(c);
      this.totals.addCase(result);
      cases.push(result);
    }
    const summary = this.totals.summary(this.flow, this.variants.size, this.problems.length);
    return { sopId: this.definition.id, calendar: this.calendar.id, cases, summary, problems: this.problems, provisional: this.provisionalYears() };
  }

  /** The provisional calendar years between the log's first and last instant. */
  private provisionalYears(): readonly number[] {
    const s = this.store;
    let from = Infinity;
    let to = -Infinity;
    for (let i = 0; i < s.size; i++) {
      const c = s.completedAt[i]!;
      const b = Number.isNaN(s.startedAt[i]!) ? c : s.startedAt[i]!;
      if (b < from) from = b;
      if (c > to) to = c;
    }
    return from <= to ? provisionalYears(this.calendar, from, to) : [];
  }

  private names(rs: readonly string[]): string {
    return rs.map((r) => (this.roles.has(r) ? this.roles.info(r).name : r)).join(' / ');
  }

  private nodesOf(step: number): readonly number[] {
    let hit = this.stepNodes[step];
    if (hit === undefined) {
      hit = stepsNamed(this.flow, this.store.steps[step]!);
      this.stepNodes[step] = hit;
    }
    return hit;
  }

  /** The plan of a case's variant (the sequence of step texts, and the decision at each), aligned once. */
  private planOf(events: Int32Array): VariantPlan {
    const s = this.store;
    let key = '';
    for (const i of events) key += `${s.step[i]!}.${s.decision[i]!},`;
    let plan = this.variants.get(key);
    if (plan === undefined) {
      const steps = Array.from(events, (i) => this.nodesOf(s.step[i]!));
      const decisions = Array.from(events, (i) => s.decision[i]!);
      plan = planVariant(this.model, { steps, decisions }, this.allowIncomplete);
      this.variants.set(key, plan);
    }
    return plan;
  }

  private checkCase(c: number): CaseConformance {
    const s = this.store;
    const events = s.eventsOf(c);
    const plan = this.planOf(events);
    const first = events[0]!;
    const startedAt = Number.isNaN(s.startedAt[first]!) ? s.completedAt[first]! : s.startedAt[first]!;
    const walk: CaseWalk = { caseId: s.cases[c]!, events, deviations: [], steps: this.keepSteps ? [] : undefined, lastAt: startedAt };
    for (let k = 0; k < plan.size; k++) {
      const issue = plan.issue[k]!;
      const event = plan.event[k]!;
      if (issue >= 0) {
        const kind = FLOW_ISSUES[issue]!;
        this.flowDeviation(walk, kind, plan.node[k]!, event, plan.visitOrOther[k]!, plan.state[k]!);
        // a logged event the SOP does not place still happened: the next step is measured from it
        if (kind !== 'skipped-step' && kind !== 'after-end' && event >= 0) walk.lastAt = Math.max(walk.lastAt, s.completedAt[events[event]!]!);
      } else if (event === -1) this.assumedStep(walk, plan.node[k]!, plan.visitOrOther[k]!);
      else this.loggedStep(walk, plan.node[k]!, plan.state[k]!, plan.transition[k]!, event, plan.visitOrOther[k]!);
    }
    const n = this.flow.nodes.length;
    const result: Mutable<CaseConformance> = {
      case: walk.caseId,
      conformant: walk.deviations.length === 0,
      fitness: plan.alignment.fitness,
      cost: plan.alignment.cost,
      status: plan.end < n ? 'berjalan' : plan.end === n ? 'selesai' : 'ditolak',
      deviations: walk.deviations,
      steps: walk.steps ?? [],
      reworks: Object.fromEntries([...plan.reworks].map(([k, v]) => [this.flow.nodes[k]!.id, v])),
      totalMinutes: this.calendar.workingMinutesBetween(startedAt, walk.lastAt),
      startedAt,
      events: events.length,
    };
    if (plan.end < n) result.currentStep = this.flow.nodes[plan.end]!.id;
    else result.endedAt = plan.endEvent === -1 ? walk.lastAt : s.completedAt[events[plan.endEvent]!]!;
    return result;
  }

  /** A state's label for a message: a step's document number, or the final state's name. */
  private stateLabel(state: number): string {
    const n = this.flow.nodes.length;
    return state < 0 ? '-' : state < n ? this.flow.nodes[state]!.step.label : state === n ? 'selesai' : 'ditolak';
  }

  private stateId(state: number): string {
    const n = this.flow.nodes.length;
    return state < 0 ? 'none' : state < n ? this.flow.nodes[state]!.id : state === n ? 'selesai' : 'ditolak';
  }

  /** Records a deviation worded by `message` (a kind, or `kind.variant`) of the catalogue. */
  private deviate(walk: CaseWalk, message: DeviationMessage, node: number, event: number, params: Partial<DeviationParams>, d: { readonly expected: string; readonly actual: string; readonly minutes?: number; readonly step?: string }): void {
    const flowNode = node >= 0 && node < this.flow.nodes.length ? this.flow.nodes[node]! : undefined;
    const p: DeviationParams = { label: flowNode?.step.label ?? d.step ?? '?', who: flowNode === undefined ? '-' : this.who[node]!, ...params };
    const t = DEVIATION_MESSAGES[message];
    const kind = message.split('.')[0] as DeviationKind;
    const out: Mutable<Deviation> = { kind, case: walk.caseId, expected: d.expected, actual: d.actual, message: t.en(p), pesan: t.id(p) };
    const step = flowNode?.id ?? d.step;
    if (step !== undefined) out.step = step;
    if (flowNode !== undefined) out.label = flowNode.step.label;
    const line = event >= 0 ? this.store.line[walk.events[event]!]! : 0;
    if (line > 0) out.line = line;
    if (d.minutes !== undefined) out.minutes = d.minutes;
    walk.deviations.push(out);
  }

  /** A deviation of the control flow, from the variant's alignment. */
  private flowDeviation(walk: CaseWalk, kind: FlowIssueKind, node: number, event: number, other: number, state: number): void {
    const id = this.stateId(node);
    switch (kind) {
      case 'unknown-step': {
        const text = this.store.steps[this.store.step[walk.events[event]!]!]!;
        return this.deviate(walk, kind, -1, event, { label: text }, { step: text, expected: this.flow.nodes.map((x) => x.id).join('|'), actual: text });
      }
      case 'skipped-step':
        return this.deviate(walk, kind, node, event, { other: other === -1 ? '-' : this.stateLabel(other) }, { expected: id, actual: this.stateId(other) });
      case 'after-end':
        return this.deviate(walk, kind, node, event, { other: this.stateId(other) }, { expected: 'no event', actual: id });
      case 'incomplete-case':
        // where the case should have ended: ditolak while a forward refusal is pending
        return this.deviate(walk, kind, node, event, {}, { expected: this.pending(state) ? 'ditolak' : 'selesai', actual: id });
      default:
        // out-of-order, inserted-step: the case was at `other` when the log recorded the step
        return this.deviate(walk, kind, node, event, { other: this.stateLabel(other) }, { expected: this.stateId(other), actual: id });
    }
  }

  /** Whether a forward refusal is pending in model state `state` (the case will end `ditolak`). */
  private pending(state: number): boolean {
    return state >= 0 && state < this.model.steps && flowStates(this.flow).positions[state]!.refusedAt !== undefined;
  }

  /** A step the SOP needed where the log has none (a model move): it takes no time. */
  private assumedStep(walk: CaseWalk, state: number, visit: number): void {
    if (walk.steps === undefined) return;
    const node = this.flow.nodes[state]!;
    walk.steps.push({ step: node.id, label: node.step.label, visit, enteredAt: walk.lastAt, leftAt: walk.lastAt, elapsedMinutes: 0, budgetMinutes: this.budgets.get(node.id)!, source: 'assumed' });
  }

  /** Whether the machine's judge lets this performer complete this step. */
  private performs(node: number, performer: number): boolean {
    const key = performer * 1024 + node;
    let ok = this.verdicts.get(key);
    if (ok === undefined) {
      const p = this.store.performers[performer]!;
      const stepId = this.flow.nodes[node]!.id;
      const open = { stepId, visit: 1, enteredAt: 0, budgetMinutes: 1 };
      const context = { sopId: this.definition.id, revision: 0, visits: [open], totalMinutes: 0 } as unknown as SopContext;
      const type = this.flow.nodes[node]!.kind === 'task' ? 'SELESAI' : 'SETUJU';
      const verdict = judgeEvent(this.judge, context, { type, actor: p.actingAs === undefined ? { role: p.role } : { role: p.role, actingAs: p.actingAs }, at: 0 });
      // WRONG_ROLE, or a role the machine's catalogue lacks: either way not a performer of the step
      ok = verdict.ok;
      this.verdicts.set(key, ok);
    }
    return ok;
  }

  /** A step the log and the SOP agree on (a synchronous move): the data-aware checks. */
  private loggedStep(walk: CaseWalk, step: number, state: number, t: number, event: number, visit: number): void {
    const s = this.store;
    const i = walk.events[event]!;
    const node = this.flow.nodes[step]!;
    const transition = this.model.transitions[state]![t]!;
    const performer = s.performer[i]!;
    const p = s.performers[performer]!;
    if (p.actingAs !== undefined && p.actingAs.role === p.role) {
      this.deviate(walk, 'acting-without-role', step, event, { actual: `${p.actingAs.as === 'plt' ? 'Plt.' : 'Plh.'} ${this.names([p.role])}` }, { expected: 'role', actual: `${p.actingAs.as} ${p.role}` });
    }
    if (!this.performs(step, performer)) {
      this.deviate(walk, 'wrong-performer', step, event, { actual: this.names([p.role]) }, { expected: node.step.pelaksana.join('|'), actual: p.role });
    }
    this.checkDecision(walk, step, this.model.nodeOf[transition.to]!, event, transition.type, s.decision[i]!);
    const completedAt = s.completedAt[i]!;
    const from = Number.isNaN(s.startedAt[i]!) ? walk.lastAt : s.startedAt[i]!;
    const elapsed = this.calendar.workingMinutesBetween(from, completedAt);
    const budget = this.budgets.get(node.id)!;
    this.totals.addTiming(node.id, elapsed, budget);
    if (elapsed > budget + 1e-9) {
      const excess = elapsed - budget;
      this.deviate(walk, 'over-budget', step, event, { budget: node.step.waktu.text?.trim() || formatDuration(node.step.waktu), minutes: excess }, { expected: String(budget), actual: String(elapsed), minutes: excess });
    }
    if (walk.steps !== undefined) {
      const rec: Mutable<ReplayedStep> = { step: node.id, label: node.step.label, visit, enteredAt: walk.lastAt, leftAt: completedAt, elapsedMinutes: elapsed, budgetMinutes: budget, role: p.role, source: 'log' };
      if (transition.type !== 'SELESAI') rec.decision = transition.type === 'SETUJU' ? 'setuju' : 'tidak-setuju';
      if (s.line[i]! > 0) rec.line = s.line[i]!;
      walk.steps.push(rec);
    }
    walk.lastAt = completedAt;
  }

  /** The decision the log records against the transition the alignment took. */
  private checkDecision(walk: CaseWalk, state: number, target: number, event: number, taken: 'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU', logged: number): void {
    const loggedText = logged === 1 ? 'setuju' : logged === 2 ? 'tidak-setuju' : 'none';
    if (taken === 'SELESAI') {
      if (logged === 2) this.deviate(walk, 'unexpected-decision', state, event, { actual: 'tidak setuju' }, { expected: 'none', actual: loggedText });
      return;
    }
    const refused = taken === 'TIDAK_SETUJU';
    if (logged === 0) {
      // worded by what the flow's refusal does (sent back, on to a later step, or the end), never by the target's place
      const refusal = refused ? this.flow.nodes[state]!.refusal : undefined;
      const message = refusal === undefined ? 'missing-decision' : (`missing-decision.${refusal}` as const);
      this.deviate(walk, message, state, event, refusal === undefined ? {} : { other: this.stateLabel(target) }, { expected: refused ? 'tidak-setuju' : 'setuju|tidak-setuju', actual: 'none' });
    } else if ((logged === 1) === refused) {
      const expected = refused ? 'tidak-setuju' : 'setuju';
      this.deviate(walk, 'contradicted-decision', state, event, { expected: expected.replace('-', ' '), actual: loggedText.replace('-', ' '), other: this.stateLabel(target) }, { expected, actual: loggedText });
    }
  }
}

/**
 * Checks every case of a log against an SOP by optimal alignment.
 *
 * Each case's events are taken in time order (completion time). Each distinct variant (the
 * sequence of steps, with the decision at each) is aligned once against the SOP's flow, as
 * ProM and PM4Py do: a minimum-cost alignment with a log move and a model move costing 1 and
 * a synchronous move 0, over the steps and the transitions of `compileFlow` (rework loops
 * included). From its moves come the control-flow deviations: `skipped-step` (a model move),
 * `out-of-order` (a model move and a log move of the same step: one swap), `inserted-step`,
 * `unknown-step`, `after-end` (log moves), `incomplete-case` (the model moves after the last
 * logged step, unless `allowIncomplete`). The steps both agree on are then checked event by
 * event: the performer by the machine's own judge (`wrong-performer`), a Plt./Plh. with no
 * own role (`acting-without-role`), the logged decision against the transition the next step
 * shows (`missing-decision`, `contradicted-decision`, `unexpected-decision`), and the working
 * minutes on the calendar against the step's budget (`over-budget`: from `started_at` when
 * the log gives it, else from the previous completion).
 *
 * `fitness` is the standard alignment fitness, `1 − cost / (events + shortest complete run of
 * the SOP)`, so it compares with other tools; the data-aware deviations do not lower it. A case
 * is conformant when it has no deviation of any kind. A rework the SOP allows is no deviation;
 * reworks are counted per step (visits beyond the first).
 *
 * @param definition - the SOP
 * @param log - a read log (`readLog`, `readCsvLog` …) or a list of events
 * @param options - calendar, `allowIncomplete`, role catalogue, zone of offset-less timestamps, `steps: false` for a big log
 * @returns the verdict per case (in order of first appearance), a summary, and the malformed rows
 *
 * @example
 * ```ts
 * const report = checkConformance(getSop('pembuatan-sk-tim-kerja-bidang-3'), readCsvLog(text), { calendar: kalbarCalendar })
 * for (const c of report.cases) for (const d of c.deviations) console.log(c.case, d.pesan)
 * ```
 */
export function checkConformance(definition: AnySopDefinition, log: LogInput, options: ConformanceOptions = {}): ConformanceReport {
  const checker = new ConformanceChecker(definition, options);
  if (isParsedLog(log)) {
    for (const e of log.events) checker.event(e);
    for (const p of log.problems) checker.problem(p);
  } else {
    const reader = new LogRowReader(options);
    log.forEach((row, i) => {
      const r = normalizeLogEvent(row, i + 1, reader);
      if (r.ok) checker.event(r.event);
      else checker.problem(r.problem);
    });
  }
  return checker.report();
}

function isParsedLog(log: LogInput): log is ParsedLog {
  return !Array.isArray(log) && typeof log === 'object' && log !== null && Array.isArray((log as ParsedLog).events);
}
