/**
 * A working calendar built from weekly hours, days off and date-ranged exceptions, and the
 * default calendar of Provinsi Kalimantan Barat.
 *
 * luxon turns the local hours into instants once, when the calendar is first used; after that
 * every question is a binary search over precomputed working intervals (start, end and the
 * working time accumulated before each), so `workingMinutesBetween` and `addWorkingMinutes`
 * never call luxon.
 */
import { DateTime } from 'luxon';
import * as z from 'zod';
import { CalendarError } from '../errors/index.js';
import { TimeError } from '../errors/index.js';
import type { WorkCalendar } from './calendar.js';
import { indonesiaHolidays } from './holidays/index.js';
import { HolidaySchema, HolidayYearSchema, IsoDateSchema, type Holiday } from './holidays/types.js';

const MINUTE = 60_000;

/** A local time of day `HH:MM` (00:00 to 24:00). */
export const TimeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time written HH:MM');

/** One stretch of working time in a day, `['07:30', '12:00']` (start before end). */
export const WorkingSpanSchema = z.tuple([TimeOfDaySchema, TimeOfDaySchema]);
/** See {@link WorkingSpanSchema}. */
export type WorkingSpan = z.infer<typeof WorkingSpanSchema>;

/** The days of the week, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];

const spans = z.array(WorkingSpanSchema).readonly();

/**
 * Working hours for each day of the week: the spans of working time, breaks being the gaps. A
 * day that is missing (or has no spans) is not a working day.
 */
export const WeeklyHoursSchema = z.object({
  mon: spans.optional(),
  tue: spans.optional(),
  wed: spans.optional(),
  thu: spans.optional(),
  fri: spans.optional(),
  sat: spans.optional(),
  sun: spans.optional(),
});
/** See {@link WeeklyHoursSchema}. */
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;

/** Hours that replace the weekly hours between two dates (inclusive), e.g. Ramadan hours. */
export const HoursExceptionSchema = z.object({
  /** First date, `YYYY-MM-DD`. */
  from: IsoDateSchema,
  /** Last date (inclusive), `YYYY-MM-DD`. */
  to: IsoDateSchema,
  /** The hours on those dates; a weekday left out is a day off. */
  hours: WeeklyHoursSchema,
  /** What the exception is, e.g. `"Ramadan 1447 H"`. */
  name: z.string().optional(),
});
/** See {@link HoursExceptionSchema}. */
export type HoursException = z.infer<typeof HoursExceptionSchema>;

/** An extra day off: a date, or a date with its name. */
export const ExtraDayOffSchema = z.union([IsoDateSchema, z.object({ date: IsoDateSchema, name: z.string().min(1) })]);
/** See {@link ExtraDayOffSchema}. */
export type ExtraDayOff = z.infer<typeof ExtraDayOffSchema>;

/** The options of {@link createWorkCalendar}. */
export const WorkCalendarOptionsSchema = z.object({
  /** A short id, shown in reports and errors. */
  id: z.string().min(1).default('custom'),
  /** The IANA zone the hours are written in. */
  zone: z.string().min(1).default('Asia/Pontianak'),
  /** The weekly working hours. */
  hours: WeeklyHoursSchema,
  /** Days off per year, each year with its source. The years covered are these years unless `years` is given. */
  holidays: z.array(HolidayYearSchema).readonly().default([]),
  /** More days off: a regional holiday, an office closure. Their years must be covered. */
  extraDaysOff: z.array(ExtraDayOffSchema).readonly().default([]),
  /** Date ranges with other hours (Ramadan). */
  exceptions: z.array(HoursExceptionSchema).readonly().default([]),
  /** The years the calendar covers (consecutive). By default the years of `holidays`. */
  years: z.array(z.number().int().min(1970).max(2200)).readonly().optional(),
  /**
   * Outside the covered years: `'error'` (default) throws `CALENDAR_OUT_OF_RANGE`; `'weekdays'`
   * uses the weekly hours with no holidays (an explicit opt-in, never a silent guess).
   */
  outOfRange: z.enum(['error', 'weekdays']).default('error'),
  /**
   * The working minutes of one working day (`1 Hari`). By default the length of the working
   * days of `hours` when they are all equal; required when they differ.
   */
  minutesPerDay: z.number().positive().optional(),
});
/** What {@link createWorkCalendar} accepts. */
export type WorkCalendarOptions = z.input<typeof WorkCalendarOptionsSchema>;

/** A {@link WorkCalendar} built by {@link createWorkCalendar}, with questions about its days. */
export interface WorkingCalendar extends WorkCalendar {
  /** The years with holiday data (the calendar answers for these without opting in). */
  readonly years: readonly number[];
  /** What happens outside those years. */
  readonly outOfRange: 'error' | 'weekdays';
  /** The days off it knows, sorted by date (holidays and extra days off). */
  readonly daysOff: readonly Holiday[];
  /** Whether the instant lies in working time (a closing instant does not). */
  isWorkingTime(at: number): boolean;
  /** The instant itself when it is in working time, else the next opening. */
  nextOpening(at: number): number;
  /** Whether a local date `YYYY-MM-DD` is a working day. */
  isWorkingDay(date: string): boolean;
  /** The day off on a local date, if any. */
  dayOff(date: string): Holiday | undefined;
  /** An instant as ISO 8601 in the calendar's zone, with its offset (`2026-03-02T07:30:00.000+07:00`). */
  format(at: number): string;
}

/** Hours of the Pemerintah Provinsi Kalimantan Barat (Pergub Kalbar 1/2013): 450 working minutes every working day. */
export const KALBAR_HOURS: WeeklyHours = Object.freeze({
  mon: [['07:30', '12:00'], ['13:00', '16:00']],
  tue: [['07:30', '12:00'], ['13:00', '16:00']],
  wed: [['07:30', '12:00'], ['13:00', '16:00']],
  thu: [['07:30', '12:00'], ['13:00', '16:00']],
  fri: [['07:30', '11:30'], ['13:00', '16:30']],
} satisfies WeeklyHours);

type DaySpans = readonly (readonly [number, number])[]; // minutes since local midnight

function toMinutes(t: string): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

function compileWeek(hours: WeeklyHours, field: string): DaySpans[] {
  return WEEKDAYS.map((d) => {
    const list = (hours[d] ?? []).map(([a, b], i): [number, number] => {
      const s = toMinutes(a);
      const e = toMinutes(b);
      if (e <= s) throw new CalendarError('INVALID_CALENDAR', { field: `${field}.${d}.${i}`, detail: `${a}–${b} ends before it starts` });
      return [s, e];
    });
    list.sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < list.length; i++) {
      if (list[i]![0] < list[i - 1]![1]) throw new CalendarError('INVALID_CALENDAR', { field: `${field}.${d}`, detail: 'spans overlap' });
    }
    return list;
  });
}

const dayLength = (d: DaySpans) => d.reduce((s, [a, b]) => s + b - a, 0);

function zodDetail(e: z.ZodError): { field: string; detail: string } {
  const i = e.issues[0];
  return { field: i?.path.join('.') ?? '', detail: i?.message ?? 'invalid' };
}

/** Working intervals of a range of years: parallel arrays, sorted, non-overlapping. */
interface Table {
  fromYear: number;
  toYear: number; // inclusive
  startMs: number; // start of fromYear
  endMs: number; // start of toYear + 1
  starts: Float64Array;
  ends: Float64Array;
  /** Working ms before interval i. */
  cum: Float64Array;
  /** Working ms up to the end of interval i. */
  cumEnd: Float64Array;
}

/**
 * Builds a working calendar. Dates and hours are local to `zone`; luxon computes each working
 * interval once (lazily, on first use), and every later call is a binary search.
 *
 * Semantics: `menit` and `jam` consume working minutes; `hari` consumes `minutesPerDay`
 * working minutes; a start outside working time begins at the next opening; work that ends
 * exactly at a closing ends at that closing (not at the next opening).
 *
 * @param options - hours, holidays, extra days off, exceptions, covered years
 * @returns the calendar
 * @throws {@link CalendarError} `INVALID_CALENDAR` naming the field when the options are wrong;
 * later, `CALENDAR_OUT_OF_RANGE` when asked about a year it has no data for (unless `outOfRange: 'weekdays'`)
 *
 * @example
 * ```ts
 * const cal = createWorkCalendar({
 *   id: 'kabupaten-x',
 *   hours: KALBAR_HOURS,
 *   holidays: indonesiaHolidays,
 *   extraDaysOff: [{ date: '2026-10-20', name: 'Hari jadi kabupaten' }],
 *   exceptions: [{ from: '2026-02-18', to: '2026-03-19', name: 'Ramadan', hours: { mon: [['08:00', '14:30']] } }],
 * })
 * cal.addWorkingMinutes(Date.parse('2026-03-02T07:30:00+07:00'), 450)
 * ```
 */
export function createWorkCalendar(options: WorkCalendarOptions): WorkingCalendar {
  const parsed = WorkCalendarOptionsSchema.safeParse(options);
  if (!parsed.success) throw new CalendarError('INVALID_CALENDAR', zodDetail(parsed.error));
  const o = parsed.data;
  if (!DateTime.now().setZone(o.zone).isValid) {
    throw new CalendarError('INVALID_CALENDAR', { field: 'zone', detail: `'${o.zone}' is not an IANA time zone` });
  }
  const week = compileWeek(o.hours, 'hours');
  const lengths = week.map(dayLength).filter((n) => n > 0);
  if (lengths.length === 0) throw new CalendarError('INVALID_CALENDAR', { field: 'hours', detail: 'no working day in the week' });
  let minutesPerDay = o.minutesPerDay;
  if (minutesPerDay === undefined) {
    if (lengths.some((n) => n !== lengths[0])) {
      throw new CalendarError('INVALID_CALENDAR', { field: 'minutesPerDay', detail: `working days differ in length (${[...new Set(lengths)].join(', ')} minutes); say what 1 Hari is` });
    }
    minutesPerDay = lengths[0]!;
  }
  const exceptions = o.exceptions.map((x, i) => {
    if (x.to < x.from) throw new CalendarError('INVALID_CALENDAR', { field: `exceptions.${i}`, detail: `${x.from}..${x.to} ends before it starts` });
    return { from: x.from, to: x.to, week: compileWeek(x.hours, `exceptions.${i}.hours`) };
  });

  const years = [...new Set(o.years ?? o.holidays.map((h) => h.year))].sort((a, b) => a - b);
  if (years.length === 0 && o.outOfRange === 'error') {
    throw new CalendarError('INVALID_CALENDAR', { field: 'years', detail: "no year covered: give holidays or years, or outOfRange: 'weekdays'" });
  }
  for (let i = 1; i < years.length; i++) {
    if (years[i] !== years[i - 1]! + 1) throw new CalendarError('INVALID_CALENDAR', { field: 'years', detail: `years must be consecutive (${years.join(', ')})` });
  }
  const daysOffMap = new Map<string, Holiday>();
  for (const y of o.holidays) {
    for (const [i, d] of y.days.entries()) {
      if (!d.date.startsWith(`${y.year}-`)) {
        throw new CalendarError('INVALID_CALENDAR', { field: `holidays.${y.year}.days.${i}`, detail: `${d.date} is not in ${y.year}` });
      }
      if (!daysOffMap.has(d.date)) daysOffMap.set(d.date, d);
    }
  }
  for (const [i, x] of o.extraDaysOff.entries()) {
    const day: Holiday = typeof x === 'string' ? { date: x, name: 'Libur tambahan', kind: 'libur-tambahan' } : { date: x.date, name: x.name, kind: 'libur-tambahan' };
    const y = Number(day.date.slice(0, 4));
    if (o.outOfRange === 'error' && !years.includes(y)) {
      throw new CalendarError('INVALID_CALENDAR', { field: `extraDaysOff.${i}`, detail: `${day.date} is outside the covered years (${years.join(', ')})` });
    }
    daysOffMap.set(day.date, HolidaySchema.parse(day));
  }
  const daysOff = Object.freeze([...daysOffMap.values()].sort((a, b) => (a.date < b.date ? -1 : 1)));
  const firstYear = years[0];
  const lastYear = years[years.length - 1];

  const spansOn = (date: string, weekday: number): DaySpans => {
    if (daysOffMap.has(date)) return [];
    const y = Number(date.slice(0, 4));
    if (firstYear === undefined || lastYear === undefined || y < firstYear || y > lastYear) {
      // only reached with outOfRange 'weekdays': weekly hours, no holidays, no exceptions
      return week[weekday - 1]!;
    }
    for (let i = exceptions.length - 1; i >= 0; i--) {
      const x = exceptions[i]!;
      if (date >= x.from && date <= x.to) return x.week[weekday - 1]!;
    }
    return week[weekday - 1]!;
  };

  /** The instant of a local wall-clock time, given as if it were UTC (luxon resolves the zone). */
  const instantOfWall = (wall: number): number => {
    const d = new Date(wall);
    return DateTime.fromObject(
      { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() },
      { zone: o.zone },
    ).toMillis();
  };

  const buildYears = (fromYear: number, toYear: number): Table => {
    const starts: number[] = [];
    const ends: number[] = [];
    const DAY = 86_400_000;
    const firstWall = Date.UTC(fromYear, 0, 1);
    const stopWall = Date.UTC(toYear + 1, 0, 1);
    // luxon is asked for the zone offset once a week; a week whose two ends have the same offset
    // has it throughout (only a week with a change, e.g. daylight saving, is resolved per span).
    for (let week = firstWall; week < stopWall; week += 7 * DAY) {
      const weekEnd = Math.min(week + 7 * DAY, stopWall);
      const offset = week - instantOfWall(week);
      const steady = weekEnd - instantOfWall(weekEnd) === offset;
      for (let wall = week; wall < weekEnd; wall += DAY) {
        const date = new Date(wall).toISOString().slice(0, 10);
        const weekday = ((new Date(wall).getUTCDay() + 6) % 7) + 1; // 1 = Monday
        for (const [a, b] of spansOn(date, weekday)) {
          const s = steady ? wall + a * MINUTE - offset : instantOfWall(wall + a * MINUTE);
          const e = steady ? wall + b * MINUTE - offset : instantOfWall(wall + b * MINUTE);
          const last = ends.length - 1;
          if (last >= 0 && ends[last] === s) ends[last] = e; // 24:00 joined to 00:00
          else {
            starts.push(s);
            ends.push(e);
          }
        }
      }
    }
    const startMs = instantOfWall(firstWall);
    const endMs = instantOfWall(stopWall);
    const n = starts.length;
    const cum = new Float64Array(n);
    const cumEnd = new Float64Array(n);
    let acc = 0;
    for (let i = 0; i < n; i++) {
      cum[i] = acc;
      acc += ends[i]! - starts[i]!;
      cumEnd[i] = acc;
    }
    return { fromYear, toYear, startMs, endMs, starts: Float64Array.from(starts), ends: Float64Array.from(ends), cum, cumEnd };
  };

  let table: Table | undefined;
  const getTable = (): Table => {
    if (table === undefined) {
      const y0 = firstYear ?? DateTime.now().setZone(o.zone).year;
      table = buildYears(y0, lastYear ?? y0);
    }
    return table;
  };

  const yearOf = (at: number) => DateTime.fromMillis(at, { zone: o.zone }).year;
  const outOfRange = (at: number): never => {
    throw new CalendarError('CALENDAR_OUT_OF_RANGE', { calendar: o.id, year: Number.isFinite(at) ? yearOf(at) : String(at), years: years.join(', ') || '-' });
  };
  /** Makes sure the table covers `at` (extending it in 'weekdays' mode), or throws. */
  const cover = (at: number): Table => {
    let t = getTable();
    if (at >= t.startMs && at < t.endMs) return t;
    if (!Number.isFinite(at)) throw new TimeError(at, 'not a finite instant');
    if (o.outOfRange === 'error') return outOfRange(at);
    const y = yearOf(at);
    if (y < 1970 || y > 2200) return outOfRange(at);
    table = t = buildYears(Math.min(t.fromYear, y), Math.max(t.toYear, y));
    return t;
  };

  /** Index of the last interval starting at or before `at`, or -1. */
  const lastStartAtOrBefore = (t: Table, at: number): number => {
    const s = t.starts;
    let lo = 0;
    let hi = s.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! <= at) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
  /** Working ms from the table start up to `at`. */
  const workedUpTo = (t: Table, at: number): number => {
    const i = lastStartAtOrBefore(t, at);
    if (i < 0) return 0;
    const end = t.ends[i]!;
    return at >= end ? t.cumEnd[i]! : t.cum[i]! + (at - t.starts[i]!);
  };

  const calendar: WorkingCalendar = {
    id: o.id,
    zone: o.zone,
    minutesPerDay,
    years: Object.freeze(years),
    outOfRange: o.outOfRange,
    daysOff,
    workingMinutesBetween(from: number, to: number): number {
      cover(from);
      const t = cover(to);
      return (workedUpTo(t, to) - workedUpTo(t, from)) / MINUTE;
    },
    addWorkingMinutes(from: number, minutes: number): number {
      if (!(minutes >= 0) || !Number.isFinite(minutes)) throw new TimeError(minutes, 'working minutes to add must be a finite number, zero or more');
      let t = cover(from);
      if (minutes === 0) return calendar.nextOpening(from);
      for (;;) {
        const target = workedUpTo(t, from) + minutes * MINUTE;
        const ce = t.cumEnd;
        const n = ce.length;
        if (n > 0 && ce[n - 1]! >= target) {
          let lo = 0;
          let hi = n - 1;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (ce[mid]! >= target) hi = mid;
            else lo = mid + 1;
          }
          return t.starts[lo]! + (target - t.cum[lo]!);
        }
        // runs past the covered years
        if (o.outOfRange === 'error') return outOfRange(t.endMs);
        if (t.toYear >= 2200) return outOfRange(t.endMs);
        table = t = buildYears(t.fromYear, t.toYear + 1);
      }
    },
    isWorkingTime(at: number): boolean {
      const t = cover(at);
      const i = lastStartAtOrBefore(t, at);
      return i >= 0 && at < t.ends[i]!;
    },
    nextOpening(at: number): number {
      let t = cover(at);
      for (;;) {
        const i = lastStartAtOrBefore(t, at);
        if (i >= 0 && at < t.ends[i]!) return at;
        const next = t.starts[i + 1];
        if (next !== undefined) return next;
        if (o.outOfRange === 'error' || t.toYear >= 2200) return outOfRange(t.endMs);
        table = t = buildYears(t.fromYear, t.toYear + 1);
      }
    },
    isWorkingDay(date: string): boolean {
      const d = IsoDateSchema.safeParse(date);
      if (!d.success) throw new TimeError(date, 'expected a date YYYY-MM-DD');
      const day = DateTime.fromISO(date, { zone: o.zone });
      if (!day.isValid) throw new TimeError(date, 'no such date');
      cover(day.toMillis());
      return spansOn(date, day.weekday).length > 0;
    },
    dayOff(date: string): Holiday | undefined {
      return daysOffMap.get(date);
    },
    format(at: number): string {
      return DateTime.fromMillis(at, { zone: o.zone }).toISO()!;
    },
  };
  return Object.freeze(calendar);
}

/**
 * The default working calendar of Provinsi Kalimantan Barat: zone `Asia/Pontianak` (WIB,
 * UTC+07:00), Monday–Thursday 07:30–16:00 with a break 12:00–13:00, Friday 07:30–16:30 with a
 * break 11:30–13:00 (450 working minutes a day), and the libur nasional and cuti bersama of
 * 2025 and 2026 (SKB 3 Menteri). Asking about another year throws `CALENDAR_OUT_OF_RANGE`.
 * Built lazily on first use.
 *
 * @example
 * ```ts
 * import { kalbarCalendar } from 'sop-ap'
 * const start = Date.parse('2026-03-17T15:00:00+07:00') // Tuesday; 18–24 March are days off
 * kalbarCalendar.format(kalbarCalendar.addWorkingMinutes(start, 120))
 * // '2026-03-25T08:30:00.000+07:00'
 * ```
 */
export const kalbarCalendar: WorkingCalendar = createWorkCalendar({
  id: 'kalbar',
  zone: 'Asia/Pontianak',
  hours: KALBAR_HOURS,
  holidays: indonesiaHolidays,
});

