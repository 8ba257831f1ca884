/**
 * A working calendar: how much working time lies between two instants, and which instant
 * lies a number of working minutes after another. Instants are epoch milliseconds.
 *
 * The machine's service-time accumulator, lead time, simulation and compliance all measure
 * through this interface, so any calendar plugs in without changing them.
 */
export interface WorkCalendar {
  /** A short id, e.g. `'kalbar'` or `'24x7'`. */
  readonly id: string;
  /** The IANA time zone the calendar's hours are written in. */
  readonly zone: string;
  /** The working minutes of one working day (what a budget of `1 Hari` consumes). */
  readonly minutesPerDay: number;
  /**
   * Working minutes between two instants (`from <= to`), fractional where an instant falls
   * mid-minute.
   */
  workingMinutesBetween(from: number, to: number): number;
  /**
   * The instant `minutes` working minutes after `from`. A start outside working time begins
   * at the next opening; work that ends exactly at a closing ends at that closing.
   */
  addWorkingMinutes(from: number, minutes: number): number;
  /**
   * The years between two instants (inclusive) that the calendar answers only provisionally,
   * for want of holiday data (see `createWorkCalendar`'s `outOfRange`). Absent or empty: none.
   */
  provisionalYearsBetween?(from: number, to: number): readonly number[];
}

/**
 * The provisional years a span touches on a calendar (empty when the calendar has data for all
 * of them, or when it cannot say).
 *
 * @example
 * ```ts
 * provisionalYears(kalbarCalendar, Date.parse('2026-12-31T08:00:00+07:00'), Date.parse('2027-01-04T08:00:00+07:00')) // [2027]
 * ```
 */
export function provisionalYears(calendar: WorkCalendar, from: number, to: number): readonly number[] {
  try {
    return calendar.provisionalYearsBetween?.(from, to) ?? [];
  } catch {
    return [];
  }
}

const MINUTE = 60_000;

/**
 * The plain elapsed-time calendar: every minute is a working minute and a day is 1,440
 * minutes. Pass it as `calendar` for plain elapsed time; when no calendar is given, the
 * machine, lead time, simulation and conformance use `kalbarCalendar`.
 *
 * @example
 * ```ts
 * calendar24x7.workingMinutesBetween(0, 3_600_000) // 60
 * ```
 */
export const calendar24x7: WorkCalendar = Object.freeze({
  id: '24x7',
  zone: 'UTC',
  minutesPerDay: 1440,
  workingMinutesBetween: (from: number, to: number) => (to - from) / MINUTE,
  addWorkingMinutes: (from: number, minutes: number) => from + minutes * MINUTE,
});
