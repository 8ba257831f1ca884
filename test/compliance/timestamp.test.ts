import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { parseLogTime } from '../../src/compliance/log.js';

// The readers' fast timestamp path against a reference: the strict grammar the core's time
// parser takes for a log (ISO 8601 date-time, `T` or one space, optional seconds, fraction
// and offset; years 1900–2199), with the calendar arithmetic and zones done by luxon.
// TODO(issue 9): when src/time gains the core's strict parser, the reference is that parser.
const GRAMMAR = /^(\d{4})-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

function reference(text: string, zone: string): number | undefined {
  const s = text.trim();
  const m = GRAMMAR.exec(s);
  if (m === null) return /^\d{10,15}$/.test(s) ? Number(s) : undefined;
  const year = Number(m[1]);
  if (year < 1900 || year > 2199) return undefined;
  const iso = s.replace(/^(.{10})[ t]/, '$1T').replace(/z$/, 'Z');
  const dt = m[2] === undefined ? DateTime.fromISO(iso, { zone }) : DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) return undefined;
  // luxon takes any two-digit offset (+97); the grammar allows hours 00–23 and minutes 00–59
  const offset = /^[+-](\d{2}):?(\d{2})?$/.exec(m[2] ?? '');
  if (offset !== null && (Number(offset[1]) > 23 || Number(offset[2] ?? 0) > 59)) return undefined;
  return dt.toMillis();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const validArb = fc
  .record({
    year: fc.integer({ min: 1900, max: 2199 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 })),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/)),
    sep: fc.constantFrom('T', ' '),
    offset: fc.constantFrom('', 'Z', '+07:00', '+0700', '+07', '-03:30', '+05:45', '+00:00', '-11:00', '+14:00'),
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
    for (const s of ['2026-02-30T07:40:00+07:00', '2025-02-29 08:00', '1899-12-31T23:59Z', '2200-01-01T00:00Z', '2026-01-05T24:00+07:00', '2026-13-01T00:00Z', '2026-01-05T07:60Z']) {
      expect(parseLogTime(s), s).toBeUndefined();
    }
    expect(parseLogTime('2024-02-29 08:00')).toBe(Date.parse('2024-02-29T08:00:00+07:00'));
  });

  it('reads 2027 and later (provisional calendar years) without trouble', () => {
    expect(parseLogTime('2027-03-02 07:30')).toBe(Date.parse('2027-03-02T07:30:00+07:00'));
  });
});
