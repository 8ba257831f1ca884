// The precomputed calendar against the day-by-day luxon walk (test/bench/calendar-reference.ts) on
// thousands of seeded random inputs: both must give the same instant to the millisecond.
import { describe, expect, test } from 'vitest';
import { referenceAddWorkingMinutes, referenceWorkingMinutesBetween, type ReferenceCalendar } from '../bench/calendar-reference.js';
import { createWorkCalendar, indonesiaHolidays, kalbarCalendar, KALBAR_HOURS } from 'sop-ap';
import { mulberry32 } from '../../src/simulation/random.js';


const kalbarRef: ReferenceCalendar = {
  zone: 'Asia/Pontianak',
  hours: KALBAR_HOURS,
  daysOff: new Set(indonesiaHolidays.flatMap((y) => y.days.map((d) => d.date))),
};

const Y2025 = Date.parse('2025-01-01T00:00:00+07:00');
const END = Date.parse('2026-11-30T00:00:00+07:00');

/** Random instants: uniform, or snapped to a minute, or exactly on an opening/closing. */
function randomInstant(rnd: () => number): number {
  const t = Y2025 + Math.floor(rnd() * (END - Y2025));
  const k = rnd();
  if (k < 0.3) return t;
  if (k < 0.6) return t - (t % 60_000);
  const day = t - ((t + 7 * 3_600_000) % 86_400_000); // local midnight (UTC+7, no DST)
  const marks = [7.5, 11.5, 12, 13, 16, 16.5, 0, 23.99];
  return day + marks[Math.floor(rnd() * marks.length)]! * 3_600_000;
}

describe('the calendar agrees with a day-by-day luxon walk', () => {
  test('addWorkingMinutes on 3,000 seeded random inputs', () => {
    const rnd = mulberry32(20260302);
    for (let i = 0; i < 3000; i++) {
      const from = randomInstant(rnd);
      const r = rnd();
      const minutes = r < 0.05 ? 0 : r < 0.2 ? 450 * (1 + Math.floor(rnd() * 5)) : r < 0.3 ? rnd() * 100 : Math.floor(rnd() * 3000);
      const got = kalbarCalendar.addWorkingMinutes(from, minutes);
      const want = referenceAddWorkingMinutes(kalbarRef, from, minutes);
      if (got !== want) expect({ from: new Date(from).toISOString(), minutes, got: new Date(got).toISOString() }).toEqual({ from: new Date(from).toISOString(), minutes, got: new Date(want).toISOString() });
    }
  });

  test('workingMinutesBetween on 2,000 seeded random pairs, and it inverts addWorkingMinutes', () => {
    const rnd = mulberry32(7);
    for (let i = 0; i < 2000; i++) {
      const a = randomInstant(rnd);
      const b = a + Math.floor(rnd() * 10 * 86_400_000);
      const got = kalbarCalendar.workingMinutesBetween(a, b);
      expect(got).toBeCloseTo(referenceWorkingMinutesBetween(kalbarRef, a, b), 9);
      const m = Math.floor(rnd() * 2000) + 1;
      expect(kalbarCalendar.workingMinutesBetween(a, kalbarCalendar.addWorkingMinutes(a, m))).toBeCloseTo(m, 9);
    }
  });

  test('with a date-ranged exception and extra days off', () => {
    const ramadan = { mon: [['08:00', '14:30']], tue: [['08:00', '14:30']], wed: [['08:00', '14:30']], thu: [['08:00', '14:30']], fri: [['08:00', '15:00']] } as never;
    const cal = createWorkCalendar({
      hours: KALBAR_HOURS,
      holidays: indonesiaHolidays,
      extraDaysOff: ['2025-05-02', '2026-10-20'],
      exceptions: [{ from: '2026-02-18', to: '2026-03-19', hours: ramadan }],
    });
    const ref: ReferenceCalendar = {
      ...kalbarRef,
      daysOff: new Set([...kalbarRef.daysOff, '2025-05-02', '2026-10-20']),
      exceptions: [{ from: '2026-02-18', to: '2026-03-19', hours: ramadan }],
    };
    const rnd = mulberry32(99);
    for (let i = 0; i < 1000; i++) {
      const from = randomInstant(rnd);
      const minutes = Math.floor(rnd() * 2500);
      expect(cal.addWorkingMinutes(from, minutes)).toBe(referenceAddWorkingMinutes(ref, from, minutes));
    }
  });
});
