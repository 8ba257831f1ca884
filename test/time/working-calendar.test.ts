import { describe, expect, test } from 'vitest';
import { CalendarError, TimeError } from '../../src/errors/index.js';
import {
  createWorkCalendar,
  kalbarCalendar,
  KALBAR_HOURS,
  indonesiaHolidays,
  holidays2025,
  holidays2026,
  calendar24x7,
  parseHolidayFile,
} from '../../src/time/index.js';

const at = (iso: string) => Date.parse(iso);
const wib = (local: string) => at(`${local}:00+07:00`);
const show = (ms: number) => kalbarCalendar.format(ms);

describe('kalbarCalendar: hours of Pergub Kalbar 1/2013', () => {
  test('zone and one working day of 450 minutes', () => {
    expect(kalbarCalendar.id).toBe('kalbar');
    expect(kalbarCalendar.zone).toBe('Asia/Pontianak');
    expect(kalbarCalendar.minutesPerDay).toBe(450);
    expect(kalbarCalendar.years).toEqual([2025, 2026]);
  });

  test('Monday 07:30 + 450 minutes ends exactly at the 16:00 closing, not at the next opening', () => {
    expect(show(kalbarCalendar.addWorkingMinutes(wib('2026-03-02T07:30'), 450))).toBe('2026-03-02T16:00:00.000+07:00');
  });

  test('Friday has the longer break and closes at 16:30', () => {
    expect(show(kalbarCalendar.addWorkingMinutes(wib('2026-03-06T07:30'), 450))).toBe('2026-03-06T16:30:00.000+07:00');
    // 11:20 + 20: 10 minutes before the 11:30 break, 10 after 13:00
    expect(show(kalbarCalendar.addWorkingMinutes(wib('2026-03-06T11:20'), 20))).toBe('2026-03-06T13:10:00.000+07:00');
  });

  test('the Monday–Thursday break is 12:00–13:00', () => {
    expect(show(kalbarCalendar.addWorkingMinutes(wib('2026-03-02T11:50'), 20))).toBe('2026-03-02T13:10:00.000+07:00');
    expect(kalbarCalendar.isWorkingTime(wib('2026-03-02T12:30'))).toBe(false);
    expect(kalbarCalendar.isWorkingTime(wib('2026-03-02T11:59'))).toBe(true);
    expect(kalbarCalendar.isWorkingTime(wib('2026-03-02T16:00'))).toBe(false);
  });

  test('a start outside working time begins at the next opening', () => {
    expect(show(kalbarCalendar.addWorkingMinutes(wib('2026-03-02T06:00'), 30))).toBe('2026-03-02T08:00:00.000+07:00');
    // Saturday 10:00 + 60 -> Monday 08:30
    expect(show(kalbarCalendar.addWorkingMinutes(wib('2026-03-07T10:00'), 60))).toBe('2026-03-09T08:30:00.000+07:00');
    // zero minutes from a closed instant is the next opening; from an open instant it is the instant
    expect(show(kalbarCalendar.addWorkingMinutes(wib('2026-03-07T10:00'), 0))).toBe('2026-03-09T07:30:00.000+07:00');
    expect(kalbarCalendar.addWorkingMinutes(wib('2026-03-09T10:00'), 0)).toBe(wib('2026-03-09T10:00'));
  });

  test('libur nasional and cuti bersama are days off: 18–24 March 2026 (Nyepi, Idulfitri)', () => {
    // Tuesday 17 March 15:00: 60 minutes that day, then nothing until Wednesday 25 March
    expect(show(kalbarCalendar.addWorkingMinutes(wib('2026-03-17T15:00'), 120))).toBe('2026-03-25T08:30:00.000+07:00');
    expect(kalbarCalendar.isWorkingDay('2026-03-18')).toBe(false);
    expect(kalbarCalendar.dayOff('2026-03-18')?.kind).toBe('cuti-bersama');
    expect(kalbarCalendar.dayOff('2026-03-19')?.kind).toBe('libur-nasional');
    expect(kalbarCalendar.isWorkingDay('2026-03-25')).toBe(true);
    expect(kalbarCalendar.isWorkingDay('2026-03-28')).toBe(false); // Saturday
    // 18 August 2025: cuti bersama added by the amending SKB 933/1/3
    expect(kalbarCalendar.dayOff('2025-08-18')?.kind).toBe('cuti-bersama');
  });

  test('a whole year: 240 working days in 2026 and 237 in 2025 (weekdays minus weekday holidays)', () => {
    // 2026: 261 weekdays, 21 of the 25 days off fall on weekdays; 2025: 261 weekdays, 24 of 28.
    expect(kalbarCalendar.workingMinutesBetween(wib('2026-01-01T00:00'), wib('2026-12-31T23:59'))).toBe(240 * 450);
    expect(kalbarCalendar.workingMinutesBetween(wib('2025-01-01T00:00'), wib('2025-12-31T23:59'))).toBe(237 * 450);
  });

  test('working minutes between instants, fractional mid-minute', () => {
    expect(kalbarCalendar.workingMinutesBetween(wib('2026-03-02T07:30'), wib('2026-03-06T16:30'))).toBe(5 * 450);
    expect(kalbarCalendar.workingMinutesBetween(wib('2026-03-02T11:00'), wib('2026-03-02T14:00'))).toBe(120);
    expect(kalbarCalendar.workingMinutesBetween(wib('2026-03-02T08:00'), wib('2026-03-02T08:00') + 30_000)).toBe(0.5);
    expect(kalbarCalendar.workingMinutesBetween(wib('2026-03-07T08:00'), wib('2026-03-08T15:00'))).toBe(0);
  });

  test('the holiday data: 17 libur nasional each year, 11 and 8 cuti bersama, every date in its year, with a source', () => {
    for (const [y, cuti] of [[holidays2025, 11], [holidays2026, 8]] as const) {
      expect(y.days.filter((d) => d.kind === 'libur-nasional')).toHaveLength(17);
      expect(y.days.filter((d) => d.kind === 'cuti-bersama')).toHaveLength(cuti);
      expect(y.days.every((d) => d.date.startsWith(`${y.year}-`))).toBe(true);
      expect(y.source).toMatch(/SKB/);
      expect(new Set(y.days.map((d) => d.date)).size).toBe(y.days.length);
    }
    expect(indonesiaHolidays.map((y) => y.year)).toEqual([2025, 2026]);
  });
});

describe('a year without SKB data', () => {
  const strict = createWorkCalendar({ id: 'kalbar-strict', hours: KALBAR_HOURS, holidays: indonesiaHolidays, outOfRange: 'error' });

  test("outOfRange 'error' is still available: a year without data is an error naming the year and the years it has", () => {
    const err = (() => {
      try {
        strict.addWorkingMinutes(wib('2027-01-04T08:00'), 10);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(CalendarError);
    expect((err as CalendarError).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect((err as CalendarError).message).toMatch(/2027.*2025, 2026/);
    expect(() => strict.workingMinutesBetween(wib('2024-12-31T08:00'), wib('2025-01-02T08:00'))).toThrow(CalendarError);
    expect(() => strict.addWorkingMinutes(wib('2026-12-31T15:00'), 120)).toThrow(/2027/);
  });

  test('the default calendar never runs out: 2027 is provisional, with the fixed-date national holidays only', () => {
    // Thursday 31 Dec 2026 15:00 + 120 minutes: 60 on Thursday, Friday 1 Jan 2027 is Tahun Baru
    // (fixed by date), the weekend, then Monday 4 Jan 07:30 + 60.
    expect(kalbarCalendar.format(kalbarCalendar.addWorkingMinutes(wib('2026-12-31T15:00'), 120))).toBe('2027-01-04T08:30:00.000+07:00');
    expect(kalbarCalendar.provisionalYearsBetween!(wib('2026-12-31T15:00'), wib('2027-01-04T08:30'))).toEqual([2027]);
    expect(kalbarCalendar.provisionalYearsBetween!(wib('2026-03-02T07:30'), wib('2026-12-31T08:30'))).toEqual([]);
    for (const date of ['2027-01-01', '2027-05-01', '2027-06-01', '2027-08-17', '2027-12-25']) {
      expect(kalbarCalendar.dayOff(date)?.kind).toBe('libur-nasional');
      expect(kalbarCalendar.dayOff(date)?.name).toMatch(/perkiraan/);
    }
    // Movable feasts are never guessed: Idulfitri 1448 H falls around 9-10 March 2027, unknown here
    expect(kalbarCalendar.isWorkingDay('2027-03-10')).toBe(true);
    // 2027 has 261 weekdays; 1 Jan (Fri), 17 Aug (Tue) fall on weekdays; 1 May (Sat), 1 Jun (Tue), 25 Dec (Sat)
    const y = kalbarCalendar.workingMinutesBetween(wib('2027-01-01T00:00'), wib('2028-01-01T00:00'));
    expect(y / 450).toBe(261 - 3);
  });

  test('years outside 1970–2200 are refused even on a provisional calendar', () => {
    expect(() => kalbarCalendar.workingMinutesBetween(wib('2026-03-02T07:30'), Date.UTC(2201, 5, 1))).toThrow(CalendarError);
    expect(() => kalbarCalendar.addWorkingMinutes(Date.UTC(2200, 11, 31, 8), 450 * 5)).toThrow(/2201/);
  });

  test('a holiday file adds a year without a release: JSON text, checked, named in errors', () => {
    const json = JSON.stringify({ year: 2027, source: 'SKB 3 Menteri (contoh)', days: [{ date: '2027-03-10', name: 'Idulfitri 1448 H', kind: 'libur-nasional' }] });
    const years = parseHolidayFile(json, 'libur-2027.json');
    const cal = createWorkCalendar({ id: 'kalbar', hours: KALBAR_HOURS, holidays: [...indonesiaHolidays, ...years] });
    expect(cal.isWorkingDay('2027-03-10')).toBe(false);
    expect(cal.isWorkingDay('2027-01-01')).toBe(true); // the file's data replaces the provisional guess
    expect(cal.provisionalYearsBetween!(wib('2027-01-04T08:00'), wib('2027-02-01T08:00'))).toEqual([]);
    expect(() => parseHolidayFile('{"year": 2027', 'x.json')).toThrow(/x\.json/);
    expect(() => parseHolidayFile({ year: 2027, source: 's', days: [{ date: '2027-02-30', name: 'n', kind: 'libur-nasional' }] }, 'y.json')).toThrow(/y\.json: days\.0\.date/);
  });

  test("outOfRange 'weekdays' is an explicit opt-in: weekly hours, no holidays", () => {
    const cal = createWorkCalendar({ id: 'x', hours: KALBAR_HOURS, holidays: indonesiaHolidays, outOfRange: 'weekdays' });
    // 1 January 2027 is a Friday; without 2027 data it counts as a working day
    expect(cal.format(cal.addWorkingMinutes(wib('2026-12-31T15:00'), 120))).toBe('2027-01-01T08:30:00.000+07:00');
    expect(cal.workingMinutesBetween(wib('2024-12-30T07:30'), wib('2024-12-31T16:00'))).toBe(900);
  });
});

describe('an agency calendar', () => {
  test('Ramadan hours as a date-ranged exception', () => {
    const cal = createWorkCalendar({
      id: 'ramadan',
      hours: KALBAR_HOURS,
      holidays: indonesiaHolidays,
      exceptions: [
        {
          from: '2026-02-23',
          to: '2026-02-27',
          name: 'Ramadan',
          hours: { mon: [['08:00', '12:00'], ['12:30', '15:00']], fri: [['08:00', '11:30'], ['13:00', '15:30']] },
        },
      ],
    });
    // Monday 23 Feb opens at 08:00
    expect(cal.format(cal.addWorkingMinutes(wib('2026-02-23T07:30'), 30))).toBe('2026-02-23T08:30:00.000+07:00');
    // Tuesday is left out of the exception's hours, so Tuesday 24 Feb is not a working day
    expect(cal.isWorkingDay('2026-02-24')).toBe(false);
    // Monday after the range has the normal hours again
    expect(cal.format(cal.addWorkingMinutes(wib('2026-03-02T07:00'), 30))).toBe('2026-03-02T08:00:00.000+07:00');
    expect(cal.minutesPerDay).toBe(450);
  });

  test('an extra day off and a regional holiday', () => {
    const cal = createWorkCalendar({
      hours: KALBAR_HOURS,
      holidays: indonesiaHolidays,
      extraDaysOff: ['2026-03-03', { date: '2026-03-04', name: 'Hari jadi' }],
    });
    expect(cal.format(cal.addWorkingMinutes(wib('2026-03-02T15:00'), 120))).toBe('2026-03-05T08:30:00.000+07:00');
    expect(cal.dayOff('2026-03-04')).toEqual({ date: '2026-03-04', name: 'Hari jadi', kind: 'libur-tambahan' });
  });

  test('a year of holidays added by the agency', () => {
    const y2027 = { year: 2027, source: 'SKB (contoh)', days: [{ date: '2027-01-01', name: 'Tahun Baru', kind: 'libur-nasional' as const }] };
    const cal = createWorkCalendar({ hours: KALBAR_HOURS, holidays: [...indonesiaHolidays, y2027] });
    expect(cal.years).toEqual([2025, 2026, 2027]);
    expect(cal.format(cal.addWorkingMinutes(wib('2026-12-31T15:00'), 120))).toBe('2027-01-04T08:30:00.000+07:00');
  });

  test('other hours, another zone', () => {
    const cal = createWorkCalendar({ zone: 'Asia/Jayapura', hours: { mon: [['08:00', '16:00']], tue: [['08:00', '16:00']] }, years: [2026] });
    expect(cal.minutesPerDay).toBe(480);
    expect(cal.format(cal.addWorkingMinutes(at('2026-03-02T08:00:00+09:00'), 480 + 60))).toBe('2026-03-03T09:00:00.000+09:00');
  });

  test('a zone with daylight saving time: the working day keeps its local hours', () => {
    const cal = createWorkCalendar({ zone: 'Europe/Berlin', hours: { sun: [['00:00', '24:00']] }, years: [2026], minutesPerDay: 1440 });
    // 29 March 2026 is a Sunday with only 23 hours in Berlin
    expect(cal.workingMinutesBetween(at('2026-03-28T12:00:00Z'), at('2026-03-30T12:00:00Z'))).toBe(23 * 60);
  });

  test.each([
    [{ hours: { mon: [['16:00', '07:30']] }, years: [2026] }, /hours\.mon\.0/],
    [{ hours: { mon: [['07:30', '12:00'], ['11:00', '16:00']] }, years: [2026] }, /overlap/],
    [{ hours: { mon: [['7:30', '12:00']] }, years: [2026] }, /HH:MM/],
    [{ hours: KALBAR_HOURS, years: [2025, 2027] }, /consecutive/],
    [{ hours: KALBAR_HOURS, outOfRange: 'error' }, /no year/],
    [{ hours: KALBAR_HOURS, years: [2026], zone: 'Mars/Olympus' }, /zone/],
    [{ hours: { mon: [['08:00', '12:00']], tue: [['08:00', '16:00']] }, years: [2026] }, /minutesPerDay/],
    [{ hours: {}, years: [2026] }, /no working day/],
    [{ hours: KALBAR_HOURS, years: [2026], outOfRange: 'error', extraDaysOff: ['2027-01-02'] }, /outside the covered years/],
    [{ hours: KALBAR_HOURS, years: [2026], exceptions: [{ from: '2026-03-10', to: '2026-03-01', hours: {} }] }, /exceptions\.0/],
  ])('invalid options are a CalendarError naming the field (%#)', (options, message) => {
    let error: unknown;
    try {
      createWorkCalendar(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarError);
    expect((error as CalendarError).code).toBe('INVALID_CALENDAR');
    expect((error as Error).message).toMatch(message);
  });

  test('negative minutes are rejected', () => {
    expect(() => kalbarCalendar.addWorkingMinutes(wib('2026-03-02T08:00'), -5)).toThrow(TimeError);
  });

  test('24x7 stays plain elapsed time', () => {
    expect(calendar24x7.addWorkingMinutes(wib('2026-03-07T10:00'), 60)).toBe(wib('2026-03-07T11:00'));
  });
});
