import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { parseLogTime } from '../../src/compliance/log.js';
import { MAX_YEAR, MIN_YEAR, toEpochMs, tryParseInstant } from 'sop-ap';

// The readers' fast timestamp path against the reference: the core's one time parser
// (`tryParseInstant`, years MIN_YEAR–MAX_YEAR; epoch milliseconds by `toEpochMs`), so a log
// timestamp means what an event's `at` means. A date alone is no log timestamp.
function reference(text: string, zone: string): number | undefined {
  const s = text.trim();
  if (/^\d{10,15}$/.test(s)) {
    try {
      return toEpochMs(Number(s));
    } catch {
      return undefined;
    }
  }
  return tryParseInstant(s, { zone });
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const validArb = fc
  .record({
    year: fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 })),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/)),
    sep: fc.constantFrom('T', ' '),
    offset: fc.constantFrom('', 'Z', '+07:00', '+0700', '+07', '-03:30', '+05:45', '+00:00', '-11:00', '+14:00', 'z'),
    space: fc.constantFrom('', ' ', '\t'),
  })
  .map((r) => {
    const day = Math.min(r.day, DateTime.fromObject({ year: r.year, month: r.month }).daysInMonth ?? 28);
    const sec = r.second === null ? '' : `:${pad(r.second)}${r.fraction === null ? '' : `.${r.fraction}`}`;
    return `${r.space}${pad(r.year, 4)}-${pad(r.month)}-${pad(day)}${r.sep}${pad(r.hour)}:${pad(r.minute)}${sec}${r.offset}${r.space}`;
  });

/** A valid timestamp with one character changed, dropped or doubled: mostly invalid, sometimes still valid. */
const mutatedArb = fc.tuple(validArb, fc.nat(), fc.constantFrom('0', '9', '3', '-', ':', 'T', ' ', '+', 'x', '.', '2'), fc.constantFrom('set', 'drop', 'dup')).map(([s, at, c, op]) => {
  const i = at % s.length;
  return op === 'set' ? s.slice(0, i) + c + s.slice(i + 1) : op === 'drop' ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i + 1) + s.slice(i);
});

describe('the fast timestamp path agrees with the reference parser', () => {
  for (const zone of ['Asia/Pontianak', 'Europe/Berlin', 'America/Sao_Paulo']) {
    it(`on valid timestamps (offset-less ones read in ${zone})`, () => {
      fc.assert(
        fc.property(validArb, (s) => {
          const got = parseLogTime(s, zone);
          expect(got).toBeDefined();
          expect(got).toBe(reference(s, zone));
        }),
        { numRuns: 2000, seed: 15 },
      );
    });

    it(`on mutated and random strings (${zone})`, () => {
      fc.assert(
        fc.property(fc.oneof(mutatedArb, fc.string(), fc.stringMatching(/^[0-9T:+\- .Z]{10,30}$/)), (s) => {
          expect(parseLogTime(s, zone)).toBe(reference(s, zone));
        }),
        { numRuns: 3000, seed: 16 },
      );
    });
  }

  it('rejects impossible dates, years out of range and an hour of 24', () => {
    for (const s of ['2026-02-30T07:40:00+07:00', '2025-02-29 08:00', '1969-12-31T23:59Z', '2201-01-01T00:00Z', '2026-01-05T24:00+07:00', '2026-13-01T00:00Z', '2026-01-05T07:60Z', '2026-01-05T07:30+15:00', '2026-01-05', 1e20, new Date(Number.NaN)]) {
      expect(parseLogTime(s), String(s)).toBeUndefined();
    }
    expect(parseLogTime('2024-02-29 08:00')).toBe(Date.parse('2024-02-29T08:00:00+07:00'));
  });

  it('reads 2027 and later (provisional calendar years) without trouble', () => {
    expect(parseLogTime('2027-03-02 07:30')).toBe(Date.parse('2027-03-02T07:30:00+07:00'));
  });
});
