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
import { HolidaySchema, HolidayYearSchema, IsoDateSchema, type Holiday, type HolidayYear } from './holidays/types.js';
import { MAX_YEAR, MIN_YEAR } from './instant.js';

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
  /**
   * Days off per year, each year with its source (the SKB). The years with data are these
   * years unless `years` is given. Load a year published after the release from a JSON file with
   * {@link parseHolidayFile}.
   */
  holidays: z.array(HolidayYearSchema).readonly().default([]),
  /** More days off: a regional holiday, an office closure. */
  extraDaysOff: z.array(ExtraDayOffSchema).readonly().default([]),
  /** Date ranges with other hours (Ramadan). */
  exceptions: z.array(HoursExceptionSchema).readonly().default([]),
  /** The years the calendar has data for (consecutive). By default the years of `holidays`. */
  years: z.array(z.number().int().min(MIN_YEAR).max(MAX_YEAR)).readonly().optional(),
  /**
   * A year without data (between {@link MIN_YEAR} and {@link MAX_YEAR}):
   * - `'provisional'` (default): a *provisional* year, the weekly hours minus the national
   *   holidays fixed by date in law (1 Jan, 1 May, 1 Jun, 17 Aug, 25 Dec); movable feasts are
   *   never guessed. Every result that touches such a year says so (`provisional`).
   * - `'error'`: throws `CALENDAR_OUT_OF_RANGE`.
   * - `'weekdays'`: the weekly hours with no holiday at all.
   */
  outOfRange: z.enum(['provisional', 'error', 'weekdays']).default('provisional'),
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
  /** The years with holiday data (answered from the SKB data). */
  readonly years: readonly number[];
  /** What happens in a year without data. */
  readonly outOfRange: 'provisional' | 'error' | 'weekdays';
  /** The days off it knows from data, sorted by date (holidays and extra days off). */
  readonly daysOff: readonly Holiday[];
  /** Whether the instant lies in working time (a closing instant does not). */
  isWorkingTime(at: number): boolean;
  /** The instant itself when it is in working time, else the next opening. */
  nextOpening(at: number): number;
  /** Whether a local date `YYYY-MM-DD` is a working day. */
  isWorkingDay(date: string): boolean;
  /** The day off on a local date, if any (a provisional year's fixed-date holidays included). */
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

/**
 * The national holidays fixed by date in law, the days off of a provisional year (a year with no
 * SKB data): Tahun Baru Masehi, Hari Buruh, Hari Lahir Pancasila, Hari Kemerdekaan, Natal.
 * Movable feasts (Idulfitri, Nyepi, Waisak …) and cuti bersama are never guessed.
 */
export const FIXED_NATIONAL_HOLIDAYS: readonly { readonly monthDay: string; readonly name: string }[] = Object.freeze([
  { monthDay: '01-01', name: 'Tahun Baru Masehi (tanggal tetap; perkiraan, belum ada SKB)' },
  { monthDay: '05-01', name: 'Hari Buruh Internasional (tanggal tetap; perkiraan, belum ada SKB)' },
  { monthDay: '06-01', name: 'Hari Lahir Pancasila (tanggal tetap; perkiraan, belum ada SKB)' },
  { monthDay: '08-17', name: 'Hari Kemerdekaan RI (tanggal tetap; perkiraan, belum ada SKB)' },
  { monthDay: '12-25', name: 'Hari Raya Natal (tanggal tetap; perkiraan, belum ada SKB)' },
]);

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

/** The options, checked and compiled: what the calendar's days are computed from. */
interface Rules {
  readonly id: string;
  readonly zone: string;
  readonly minutesPerDay: number;
  readonly outOfRange: 'provisional' | 'error' | 'weekdays';
  readonly week: DaySpans[];
  readonly exceptions: readonly { readonly from: string; readonly to: string; readonly week: DaySpans[] }[];
  /** The years with data, sorted. */
  readonly years: readonly number[];
  readonly yearSet: ReadonlySet<number>;
  /** Days off from data and extra days off, by date. */
  readonly daysOff: ReadonlyMap<string, Holiday>;
}

/** Checks the options of {@link createWorkCalendar} and compiles them; throws `INVALID_CALENDAR` naming the field. */
function checkOptions(options: WorkCalendarOptions): Rules {
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
    throw new CalendarError('INVALID_CALENDAR', { field: 'years', detail: "no year covered: give holidays or years, or outOfRange: 'provisional' or 'weekdays'" });
  }
  for (let i = 1; i < years.length; i++) {
    if (years[i] !== years[i - 1]! + 1) throw new CalendarError('INVALID_CALENDAR', { field: 'years', detail: `years must be consecutive (${years.join(', ')})` });
  }
  const daysOff = new Map<string, Holiday>();
  for (const y of o.holidays) {
    for (const [i, d] of y.days.entries()) {
      if (!d.date.startsWith(`${y.year}-`)) {
        throw new CalendarError('INVALID_CALENDAR', { field: `holidays.${y.year}.days.${i}`, detail: `${d.date} is not in ${y.year}` });
      }
      if (!daysOff.has(d.date)) daysOff.set(d.date, d);
    }
  }
  for (const [i, x] of o.extraDaysOff.entries()) {
    const day: Holiday = typeof x === 'string' ? { date: x, name: 'Libur tambahan', kind: 'libur-tambahan' } : { date: x.date, name: x.name, kind: 'libur-tambahan' };
    if (o.outOfRange === 'error' && !years.includes(Number(day.date.slice(0, 4)))) {
      throw new CalendarError('INVALID_CALENDAR', { field: `extraDaysOff.${i}`, detail: `${day.date} is outside the covered years (${years.join(', ')})` });
    }
    daysOff.set(day.date, HolidaySchema.parse(day));
  }
  return { id: o.id, zone: o.zone, minutesPerDay, outOfRange: o.outOfRange, week, exceptions, years, yearSet: new Set(years), daysOff };
}

/** The day off of a provisional year on `date`, if it is one of the fixed-date national holidays. */
function provisionalDayOff(date: string): Holiday | undefined {
  const md = date.slice(5);
  const f = FIXED_NATIONAL_HOLIDAYS.find((h) => h.monthDay === md);
  return f === undefined ? undefined : { date, name: f.name, kind: 'libur-nasional' };
}

/** The day off on a local date: from data, an extra day off, or (in a provisional year) a fixed-date holiday. */
function dayOffOn(r: Rules, date: string): Holiday | undefined {
  const known = r.daysOff.get(date);
  if (known !== undefined) return known;
  return r.outOfRange === 'provisional' && !r.yearSet.has(Number(date.slice(0, 4))) ? provisionalDayOff(date) : undefined;
}

/** The working spans of a local date (weekday 1 = Monday). */
function spansOn(r: Rules, date: string, weekday: number): DaySpans {
  const known = r.yearSet.has(Number(date.slice(0, 4)));
  if (!known && r.outOfRange === 'weekdays') return r.week[weekday - 1]!; // weekly hours, nothing else
  if (dayOffOn(r, date) !== undefined) return [];
  for (let i = r.exceptions.length - 1; i >= 0; i--) {
    const x = r.exceptions[i]!;
    if (date >= x.from && date <= x.to) return x.week[weekday - 1]!;
  }
  return r.week[weekday - 1]!;
}

/** The instant of a local wall-clock time, given as if it were UTC (luxon resolves the zone). */
function instantOfWall(wall: number, zone: string): number {
  const d = new Date(wall);
  return DateTime.fromObject(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() },
    { zone },
  ).toMillis();
}

/** Working intervals of a range of years: parallel arrays, sorted, non-overlapping. */
interface Table {
  readonly fromYear: number;
  readonly toYear: number; // inclusive
  readonly startMs: number; // start of fromYear
  readonly endMs: number; // start of toYear + 1
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Working ms before interval i. */
  readonly cum: Float64Array;
  /** Working ms up to the end of interval i. */
  readonly cumEnd: Float64Array;
}

/** Computes the working intervals of the years `fromYear..toYear` (luxon is asked once a week). */
function buildTable(r: Rules, fromYear: number, toYear: number): Table {
  const starts: number[] = [];
  const ends: number[] = [];
  const DAY = 86_400_000;
  const firstWall = Date.UTC(fromYear, 0, 1);
  const stopWall = Date.UTC(toYear + 1, 0, 1);
  // A week whose two ends have the same offset has it throughout (only a week with a change,
  // e.g. daylight saving, is resolved per span).
  for (let week = firstWall; week < stopWall; week += 7 * DAY) {
    const weekEnd = Math.min(week + 7 * DAY, stopWall);
    const offset = week - instantOfWall(week, r.zone);
    const steady = weekEnd - instantOfWall(weekEnd, r.zone) === offset;
    for (let wall = week; wall < weekEnd; wall += DAY) {
      const date = new Date(wall).toISOString().slice(0, 10);
      const weekday = ((new Date(wall).getUTCDay() + 6) % 7) + 1; // 1 = Monday
      for (const [a, b] of spansOn(r, date, weekday)) {
        const s = steady ? wall + a * MINUTE - offset : instantOfWall(wall + a * MINUTE, r.zone);
        const e = steady ? wall + b * MINUTE - offset : instantOfWall(wall + b * MINUTE, r.zone);
        const last = ends.length - 1;
        if (last >= 0 && ends[last] === s) ends[last] = e; // 24:00 joined to 00:00
        else {
          starts.push(s);
          ends.push(e);
        }
      }
    }
  }
  return tableOf(fromYear, toYear, instantOfWall(firstWall, r.zone), instantOfWall(stopWall, r.zone), Float64Array.from(starts), Float64Array.from(ends));
}

/** A table from its intervals, with the working time accumulated from its first one. */
function tableOf(fromYear: number, toYear: number, startMs: number, endMs: number, starts: Float64Array, ends: Float64Array): Table {
  const n = starts.length;
  const cum = new Float64Array(n);
  const cumEnd = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    cum[i] = acc;
    acc += ends[i]! - starts[i]!;
    cumEnd[i] = acc;
  }
  return { fromYear, toYear, startMs, endMs, starts, ends, cum, cumEnd };
}

/**
 * Two tables of consecutive years as one (`a` ends where `b` begins), exactly as
 * {@link buildTable} would compute the years of both: an interval running to `b`'s first
 * instant is joined to the one starting there. So a calendar reaching further only computes the
 * years it adds.
 */
function joinTables(a: Table, b: Table): Table {
  const n = a.starts.length;
  const join = n > 0 && b.starts.length > 0 && a.ends[n - 1] === b.starts[0] ? 1 : 0;
  const starts = new Float64Array(n + b.starts.length - join);
  const ends = new Float64Array(starts.length);
  starts.set(a.starts);
  ends.set(a.ends);
  starts.set(b.starts.subarray(join), n);
  ends.set(b.ends.subarray(join), n);
  if (join === 1) ends[n - 1] = b.ends[0]!;
  return tableOf(a.fromYear, b.toYear, a.startMs, b.endMs, starts, ends);
}

/** Index of the last interval starting at or before `at`, or -1. */
function lastStartAtOrBefore(t: Table, at: number): number {
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
}

/** Working ms from the table start up to `at`. */
function workedUpTo(t: Table, at: number): number {
  const i = lastStartAtOrBefore(t, at);
  if (i < 0) return 0;
  const end = t.ends[i]!;
  return at >= end ? t.cumEnd[i]! : t.cum[i]! + (at - t.starts[i]!);
}

/** Index of the first interval whose accumulated end reaches `target` working ms, or -1. */
function intervalReaching(t: Table, target: number): number {
  const ce = t.cumEnd;
  const n = ce.length;
  if (n === 0 || ce[n - 1]! < target) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ce[mid]! >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The working intervals of a calendar, computed lazily and extended year by year as instants
 * outside them are asked about (within the years the rules allow).
 */
class Coverage {
  #table: Table | undefined;
  constructor(private readonly rules: Rules) {}

  yearOf(at: number): number {
    // the years asked last, with their bounds in the zone: a simulation asks about the same few
    const years = this.#years;
    for (let i = 0; i < years.length; i++) {
      const y = years[i]!;
      if (at >= y.from && at < y.to) return y.year;
    }
    const d = DateTime.fromMillis(at, { zone: this.rules.zone });
    if (!d.isValid) return d.year;
    const start = d.startOf('year');
    years.unshift({ year: d.year, from: start.toMillis(), to: start.plus({ years: 1 }).toMillis() });
    if (years.length > 4) years.pop();
    return d.year;
  }

  /** The last years {@link yearOf} answered, with their first instant and the next year's. */
  readonly #years: { year: number; from: number; to: number }[] = [];

  /** Whether the calendar may answer for `year` (with data, or by its out-of-range rule). */
  allows(year: number): boolean {
    if (year < MIN_YEAR || year > MAX_YEAR) return false;
    return this.rules.outOfRange !== 'error' || this.rules.yearSet.has(year);
  }

  outOfRange(at: number): never {
    const r = this.rules;
    throw new CalendarError('CALENDAR_OUT_OF_RANGE', { calendar: r.id, year: Number.isFinite(at) ? this.yearOf(at) : String(at), years: r.years.join(', ') || '-' });
  }

  table(): Table {
    if (this.#table === undefined) {
      const y0 = this.rules.years[0] ?? DateTime.now().setZone(this.rules.zone).year;
      this.#table = buildTable(this.rules, y0, this.rules.years[this.rules.years.length - 1] ?? y0);
    }
    return this.#table;
  }

  /** The table, extended to cover `at`; throws when `at` lies in a year the calendar may not answer for. */
  cover(at: number): Table {
    const t = this.table();
    if (at >= t.startMs && at < t.endMs) return t;
    if (!Number.isFinite(at)) throw new TimeError(at, 'not a finite instant', {}, 'bukan waktu yang terhingga');
    const y = this.yearOf(at);
    if (!this.allows(y)) return this.outOfRange(at);
    // compute only the years the table lacks
    this.#table = y > t.toYear ? joinTables(t, buildTable(this.rules, t.toYear + 1, y)) : joinTables(buildTable(this.rules, y, t.fromYear - 1), t);
    return this.#table;
  }

  /** The table extended by the year after its last one; throws when that year is not allowed. */
  extend(): Table {
    const t = this.table();
    if (!this.allows(t.toYear + 1)) return this.outOfRange(t.endMs);
    return (this.#table = joinTables(t, buildTable(this.rules, t.toYear + 1, t.toYear + 1)));
  }
}

/**
 * Builds a working calendar. Dates and hours are local to `zone`; luxon computes each working
 * interval once (lazily, on first use), and every later call is a binary search.
 *
 * Semantics: `menit` and `jam` consume working minutes; `hari` consumes `minutesPerDay`
 * working minutes; a start outside working time begins at the next opening; work that ends
 * exactly at a closing ends at that closing (not at the next opening). A year without data is
 * *provisional* by default (see {@link WorkCalendarOptionsSchema} `outOfRange`):
 * `provisionalYearsBetween` names the provisional years a span touches.
 *
 * @param options - hours, holidays, extra days off, exceptions, covered years
 * @returns the calendar
 * @throws {@link CalendarError} `INVALID_CALENDAR` naming the field when the options are wrong;
 * later, `CALENDAR_OUT_OF_RANGE` when asked about a year it may not answer for (outside
 * 1970–2200, or any year without data with `outOfRange: 'error'`)
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
  const rules = checkOptions(options);
  const coverage = new Coverage(rules);
  const calendar: WorkingCalendar = {
    id: rules.id,
    zone: rules.zone,
    minutesPerDay: rules.minutesPerDay,
    years: Object.freeze([...rules.years]),
    outOfRange: rules.outOfRange,
    daysOff: Object.freeze([...rules.daysOff.values()].sort((a, b) => (a.date < b.date ? -1 : 1))),
    workingMinutesBetween(from: number, to: number): number {
      coverage.cover(from);
      const t = coverage.cover(to);
      return (workedUpTo(t, to) - workedUpTo(t, from)) / MINUTE;
    },
    addWorkingMinutes(from: number, minutes: number): number {
      if (!(minutes >= 0) || !Number.isFinite(minutes)) {
        throw new TimeError(minutes, 'working minutes to add must be a finite number, zero or more', {}, 'menit kerja yang ditambahkan harus bilangan terhingga, nol atau lebih');
      }
      let t = coverage.cover(from);
      if (minutes === 0) return calendar.nextOpening(from);
      for (;;) {
        const target = workedUpTo(t, from) + minutes * MINUTE;
        const i = intervalReaching(t, target);
        if (i >= 0) return t.starts[i]! + (target - t.cum[i]!);
        t = coverage.extend(); // runs past the years computed so far
      }
    },
    isWorkingTime(at: number): boolean {
      const t = coverage.cover(at);
      const i = lastStartAtOrBefore(t, at);
      return i >= 0 && at < t.ends[i]!;
    },
    nextOpening(at: number): number {
      let t = coverage.cover(at);
      for (;;) {
        const i = lastStartAtOrBefore(t, at);
        if (i >= 0 && at < t.ends[i]!) return at;
        const next = t.starts[i + 1];
        if (next !== undefined) return next;
        t = coverage.extend();
      }
    },
    isWorkingDay(date: string): boolean {
      const d = IsoDateSchema.safeParse(date);
      if (!d.success) throw new TimeError(date, 'expected a date YYYY-MM-DD', {}, 'harus tanggal YYYY-MM-DD');
      const day = DateTime.fromISO(date, { zone: rules.zone });
      if (!day.isValid) throw new TimeError(date, 'no such date', {}, 'tanggal itu tidak ada');
      coverage.cover(day.toMillis());
      return spansOn(rules, date, day.weekday).length > 0;
    },
    dayOff(date: string): Holiday | undefined {
      return dayOffOn(rules, date);
    },
    format(at: number): string {
      return DateTime.fromMillis(at, { zone: rules.zone }).toISO()!;
    },
    provisionalYearsBetween(from: number, to: number): readonly number[] {
      if (rules.outOfRange !== 'provisional' || !Number.isFinite(from) || !Number.isFinite(to)) return [];
      const a = coverage.yearOf(Math.min(from, to));
      const b = coverage.yearOf(Math.max(from, to));
      const out: number[] = [];
      for (let y = a; y <= b; y++) if (!rules.yearSet.has(y)) out.push(y);
      return out;
    },
  };
  return Object.freeze(calendar);
}

/** A year of holidays as an agency writes it in a JSON file: one year, or a list of years. */
export const HolidayFileSchema = z.union([HolidayYearSchema, z.array(HolidayYearSchema).min(1)]);

/**
 * Reads a holiday file (JSON text or an already parsed value): one {@link HolidayYear}
 * `{ year, source, days: [{ date, name, kind }] }` or a list of them, so an agency can add the
 * year an SKB publishes without a new release of the library.
 *
 * @param json - JSON text, or the parsed value
 * @param file - the file's name, for the error
 * @returns the years, to pass to `createWorkCalendar({ holidays: [...indonesiaHolidays, ...years] })`
 * @throws {@link CalendarError} `INVALID_CALENDAR` naming the file and the field
 *
 * @example
 * ```ts
 * const y2027 = parseHolidayFile(readFileSync('libur-2027.json', 'utf8'), 'libur-2027.json')
 * const cal = createWorkCalendar({ id: 'kalbar', hours: KALBAR_HOURS, holidays: [...indonesiaHolidays, ...y2027] })
 * ```
 */
export function parseHolidayFile(json: unknown, file = 'holidays'): readonly HolidayYear[] {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new CalendarError('INVALID_CALENDAR', { field: file, detail: `not JSON (${(e as Error).message})` });
    }
  }
  const parsed = HolidayFileSchema.safeParse(value);
  if (!parsed.success) {
    const d = zodDetail(parsed.error);
    throw new CalendarError('INVALID_CALENDAR', { field: d.field === '' ? file : `${file}: ${d.field}`, detail: d.detail });
  }
  return Array.isArray(parsed.data) ? parsed.data : [parsed.data];
}

/**
 * The default working calendar of Provinsi Kalimantan Barat: zone `Asia/Pontianak` (WIB,
 * UTC+07:00), Monday–Thursday 07:30–16:00 with a break 12:00–13:00, Friday 07:30–16:30 with a
 * break 11:30–13:00 (450 working minutes a day), and the libur nasional and cuti bersama of
 * 2025 and 2026 (SKB 3 Menteri). A later year is *provisional* (weekends and the fixed-date
 * national holidays, flagged in every result) until its SKB is added; see docs/calendar.md.
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

