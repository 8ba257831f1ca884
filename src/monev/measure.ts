/**
 * The figures of one SOP in one period, measured from the replay of its cases
 * (`checkConformance`): counts, lead time against the nominal time, steps against their
 * waktu, decisions, deviations, workload per role and the monthly share within mutu baku.
 */
import type { CaseConformance, ConformanceReport, DeviationKind, ReplayedStep } from 'sop-ap';
import { compileFlow, replayFlow, type AnySopDefinition, type Flow, type FlowAnswer, type FlowNode, type RefusalKind } from 'sop-ap';
import type { RoleRegistry } from 'sop-ap';
import { durationToMinutes, formatDuration, type WorkCalendar } from 'sop-ap';
import type { MonevPeriod } from './period.js';
import { quantile, share } from './stats.js';

/** How many cases the period holds, by status at the end of the period (or at `asOf`). */
export interface MonevCounts {
  /** Cases that started in the period. */
  readonly total: number;
  /** Finished (`selesai`) and refused (`ditolak`): the cases that ended. */
  readonly ended: number;
  readonly selesai: number;
  readonly ditolak: number;
  /** Still open (`berjalan`). */
  readonly berjalan: number;
  /** Open cases whose working time so far already exceeds the nominal lead time. */
  readonly berjalanOverdue: number;
}

/** The lead time of the finished cases against the SOP's nominal time. */
export interface MonevLeadTime {
  /** The nominal lead time (every decision SETUJU, every step its waktu), working minutes. */
  readonly nominalMinutes: number;
  /** Finished (`selesai`) cases measured. */
  readonly count: number;
  /** Of those, how many took no longer than the nominal time. */
  readonly within: number;
  /** `within / count`, `null` without finished cases. */
  readonly withinShare: number | null;
  readonly medianMinutes: number | null;
  readonly p90Minutes: number | null;
  readonly maxMinutes: number | null;
  /** Each finished case's lead time in working minutes, in case order (for the distribution). */
  readonly values: readonly number[];
}

/** One step against its waktu over the period's logged completions. */
export interface MonevStep {
  readonly step: string;
  /** The document's number. */
  readonly label: string;
  /** The waktu as the SOP writes it (`15 Menit`). */
  readonly waktu: string;
  /** The waktu in working minutes. */
  readonly budgetMinutes: number;
  /** Logged completions measured (reworks included). */
  readonly visits: number;
  readonly medianMinutes: number | null;
  readonly p90Minutes: number | null;
  readonly maxMinutes: number | null;
  /** Completions over the waktu. */
  readonly overBudget: number;
  /** `overBudget / visits`. */
  readonly overShare: number | null;
  /** Median as a share of the waktu (1 = exactly the waktu). */
  readonly medianRatio: number | null;
  /** p90 as a share of the waktu. */
  readonly p90Ratio: number | null;
}

/** A decision step: how often it said TIDAK SETUJU, and what that did. */
export interface MonevDecision {
  readonly step: string;
  readonly label: string;
  /** Decisions on the cases' paths (SETUJU and TIDAK SETUJU), as the conformance alignment reads them. */
  readonly decisions: number;
  readonly setuju: number;
  readonly tidakSetuju: number;
  /** `tidakSetuju / decisions`. */
  readonly refusalShare: number | null;
  /**
   * What TIDAK SETUJU does, as `compileFlow` reads the SOP (`FlowNode.refusal`): send the case
   * back for rework, end it at once (`ditolak`), or go forward to a later step (a letter) and
   * end it `ditolak` there.
   */
  readonly action: RefusalKind;
  /** The step a refusal goes to (rework or forward): its id and number. */
  readonly toStep?: string;
  readonly toLabel?: string;
  /** Cases with at least one TIDAK SETUJU here. */
  readonly cases: number;
  /** Cases that ended `ditolak` by this decision's refusal (the refusal `replayFlow` leaves deciding). */
  readonly ditolak: number;
  /** Open cases whose refusal here is pending: on their way to end `ditolak` (forward refusals). */
  readonly ditolakPending: number;
  /** The mutu baku of the refused path through this decision (`nominalLeadTime(def).refusals`), working minutes; absent when the decision's refusal never ends a case, or it is off the main path. */
  readonly refusedNominalMinutes?: number;
  /** Of the `ditolak` cases, how many ended within `refusedNominalMinutes`. */
  readonly ditolakWithin: number;
  /** Decisions the log did not record here (`missing-decision`). */
  readonly missing: number;
}

/** One kind of conformance deviation over the period's cases. */
export interface MonevDeviation {
  readonly kind: DeviationKind;
  /** How many deviations of this kind. */
  readonly count: number;
  /** How many cases have at least one. */
  readonly cases: number;
  /** `cases / total cases`. */
  readonly caseShare: number | null;
  /** Counts by step number. */
  readonly byStep: Readonly<Record<string, number>>;
}

/** A step performed by a role the SOP does not give it to. */
export interface MonevWrongPerformer {
  readonly step: string;
  readonly label: string;
  /** The SOP's pelaksana (role ids). */
  readonly expected: readonly string[];
  /** Who performed it instead: role id → times. */
  readonly actual: Readonly<Record<string, number>>;
  readonly count: number;
}

/** The work one role did in the period. */
export interface MonevRoleLoad {
  readonly role: string;
  /** The official name from the role catalogue. */
  readonly name: string;
  /** Logged step completions. */
  readonly steps: number;
  /** Working minutes those completions took. */
  readonly minutes: number;
  /** Cases the role worked on. */
  readonly cases: number;
  /** Its share of all logged completions. */
  readonly stepShare: number;
}

/** The share within mutu baku of the cases finished in one month. */
export interface MonevMonthFigure {
  readonly key: string;
  readonly label: string;
  /** Cases that finished (`selesai`) in the month. */
  readonly finished: number;
  readonly within: number;
  readonly withinShare: number | null;
}

/** The measured figures of one SOP. @internal */
export interface SopFigures {
  readonly counts: MonevCounts;
  readonly leadTime: MonevLeadTime;
  readonly steps: readonly MonevStep[];
  readonly decisions: readonly MonevDecision[];
  /** Reworks (visits beyond the first) over all steps, and the cases with any. */
  readonly reworks: { readonly total: number; readonly cases: number };
  readonly deviations: readonly MonevDeviation[];
  readonly wrongPerformer: readonly MonevWrongPerformer[];
  readonly workload: readonly MonevRoleLoad[];
  readonly months: readonly MonevMonthFigure[];
}

const EPS = 1e-9;

function counts(cases: readonly CaseConformance[], nominal: number, asOf: number, calendar: WorkCalendar): MonevCounts {
  let selesai = 0;
  let ditolak = 0;
  let overdue = 0;
  for (const c of cases) {
    if (c.status === 'selesai') selesai++;
    else if (c.status === 'ditolak') ditolak++;
    else if (calendar.workingMinutesBetween(c.startedAt, Math.max(asOf, c.startedAt)) > nominal + EPS) overdue++;
  }
  return { total: cases.length, ended: selesai + ditolak, selesai, ditolak, berjalan: cases.length - selesai - ditolak, berjalanOverdue: overdue };
}

function leadTime(cases: readonly CaseConformance[], nominal: number): MonevLeadTime {
  const values = cases.filter((c) => c.status === 'selesai').map((c) => c.totalMinutes);
  const within = values.filter((v) => v <= nominal + EPS).length;
  return {
    nominalMinutes: nominal,
    count: values.length,
    within,
    withinShare: share(within, values.length),
    medianMinutes: quantile(values, 0.5),
    p90Minutes: quantile(values, 0.9),
    maxMinutes: values.length === 0 ? null : Math.max(...values),
    values,
  };
}

function steps(def: AnySopDefinition, cases: readonly CaseConformance[], calendar: WorkCalendar): MonevStep[] {
  const times = new Map<string, number[]>();
  for (const c of cases) for (const s of c.steps) if (s.source === 'log') (times.get(s.step) ?? times.set(s.step, []).get(s.step)!).push(s.elapsedMinutes);
  return compileFlow(def).nodes.map((n) => {
    const v = times.get(n.id) ?? [];
    // The budget as the machine sets it (durationToMinutes on the calendar's working day).
    const budgetMinutes = durationToMinutes(n.step.waktu, calendar.minutesPerDay);
    const median = quantile(v, 0.5);
    const p90 = quantile(v, 0.9);
    const over = v.filter((x) => x > budgetMinutes + EPS).length;
    return {
      step: n.id,
      label: n.step.label,
      waktu: n.step.waktu.text?.trim() || formatDuration(n.step.waktu),
      budgetMinutes,
      visits: v.length,
      medianMinutes: median,
      p90Minutes: p90,
      maxMinutes: v.length === 0 ? null : Math.max(...v),
      overBudget: over,
      overShare: share(over, v.length),
      medianRatio: median === null || budgetMinutes <= 0 ? null : median / budgetMinutes,
      p90Ratio: p90 === null || budgetMinutes <= 0 ? null : p90 / budgetMinutes,
    };
  });
}

/** The flow answer a replayed step gives (`undefined` for a decision the alignment assumed: no answer known). */
function answerOf(node: FlowNode, s: ReplayedStep): FlowAnswer | undefined {
  if (node.kind === 'task') return 'SELESAI';
  return s.decision === 'setuju' ? 'SETUJU' : s.decision === 'tidak-setuju' ? 'TIDAK_SETUJU' : undefined;
}

/** The decision whose refusal decides a case's outcome (`ditolak`, or pending while it runs), by the flow's one transition rule. */
function decidingRefusal(flow: Flow, c: CaseConformance): string | undefined {
  const records: { stepId: string; event: FlowAnswer | undefined }[] = [];
  for (const s of c.steps) {
    const node = flow.byId.get(s.step);
    if (node !== undefined) records.push({ stepId: s.step, event: answerOf(node, s) });
  }
  return replayFlow(flow, records).refusedAt;
}

function decisions(def: AnySopDefinition, cases: readonly CaseConformance[], refused: ReadonlyMap<string, number>): MonevDecision[] {
  const flow = compileFlow(def);
  const deciding = new Map(cases.map((c) => [c.case, c.status === 'selesai' ? undefined : decidingRefusal(flow, c)]));
  return flow.nodes
    .filter((n) => n.kind === 'decision')
    .map((n) => {
      let setuju = 0;
      let tidak = 0;
      let missing = 0;
      let withRefusal = 0;
      let ditolak = 0;
      let pending = 0;
      let within = 0;
      const nominal = refused.get(n.id);
      for (const c of cases) {
        let refusedHere = false;
        for (const s of c.steps) {
          if (s.step !== n.id || s.source !== 'log') continue;
          if (s.decision === 'setuju') setuju++;
          else if (s.decision === 'tidak-setuju') {
            tidak++;
            refusedHere = true;
          }
        }
        missing += c.deviations.filter((d) => d.kind === 'missing-decision' && d.step === n.id).length;
        if (refusedHere) withRefusal++;
        if (deciding.get(c.case) !== n.id) continue;
        if (c.status === 'ditolak') {
          ditolak++;
          if (nominal !== undefined && c.totalMinutes <= nominal + EPS) within++;
        } else pending++;
      }
      const to = n.refusal === 'rework' || n.refusal === 'forward' ? flow.byId.get(n.refuse!) : undefined;
      return {
        step: n.id,
        label: n.step.label,
        decisions: setuju + tidak,
        setuju,
        tidakSetuju: tidak,
        refusalShare: share(tidak, setuju + tidak),
        action: n.refusal ?? 'end',
        ...(to === undefined ? {} : { toStep: to.id, toLabel: to.step.label }),
        cases: withRefusal,
        ditolak,
        ditolakPending: pending,
        ...(nominal === undefined ? {} : { refusedNominalMinutes: nominal }),
        ditolakWithin: within,
        missing,
      };
    });
}

function deviations(cases: readonly CaseConformance[]): { kinds: MonevDeviation[]; wrong: MonevWrongPerformer[] } {
  const kinds = new Map<DeviationKind, { count: number; cases: Set<string>; byStep: Record<string, number> }>();
  const wrong = new Map<string, { label: string; expected: string[]; actual: Record<string, number>; count: number }>();
  for (const c of cases) {
    for (const d of c.deviations) {
      const k = kinds.get(d.kind) ?? { count: 0, cases: new Set<string>(), byStep: {} };
      k.count++;
      k.cases.add(c.case);
      const at = d.label ?? d.step ?? '?';
      k.byStep[at] = (k.byStep[at] ?? 0) + 1;
      kinds.set(d.kind, k);
      if (d.kind === 'wrong-performer' && d.step !== undefined) {
        const w = wrong.get(d.step) ?? { label: d.label ?? d.step, expected: d.expected.split('|'), actual: {}, count: 0 };
        w.actual[d.actual] = (w.actual[d.actual] ?? 0) + 1;
        w.count++;
        wrong.set(d.step, w);
      }
    }
  }
  return {
    kinds: [...kinds.entries()].map(([kind, k]) => ({ kind, count: k.count, cases: k.cases.size, caseShare: share(k.cases.size, cases.length), byStep: k.byStep })),
    wrong: [...wrong.entries()].map(([step, w]) => ({ step, ...w })),
  };
}

function workload(cases: readonly CaseConformance[], roles: RoleRegistry<string>): MonevRoleLoad[] {
  const by = new Map<string, { steps: number; minutes: number; cases: Set<string> }>();
  let all = 0;
  for (const c of cases) {
    for (const s of c.steps) {
      if (s.source !== 'log' || s.role === undefined) continue;
      const r = by.get(s.role) ?? { steps: 0, minutes: 0, cases: new Set<string>() };
      r.steps++;
      r.minutes += s.elapsedMinutes;
      r.cases.add(c.case);
      by.set(s.role, r);
      all++;
    }
  }
  return [...by.entries()]
    .map(([role, r]) => ({ role, name: roles.has(role) ? roles.info(role).name : role, steps: r.steps, minutes: r.minutes, cases: r.cases.size, stepShare: r.steps / all }))
    .sort((a, b) => b.minutes - a.minutes || b.steps - a.steps || a.role.localeCompare(b.role));
}

function months(cases: readonly CaseConformance[], nominal: number, period: MonevPeriod): MonevMonthFigure[] {
  return period.months.map((m) => {
    const done = cases.filter((c) => c.status === 'selesai' && c.endedAt !== undefined && c.endedAt >= m.start && c.endedAt < m.end);
    const within = done.filter((c) => c.totalMinutes <= nominal + EPS).length;
    return { key: m.key, label: m.label, finished: done.length, within, withinShare: share(within, done.length) };
  });
}

/** Measures one SOP's period from its replay. @internal */
export function measure(
  def: AnySopDefinition,
  report: ConformanceReport,
  context: {
    readonly nominalMinutes: number;
    /** The mutu baku of each refused path, by the refusing decision's id (`nominalLeadTime(def).refusals`). */
    readonly refusedNominal: ReadonlyMap<string, number>;
    readonly period: MonevPeriod; readonly asOf: number; readonly calendar: WorkCalendar; readonly roles: RoleRegistry<string> },
): SopFigures {
  const cases = report.cases;
  const { nominalMinutes: nominal } = context;
  const dev = deviations(cases);
  let reworkTotal = 0;
  let reworkCases = 0;
  for (const c of cases) {
    const n = Object.values(c.reworks).reduce((a, b) => a + b, 0);
    reworkTotal += n;
    if (n > 0) reworkCases++;
  }
  return {
    counts: counts(cases, nominal, context.asOf, context.calendar),
    leadTime: leadTime(cases, nominal),
    steps: steps(def, cases, context.calendar),
    decisions: decisions(def, cases, context.refusedNominal),
    reworks: { total: reworkTotal, cases: reworkCases },
    deviations: dev.kinds,
    wrongPerformer: dev.wrong,
    workload: workload(cases, context.roles),
    months: months(cases, nominal, context.period),
  };
}
