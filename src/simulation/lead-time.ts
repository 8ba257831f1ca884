import { compileFlow } from '../definition/index.js';
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
}

/** Options of {@link nominalLeadTime}. */
export interface NominalLeadTimeOptions {
  /** The calendar (default: {@link kalbarCalendar}). */
  readonly calendar?: WorkCalendar;
  /** When the case starts (epoch ms, `Date` or ISO 8601 text); gives the due instant of every step and of the case. */
  readonly start?: InstantInput;
}

const iso = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toISO()!;

/**
 * The nominal lead time: the sum of the budgets on the path where every decision is SETUJU
 * (read from `compileFlow`), by unit and in working minutes; with a start instant, the due
 * instant of every step and of the case on the calendar.
 *
 * @param def - the SOP
 * @param options - calendar and start
 * @returns the path, the budget by unit, working minutes and (with a start) due instants
 * @throws {@link CalendarError} when the start or a due instant lies outside the calendar's years
 *
 * @example
 * ```ts
 * import { nominalLeadTime } from 'sop-ap'
 * import { getSop } from 'sop-ap/machines'
 * const lt = nominalLeadTime(getSop('pendaftaran-narasumber'), { start: '2026-03-02T07:30:00+07:00' })
 * lt.workingMinutes, lt.due
 * ```
 */
export function nominalLeadTime(def: AnySopDefinition, options: NominalLeadTimeOptions = {}): NominalLeadTime {
  const calendar = options.calendar ?? kalbarCalendar;
  const flow = compileFlow(def);
  const startMs = options.start === undefined ? undefined : toEpochMs(options.start, { sopId: def.id, field: 'start' }, calendar.zone);
  const path: NominalStep[] = [];
  let days = 0;
  let minutes = 0;
  let total = 0;
  let at = startMs;
  let target: string = flow.start;
  while (target !== FINAL_STATES.done && target !== FINAL_STATES.refused) {
    const node = flow.byId.get(target)!;
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
    target = node.next;
  }
  return {
    id: def.id,
    calendar: calendar.id,
    steps: flow.nodes.length,
    path,
    budget: { days, minutes },
    workingMinutes: total,
    workingDays: total / calendar.minutesPerDay,
    ...(startMs === undefined ? {} : { start: iso(startMs, calendar.zone), due: iso(at!, calendar.zone), provisional: provisionalYears(calendar, startMs, at!) }),
  };
}
