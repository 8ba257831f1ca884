/**
 * The straightforward way to add working minutes: walk day by day with luxon, asking each day
 * for its spans. Slow (luxon per day and per span) but obviously right; the calendar's tests
 * check the precomputed calendar against it, and test/bench/calendar.bench.ts measures both.
 */
import { DateTime } from 'luxon';
import type { WeeklyHours } from 'sop-ap';

const KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** What the reference walk needs to know. */
export interface ReferenceCalendar {
  readonly zone: string;
  readonly hours: WeeklyHours;
  readonly daysOff: ReadonlySet<string>;
  readonly exceptions?: readonly { from: string; to: string; hours: WeeklyHours }[];
}

function spansOf(cal: ReferenceCalendar, day: DateTime): [DateTime, DateTime][] {
  const date = day.toISODate()!;
  if (cal.daysOff.has(date)) return [];
  let hours = cal.hours;
  for (const x of cal.exceptions ?? []) if (date >= x.from && date <= x.to) hours = x.hours;
  const list = hours[KEYS[day.weekday - 1]!] ?? [];
  return list.map(([a, b]) => {
    const at = (t: string) => (t === '24:00' ? day.plus({ days: 1 }) : day.set({ hour: Number(t.slice(0, 2)), minute: Number(t.slice(3)) }));
    return [at(a), at(b)];
  });
}

/** `from` plus `minutes` working minutes, walking day by day. */
export function referenceAddWorkingMinutes(cal: ReferenceCalendar, from: number, minutes: number): number {
  let remaining = minutes * 60_000;
  const t = DateTime.fromMillis(from, { zone: cal.zone });
  let day = t.startOf('day');
  for (let guard = 0; guard < 5000; guard++) {
    for (const [s, e] of spansOf(cal, day)) {
      const end = e.toMillis();
      if (end <= from) continue;
      const begin = Math.max(s.toMillis(), from);
      if (remaining === 0) return begin;
      if (remaining <= end - begin) return begin + remaining;
      remaining -= end - begin;
    }
    day = day.plus({ days: 1 });
  }
  throw new Error('reference walk ran too far');
}

/** Working minutes between two instants, walking day by day. */
export function referenceWorkingMinutesBetween(cal: ReferenceCalendar, from: number, to: number): number {
  let total = 0;
  let day = DateTime.fromMillis(from, { zone: cal.zone }).startOf('day');
  while (day.toMillis() < to) {
    for (const [s, e] of spansOf(cal, day)) {
      const a = Math.max(s.toMillis(), from);
      const b = Math.min(e.toMillis(), to);
      if (b > a) total += b - a;
    }
    day = day.plus({ days: 1 });
  }
  return total / 60_000;
}
