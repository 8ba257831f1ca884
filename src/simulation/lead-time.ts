import { advance, compileFlow, type Flow, type FlowNode } from '../definition/index.js';
import { FINAL_STATES } from '../definition/index.js';
import type { AnySopDefinition } from '../definition/index.js';
import type { DurationUnit } from '../time/index.js';
import { durationToMinutes, formatDuration } from '../time/index.js';
import type { WorkCalendar } from '../time/index.js';
import { kalbarCalendar } from '../time/index.js';
import { provisionalYears, toEpochMs, type InstantInput } from '../time/index.js';
import { DateTime } from 'luxon';

/** One step on the nominal path. */
export interface NominalStep {
  /** The step's id. */
  readonly id: string;
  /** Its label (the document's row number). */
  readonly label: string;
  /** Its budget as the SOP writes it, e.g. `"2 Jam"`. */
  readonly waktu: string;
  /** The budget's unit. */
  readonly unit: DurationUnit;
  /** The budget in working minutes on the calendar. */
  readonly minutes: number;
  /** Working minutes from the case's start to the end of this step. */
  readonly cumulativeMinutes: number;
  /** With a start: when the step begins (the previous step's due, moved to the next opening), ISO 8601 with offset. */
  readonly start?: string;
  /** With a start: when the step is due, ISO 8601 with offset. */
  readonly due?: string;
}

/** The nominal lead time of an SOP: every decision SETUJU, every step exactly its budget. */
export interface NominalLeadTime {
  /** The SOP's id. */
  readonly id: string;
  /** The calendar's id. */
  readonly calendar: string;
  /** How many steps the SOP has. */
  readonly steps: number;
  /** The steps on the path where every decision is SETUJU, in order. */
  readonly path: readonly NominalStep[];
  /** Budgets by unit: `days` = the sum of `hari` budgets, `minutes` = the sum of `menit` and `jam` budgets in minutes. */
  readonly budget: { readonly days: number; readonly minutes: number };
  /** The whole path in working minutes on the calendar (`days × minutesPerDay + minutes`). */
  readonly workingMinutes: number;
  /** The same in working days of the calendar. */
  readonly workingDays: number;
  /** With a start: the start instant, ISO 8601 with offset. */
  readonly start?: string;
  /** With a start: when the case is due, ISO 8601 with offset. */
  readonly due?: string;
  /**
   * With a start: the years between start and due that the calendar answers only provisionally
   * (no SKB holiday data yet: weekends and fixed-date national holidays only). Empty when none.
   */
  readonly provisional?: readonly number[];
  /**
   * The nominal lead time of the outcome `ditolak`: for each decision on the SETUJU path
   * whose refusal ends the case (at once, or after a forward path), the path where that
   * decision is TIDAK SETUJU and every other SETUJU. Empty when the SOP cannot end refused.
   */
  readonly refusals: readonly NominalRefusal[];
}

/** The nominal path of a case refused at one decision. */
export interface NominalRefusal {
  /** The decision answered TIDAK SETUJU. */
  readonly refusedAt: string;
  /** Its label (the document's row number). */
  readonly label: string;
  /** What its refusal does: end the case at once, or go forward to a later step first. */
  readonly refusal: 'end' | 'forward';
  /** The steps of the path, in order. */
  readonly path: readonly NominalStep[];
  /** The whole path in working minutes on the calendar. */
  readonly workingMinutes: number;
  /** The same in working days of the calendar. */
  readonly workingDays: number;
  /** With a start: when the refused case is due, ISO 8601 with offset. */
  readonly due?: string;
}

/** Options of {@link nominalLeadTime}. */
export interface NominalLeadTimeOptions {
  /** The calendar (default: {@link kalbarCalendar}). */
  readonly calendar?: WorkCalendar;
  /** When the case starts (epoch ms, `Date` or ISO 8601 text); gives the due instant of every step and of the case. */
  readonly start?: InstantInput;
}

const iso = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toISO()!;

/** The steps a case walks when every decision is SETUJU except `refusedAt` (answered TIDAK SETUJU once). */
function walk(flow: Flow, refusedAt: string | undefined): FlowNode[] {
  const out: FlowNode[] = [];
  let position = { at: flow.start, refusedAt: undefined as string | undefined };
  let refused = false;
  while (position.at !== FINAL_STATES.done && position.at !== FINAL_STATES.refused) {
    const node = flow.byId.get(position.at)!;
    out.push(node);
    const refuse = !refused && node.id === refusedAt;
    if (refuse) refused = true;
    position = advance(flow, node, node.kind === 'task' ? 'SELESAI' : refuse ? 'TIDAK_SETUJU' : 'SETUJU', position.refusedAt);
  }
  return out;
}

/** The budgets of a walk: each step with its cumulative working minutes and, from a start, its start and due. */
function timePath(nodes: readonly FlowNode[], calendar: WorkCalendar, startMs: number | undefined) {
  const path: NominalStep[] = [];
  let days = 0;
  let minutes = 0;
  let total = 0;
  let at = startMs;
  for (const node of nodes) {
    const w = node.step.waktu;
    const m = durationToMinutes(w, calendar.minutesPerDay);
    if (w.unit === 'hari') days += w.value;
    else minutes += durationToMinutes(w, 0);
    total += m;
    let start: string | undefined;
    let due: string | undefined;
    if (at !== undefined) {
      const begin = calendar.addWorkingMinutes(at, 0);
      at = calendar.addWorkingMinutes(begin, m);
      start = iso(begin, calendar.zone);
      due = iso(at, calendar.zone);
    }
    path.push({
      id: node.id,
      label: node.step.label,
      waktu: w.text ?? formatDuration(w),
      unit: w.unit,
      minutes: m,
      cumulativeMinutes: total,
      ...(start === undefined ? {} : { start }),
      ...(due === undefined ? {} : { due }),
    });
  }
  return { path, days, minutes, total, end: at, due: at === undefined ? undefined : iso(at, calendar.zone) };
}

/**
 * The nominal lead time: the sum of the budgets on the path where every decision is SETUJU
 * (read from `compileFlow`), by unit and in working minutes; with a start instant, the due
 * instant of every step and of the case on the calendar. `refusals` gives the same for the
 * outcome `ditolak`, once per decision on that path whose refusal ends the case.
 *
 * @param def - the SOP
 * @param options - calendar and start
 * @returns the path, the budget by unit, working minutes, (with a start) due instants, and the refused paths
 * @throws {@link CalendarError} when the start or a due instant lies outside the calendar's years
 *
 * @example
 * ```ts
 * import { nominalLeadTime } from 'sop-ap'
 * import { getSop } from 'sop-ap/machines'
 * const lt = nominalLeadTime(getSop('pendaftaran-narasumber'), { start: '2026-03-02T07:30:00+07:00' })
 * lt.workingMinutes, lt.due, lt.refusals[0]?.workingMinutes
 * ```
 */
export function nominalLeadTime(def: AnySopDefinition, options: NominalLeadTimeOptions = {}): NominalLeadTime {
  const calendar = options.calendar ?? kalbarCalendar;
  const flow = compileFlow(def);
  const startMs = options.start === undefined ? undefined : toEpochMs(options.start, { sopId: def.id, field: 'start' }, calendar.zone);
  const main = walk(flow, undefined);
  const { path, days, minutes, total, end, due } = timePath(main, calendar, startMs);
  const refusals: NominalRefusal[] = [];
  for (const node of main) {
    if (node.refusal !== 'end' && node.refusal !== 'forward') continue;
    const r = timePath(walk(flow, node.id), calendar, startMs);
    refusals.push({
      refusedAt: node.id,
      label: node.step.label,
      refusal: node.refusal,
      path: r.path,
      workingMinutes: r.total,
      workingDays: r.total / calendar.minutesPerDay,
      ...(r.due === undefined ? {} : { due: r.due }),
    });
  }
  return {
    id: def.id,
    calendar: calendar.id,
    steps: flow.nodes.length,
    path,
    budget: { days, minutes },
    workingMinutes: total,
    workingDays: total / calendar.minutesPerDay,
    ...(startMs === undefined || end === undefined || due === undefined
      ? {}
      : { start: iso(startMs, calendar.zone), due, provisional: provisionalYears(calendar, startMs, end) }),
    refusals,
  };
}
