/**
 * A working calendar read once into flat arrays of working intervals, in minutes from the
 * simulation's origin, so the event loop asks plain numeric questions (is this minute working
 * time? when does work of `d` working minutes started now end?) without luxon or DateTimes.
 *
 * The intervals are read through the calendar's public interface only
 * (`addWorkingMinutes(t, 0)` is the next opening; an interval ends where adding `k` working
 * minutes stops advancing the clock by `k` minutes), a chunk at a time as the simulation needs
 * them, so any `WorkCalendar` plugs in and a calendar's years are read only when reached.
 */
import { DateTime } from 'luxon';
import { SimulationError } from '../errors/index.js';
import { simulationDetail } from '../errors/messages.js';
import type { WorkCalendar } from '../time/index.js';

const MINUTE = 60_000;
/** Coverage is read in chunks of this many minutes (30 days). */
const CHUNK = 30 * 1440;
/** A table never reads further than this from the origin (100 years). */
const LIMIT = 100 * 366 * 1440;

const plainTables = new WeakMap<WorkCalendar, Map<number, WorkTable>>();

/** A calendar month's working time in a {@link WorkTable} (minutes from the origin). */
export interface MonthTimes {
  /** The month's first instant. */
  readonly start: number;
  /** Its working minutes, before the origin included. */
  readonly whole: number;
  /** Working minutes from the origin at its start (0 when it starts before the origin), and at its end. */
  readonly from: number;
  readonly to: number;
}

/** Ranges `[from, to)` in minutes from the origin, sorted and disjoint. */
export type Ranges = readonly (readonly [number, number])[];

/** Intersects `[a, b)` with `allow` (when given) and removes `block`: the pieces that remain. */
function clip(a: number, b: number, allow: Ranges | undefined, block: Ranges): [number, number][] {
  let pieces: [number, number][] = [];
  if (allow === undefined) pieces.push([a, b]);
  else for (const [x, y] of allow) if (y > a && x < b) pieces.push([Math.max(a, x), Math.min(b, y)]);
  for (const [x, y] of block) {
    const next: [number, number][] = [];
    for (const [p, q] of pieces) {
      if (y <= p || x >= q) next.push([p, q]);
      else {
        if (x > p) next.push([p, x]);
        if (y < q) next.push([y, q]);
      }
    }
    pieces = next;
  }
  return pieces;
}

/**
 * The working intervals of one calendar (optionally minus blocked ranges, such as leave, and
 * within allowed ranges, such as the dates a Plt. covers) from an origin onwards.
 */
export class WorkTable {
  /**
   * The plain table of a calendar from an origin, shared by every run that asks for it (a
   * table depends only on the two, and reading a calendar's intervals is the costly part).
   */
  static of(calendar: WorkCalendar, originMs: number): WorkTable {
    let byOrigin = plainTables.get(calendar);
    if (byOrigin === undefined) plainTables.set(calendar, (byOrigin = new Map()));
    let t = byOrigin.get(originMs);
    if (t === undefined) {
      if (byOrigin.size >= 8) byOrigin.clear();
      byOrigin.set(originMs, (t = new WorkTable(calendar, originMs)));
    }
    return t;
  }

  /** Interval starts, minutes from the origin. */
  starts = new Float64Array(256);
  /** Interval ends. */
  ends = new Float64Array(256);
  /** Working minutes before interval i. */
  cum = new Float64Array(256);
  /** Working minutes up to the end of interval i (`cum[i] + ends[i] − starts[i]`, kept to search on). */
  cumEnd = new Float64Array(256);
  /** How many intervals are known. */
  n = 0;
  /** Intervals are known for every minute before this one. */
  covered = 0;
  /**
   * The interval of the last instant asked about (searches start from it: the event loop asks
   * about its events' instants, which only move forward). {@link at} leaves it alone.
   */
  private hint = 0;
  /** Interval lengths met so far (minutes). */
  private readonly lengths: number[] = [];
  /** No working time at or after this minute. */
  private readonly stop: number;

  constructor(
    private readonly calendar: WorkCalendar,
    private readonly originMs: number,
    private readonly allow: Ranges | undefined = undefined,
    private readonly block: Ranges = [],
  ) {
    const lastAllowed = allow === undefined ? LIMIT : (allow[allow.length - 1]?.[1] ?? 0);
    this.stop = Math.min(LIMIT, lastAllowed);
  }

  /** Whether `other` reads the same working time as this table (the same calendar, nothing removed or restricted). */
  isPlain(calendar: WorkCalendar): boolean {
    return this.calendar === calendar && this.allow === undefined && this.block.length === 0;
  }

  /** Reads the calendar's intervals of `[from, to)` (minutes), appending them. */
  private read(from: number, to: number): void {
    const cal = this.calendar;
    const o = this.originMs;
    let t = from;
    while (t < to) {
      const s = (cal.addWorkingMinutes(o + t * MINUTE, 0) - o) / MINUTE;
      if (s >= to) break;
      // the interval is [s, s + L) with L the most minutes that advance the clock minute for minute
      const sMs = o + s * MINUTE;
      const room = to - s;
      const runs = (k: number) => cal.addWorkingMinutes(sMs, k) === sMs + k * MINUTE;
      // most intervals are as long as one seen before: try those lengths first
      const known = this.lengths.find((len) => len <= room && runs(len) && (len === room || !runs(len + 1)));
      if (known !== undefined) {
        for (const [a, b] of clip(s, s + known, this.allow, this.block)) this.push(a, b);
        t = s + known;
        continue;
      }
      let lo = 0;
      let hi = 1;
      while (hi < room && runs(hi)) {
        lo = hi;
        hi *= 2;
      }
      if (hi >= room) {
        if (runs(room)) lo = hi = room;
        else hi = room;
      }
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (runs(mid)) lo = mid;
        else hi = mid;
      }
      const e = s + Math.max(lo, 1);
      if (e < to && this.lengths.length < 8) this.lengths.push(e - s);
      for (const [a, b] of clip(s, e, this.allow, this.block)) this.push(a, b);
      t = e;
    }
  }

  private push(a: number, b: number): void {
    const last = this.n - 1;
    if (last >= 0 && this.ends[last] === a) {
      this.ends[last] = b;
      this.cumEnd[last] = this.cum[last]! + (b - this.starts[last]!);
      return;
    }
    if (this.n === this.starts.length) {
      const grow = (x: Float64Array) => {
        const y = new Float64Array(x.length * 2);
        y.set(x);
        return y;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.cum = grow(this.cum);
      this.cumEnd = grow(this.cumEnd);
    }
    const i = this.n++;
    this.starts[i] = a;
    this.ends[i] = b;
    this.cum[i] = i === 0 ? 0 : this.cum[i - 1]! + (this.ends[i - 1]! - this.starts[i - 1]!);
    this.cumEnd[i] = this.cum[i]! + (b - a);
  }

  /**
   * Reads intervals until minute `t` is covered. A chunk that runs into years the calendar
   * cannot answer for is read in smaller pieces, so the error comes only when the simulation
   * itself reaches such a year.
   */
  extend(t: number): void {
    while (this.covered <= t && this.covered < this.stop) {
      let len = Math.min(CHUNK, this.stop - this.covered);
      for (;;) {
        try {
          this.read(this.covered, this.covered + len);
          break;
        } catch (e) {
          if (len <= 1440 || this.covered + 1440 > t) throw e;
          len = Math.max(1440, Math.floor(len / 4));
        }
      }
      this.covered += len;
    }
  }

  /**
   * Index of the last interval starting at or before `t` (-1 when none). Call after
   * {@link extend}. The event loop asks about times near the last one asked, so the search
   * gallops out from that index before it bisects.
   */
  private index(t: number): number {
    const s = this.starts;
    const n = this.n;
    let h = this.hint;
    if (h >= n) h = n - 1;
    if (h < 0) return -1;
    let lo: number;
    let hi: number;
    if (s[h]! <= t) {
      // the answer is h or after it: gallop forward to an interval starting after t
      if (h + 1 === n || s[h + 1]! > t) return (this.hint = h);
      let step = 2;
      lo = h + 1;
      hi = h + step;
      while (hi < n && s[hi]! <= t) {
        lo = hi;
        step *= 2;
        hi = h + step;
      }
      if (hi >= n) hi = n;
      // s[lo] <= t, and s[hi] > t or hi = n
    } else {
      // before h: gallop backward to an interval starting at or before t
      let step = 1;
      hi = h;
      lo = h - step;
      while (lo >= 0 && s[lo]! > t) {
        hi = lo;
        step *= 2;
        lo = h - step;
      }
      if (lo < 0) {
        if (s[0]! > t) return -1;
        lo = 0;
      }
      // s[lo] <= t < s[hi]
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! <= t) lo = mid;
      else hi = mid;
    }
    return (this.hint = lo);
  }

  /** Working minutes from the origin up to minute `t`. */
  worked(t: number): number {
    // one event asks about its own instant several times
    if (t === this.memoT) {
      this.hint = this.memoI;
      return this.memoW;
    }
    if (t >= this.covered) this.extend(t);
    const i = this.index(t);
    this.memoI = Math.max(0, i);
    let w = 0;
    if (i >= 0) {
      const e = this.ends[i]!;
      w = t >= e ? this.cum[i]! + (e - this.starts[i]!) : this.cum[i]! + (t - this.starts[i]!);
    }
    this.memoT = t;
    this.memoW = w;
    this.memoOpen = i >= 0 && t < this.ends[i]!;
    return w;
  }

  /** The last instant {@link worked} answered for, its answer and whether it is working time (a covered instant's answers never change). */
  private memoT = NaN;
  private memoW = 0;
  private memoOpen = false;
  private memoI = 0;

  /** `worked(t)` of the last {@link add}: the working minute its work started from. */
  startedAt = 0;

  /** Whether minute `t` is working time (a closing minute is not). */
  isOpen(t: number): boolean {
    // asked right after worked(t) of the same event (a covered instant's answers never change)
    if (t === this.memoT) return this.memoOpen;
    if (t >= this.covered) this.extend(t);
    const i = this.index(t);
    return i >= 0 && t < this.ends[i]!;
  }

  /** `t` when it is working time, else the next opening; `Infinity` when there is none. */
  nextOpen(t: number): number {
    if (t >= this.covered) this.extend(t);
    for (;;) {
      const i = this.index(t);
      if (i >= 0 && t < this.ends[i]!) return t;
      if (i + 1 < this.n) return this.starts[i + 1]!;
      if (this.covered >= this.stop) return Infinity;
      this.extend(this.covered);
    }
  }

  /** The minute at which `d` working minutes started at `t` end (work ending at a closing ends there). */
  add(t: number, d: number): number {
    const w = this.worked(t);
    this.startedAt = w;
    if (!(d > 0)) return this.nextOpen(t);
    return this.at(w + d, Math.max(0, this.hint));
  }

  /**
   * The first minute by which `w` working minutes have passed since the origin (`w > 0`),
   * searching from interval `from` (galloping forward: work mostly ends a few intervals on).
   */
  at(w: number, from = this.hint): number {
    const target = w;
    for (;;) {
      const last = this.n - 1;
      const ce = this.cumEnd;
      if (last >= 0 && ce[last]! >= target) {
        // the first interval whose end reaches the target (reached at i is monotone in i)
        let lo = Math.min(Math.max(0, from), last);
        let hi: number;
        if (ce[lo]! >= target) {
          if (lo === 0 || ce[lo - 1]! < target) return this.starts[lo]! + (target - this.cum[lo]!);
          hi = lo;
          lo = 0; // the target lies before `from`: bisect the whole prefix
        } else {
          // work mostly ends a few intervals on: look at the next few, then gallop
          const near = Math.min(last, lo + 4);
          let i = lo + 1;
          while (i < near && ce[i]! < target) i++;
          if (ce[i]! >= target) return this.starts[i]! + (target - this.cum[i]!);
          let step = 1;
          const base = i;
          lo = i;
          hi = base + step;
          while (hi < last && ce[hi]! < target) {
            lo = hi;
            step *= 2;
            hi = base + step;
          }
          if (hi > last) hi = last;
          lo++;
        }
        // reached at hi, and not before lo
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (ce[mid]! >= target) hi = mid;
          else lo = mid + 1;
        }
        return this.starts[lo]! + (target - this.cum[lo]!);
      }
      if (this.covered >= this.stop) {
        throw new SimulationError(simulationDetail('no-working-time', { calendar: this.calendar.id, days: Math.round(this.covered / 1440) }), { field: 'calendar' });
      }
      this.extend(this.covered);
    }
  }

  private readonly months: number[] = [];

  /**
   * The start of the `i`-th calendar month (in the calendar's zone) counted from the month that
   * holds the origin, in minutes from the origin (negative for i = 0 unless the origin is a
   * month's first instant). Computed once per table.
   */
  monthStart(i: number): number {
    const m = this.months;
    if (m.length === 0) m.push((DateTime.fromMillis(this.originMs, { zone: this.calendar.zone }).startOf('month').toMillis() - this.originMs) / MINUTE);
    while (m.length <= i) {
      const next = DateTime.fromMillis(this.originMs + m[m.length - 1]! * MINUTE, { zone: this.calendar.zone }).plus({ months: 1 });
      m.push((next.toMillis() - this.originMs) / MINUTE);
    }
    return m[i]!;
  }

  private readonly monthTimes: MonthTimes[] = [];

  /**
   * The working time of the `i`-th month ({@link monthStart}): all of it (the part before the
   * origin included), and the working minutes from the origin at its start (or at the origin)
   * and at its end. Computed once per table: every per-month arrival process of every run on
   * this table reads the same months.
   */
  month(i: number): MonthTimes {
    let m = this.monthTimes[i];
    if (m === undefined) {
      const a = this.monthStart(i);
      const b = this.monthStart(i + 1);
      m = { start: a, whole: this.span(a, b), from: this.worked(Math.max(0, a)), to: this.worked(b) };
      this.monthTimes[i] = m;
    }
    return m;
  }

  /** Working minutes of `[a, b)`, asking the calendar itself for the part before the origin. */
  span(a: number, b: number): number {
    if (a >= 0) return this.between(a, b);
    return this.calendar.workingMinutesBetween(this.originMs + a * MINUTE, this.originMs) + this.worked(b);
  }

  /** Working minutes between minutes `a <= b`. */
  between(a: number, b: number): number {
    return this.worked(b) - this.worked(a);
  }
}
