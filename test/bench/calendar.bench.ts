// Calendar: addWorkingMinutes (precomputed intervals + binary search) against the day-by-day
// luxon walk (test/bench/calendar-reference.ts) on the same seeded inputs. Target: >= 1000x.
import { indonesiaHolidays, kalbarCalendar, KALBAR_HOURS } from 'sop-ap';
import { mulberry32 } from '../../src/simulation/random.js';
import { referenceAddWorkingMinutes, type ReferenceCalendar } from './calendar-reference.js';
import { compare, type BenchResult } from './harness.js';

export function run(): BenchResult[] {
  const ref: ReferenceCalendar = { zone: 'Asia/Pontianak', hours: KALBAR_HOURS, daysOff: new Set(indonesiaHolidays.flatMap((y) => y.days.map((d) => d.date))) };
  const rnd = mulberry32(2026);
  const from0 = Date.parse('2025-01-01T00:00:00+07:00');
  const span = Date.parse('2026-11-01T00:00:00+07:00') - from0;
  const N = 1024;
  const froms = Float64Array.from({ length: N }, () => from0 + Math.floor(rnd() * span));
  const mins = Float64Array.from({ length: N }, () => Math.floor(rnd() * 2250)); // up to 5 working days
  // same answers first
  for (let i = 0; i < N; i++) {
    if (kalbarCalendar.addWorkingMinutes(froms[i]!, mins[i]!) !== referenceAddWorkingMinutes(ref, froms[i]!, mins[i]!)) {
      return [{ name: 'calendar addWorkingMinutes', opsPerSec: 0, detail: `differs from the luxon walk at input ${i}`, ok: false }];
    }
  }
  let i = 0;
  let j = 0;
  let sink = 0;
  const r = compare(
    () => {
      i = (i + 1) & (N - 1);
      sink += kalbarCalendar.addWorkingMinutes(froms[i]!, mins[i]!);
    },
    () => {
      j = (j + 1) & (N - 1);
      sink += referenceAddWorkingMinutes(ref, froms[j]!, mins[j]!);
    },
  );
  const ratio = r.subject / r.baseline;
  if (sink === 42) process.stdout.write('');
  return [
    {
      name: 'calendar addWorkingMinutes vs luxon day-by-day walk',
      opsPerSec: r.subject,
      baselineOpsPerSec: r.baseline,
      detail: `${Math.round(r.subject).toLocaleString('en')} ops/s vs ${Math.round(r.baseline).toLocaleString('en')} ops/s = ${Math.round(ratio).toLocaleString('en')}x (target >= 1000x)`,
      ok: ratio >= 1000,
    },
  ];
}
