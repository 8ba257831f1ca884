import { SopError } from '../errors/index.js';
import { FINAL_STATES, replayFlow, type CaseStatus } from '../definition/index.js';
import { provisionalYears, toEpochMs, type InstantInput } from '../time/index.js';
import { humanTime } from './judge.js';
import { caseTimes, type SopContext } from './context.js';
import { infoOf, isRework } from './create.js';

/** How the current step stands against its budget: under 75 %, from 75 % to 100 %, past 100 %. */
export type TimingLevel = 'on-time' | 'warning' | 'breach';

/** The share of the budget from which a step is at `warning`. */
export const WARNING_THRESHOLD = 0.75;

/** The timing of the step a case is at. */
export interface StepTiming {
  readonly stepId: string;
  /** The document's number of the step. */
  readonly label: string;
  /** 1 for the first visit, 2 for the first rework … */
  readonly visit: number;
  readonly enteredAt: number;
  /** Working minutes since the step was entered. */
  readonly elapsedMinutes: number;
  /** The step's budget in working minutes. */
  readonly budgetMinutes: number;
  /** Budget minus elapsed; negative past the budget. */
  readonly remainingMinutes: number;
  /** Elapsed as a percentage of the budget. */
  readonly percent: number;
  readonly level: TimingLevel;
}

/** The totals of one step over its visits. */
export interface StepTotal {
  readonly visits: number;
  /** Working minutes over all visits (the open one up to `now`). */
  readonly minutes: number;
  /** Visits beyond the first: how often the step was done again because of a rework. */
  readonly revisits: number;
  /** At a decision step: how many of its TIDAK SETUJU sent the case back for rework (0 elsewhere). */
  readonly reworks: number;
  /** The budget of one visit, in working minutes. */
  readonly budgetMinutes: number;
}

/** The service time of a case at a given instant. */
export interface ServiceTime {
  readonly sopId: string;
  readonly caseId: string | undefined;
  /** `berjalan` while the case runs, else its final state. */
  readonly status: CaseStatus;
  /**
   * The decision whose TIDAK SETUJU refused the case: while it runs, a forward refusal whose
   * path it is on (it will end `ditolak`); once ended, the refusal that decided `ditolak`.
   */
  readonly refusedAt: string | undefined;
  /** The current step, while the case runs. */
  readonly current: StepTiming | undefined;
  /** Working minutes of the whole case so far (closed visits plus the open one up to `now`). */
  readonly totalMinutes: number;
  /** Per step: visits, working minutes (the open visit included), revisits, reworks, and the budget of one visit. */
  readonly steps: Readonly<Record<string, StepTotal>>;
  /** How many TIDAK SETUJU sent the case back for rework (the one meaning of "rework" in the library). */
  readonly reworks: number;
  /** Visits of a step beyond its first, over all steps (what the reworks caused). */
  readonly revisits: number;
  /**
   * The years the measured span touches that the calendar answers only provisionally (no SKB
   * holiday data: weekends and fixed-date national holidays only). Empty when none.
   */
  readonly provisional: readonly number[];
}

/** The level of an elapsed time against a budget. */
export function timingLevel(elapsedMinutes: number, budgetMinutes: number): TimingLevel {
  if (elapsedMinutes > budgetMinutes) return 'breach';
  if (elapsedMinutes >= budgetMinutes * WARNING_THRESHOLD) return 'warning';
  return 'on-time';
}

/** What {@link serviceTime} reads of a snapshot: any snapshot of a machine from `createSopMachine`. */
export interface SnapshotLike {
  readonly value: unknown;
  readonly context: SopContext;
  readonly machine: object;
}

/**
 * The service time of a case at `now`: the current step's elapsed and remaining working
 * time, its percentage of the budget and a level (on time, warning at 75 %, breach past
 * 100 %), plus totals per step and for the case. Works on any snapshot of a machine built by
 * `createSopMachine`, including a restored one, from its recorded timestamps alone.
 *
 * @param snapshot - `actor.getSnapshot()`
 * @param now - the instant to measure to; default: the case's last recorded time
 * @throws {@link SopError} when the snapshot does not come from `createSopMachine`, or `now` lies before the step was entered
 *
 * @example
 * ```ts
 * const t = serviceTime(actor.getSnapshot(), '2026-01-05T10:00:00+07:00')
 * if (t.current?.level === 'breach') notify(t.current.stepId)
 * ```
 */
export function serviceTime(snapshot: SnapshotLike, now?: InstantInput): ServiceTime {
  const info = infoOf(snapshot.machine);
  const ctx = snapshot.context;
  if (info === undefined) {
    throw new SopError('INVALID_SNAPSHOT', { sopId: ctx?.sopId, detail: 'the snapshot does not come from a machine built by createSopMachine' });
  }
  const at = now === undefined ? caseTimes(ctx).lastAt : toEpochMs(now, { sopId: ctx.sopId, field: 'now' }, info.calendar.zone);
  const steps: Record<string, { visits: number; minutes: number; revisits: number; reworks: number; budgetMinutes: number }> = {};
  let reworks = 0;
  let revisits = 0;
  const visits = ctx.visits;
  for (let i = 0; i < visits.length; i++) {
    const v = visits[i]!;
    const s = (steps[v.stepId] ??= { visits: 0, minutes: 0, revisits: 0, reworks: 0, budgetMinutes: v.budgetMinutes });
    s.visits++;
    s.minutes += v.elapsedMinutes ?? 0;
    if (v.visit > 1) {
      s.revisits++;
      revisits++;
    }
    if (isRework(v, info.flow)) {
      s.reworks++;
      reworks++;
    }
  }
  const value = String(snapshot.value);
  const open = ctx.visits[ctx.visits.length - 1];
  let current: StepTiming | undefined;
  let total = ctx.totalMinutes;
  if (open !== undefined && open.leftAt === undefined) {
    if (at < open.enteredAt) {
      throw new SopError('INVALID_TIME', {
        sopId: ctx.sopId,
        stepId: open.stepId,
        field: 'now',
        input: humanTime(at, info.calendar, 'en'),
        detail: `earlier than the step was entered (${humanTime(open.enteredAt, info.calendar, 'en')})`,
        detailId: `lebih awal dari saat langkah dimulai (${humanTime(open.enteredAt, info.calendar, 'id')})`,
      });
    }
    const elapsed = info.calendar.workingMinutesBetween(open.enteredAt, at);
    const budget = open.budgetMinutes;
    current = {
      stepId: open.stepId,
      label: info.flow.byId.get(open.stepId)?.step.label ?? open.stepId,
      visit: open.visit,
      enteredAt: open.enteredAt,
      elapsedMinutes: elapsed,
      budgetMinutes: budget,
      remainingMinutes: budget - elapsed,
      percent: (elapsed / budget) * 100,
      level: timingLevel(elapsed, budget),
    };
    total += elapsed;
    const s = steps[open.stepId];
    if (s !== undefined) steps[open.stepId] = { ...s, minutes: s.minutes + elapsed };
  }
  const status = value === FINAL_STATES.done ? 'selesai' : value === FINAL_STATES.refused ? 'ditolak' : 'berjalan';
  const first = visits[0];
  const provisional = first === undefined ? [] : provisionalYears(info.calendar, first.enteredAt, Math.max(at, caseTimes(ctx).lastAt));
  const { refusedAt } = replayFlow(info.flow, ctx.visits);
  return { sopId: ctx.sopId, caseId: ctx.caseId, status, refusedAt, current, totalMinutes: total, steps, reworks, revisits, provisional };
}
