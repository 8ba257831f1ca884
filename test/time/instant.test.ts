import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { TimeError } from '../../src/errors/index.js';
import { parseInstant, toEpochMs, tryParseInstant } from '../../src/time/index.js';

describe('one strict time parser', () => {
  test.each([
    ['2026-02-30T07:40:00+07:00', /tidak memiliki tanggal 30/],
    ['2026-13-01T07:40:00+07:00', /tidak ada bulan 13/],
    ['2026-03-02T24:00:00+07:00', /tidak ada jam 24:00/],
    ['2026-03-02T07:60+07:00', /tidak ada jam/],
    ['2026-03-02T07:30:61+07:00', /tidak ada jam/],
    ['2026-03-02T07:30+15:00', /selisih zona/],
    ['1969-12-31T23:00:00Z', /tahun 1969/],
    ['2201-01-01T00:00:00Z', /tahun 2201/],
    ['kemarin', /ISO 8601/],
    ['2026-03-02', /perlu jam/],
    ['', /ISO 8601/],
  ])('refuses %j with a coded error in Bahasa Indonesia', (text, message) => {
    let error: unknown;
    try {
      parseInstant(text, {}, { sopId: 'x', field: 'at' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TimeError);
    expect((error as TimeError).code).toBe('INVALID_TIME');
    expect((error as TimeError).field).toBe('at');
    expect((error as TimeError).localized('id')).toMatch(message);
    expect(tryParseInstant(text)).toBeUndefined();
  });

  test('a missing offset is read in the zone (WIB by default); T or a space', () => {
    const wib = Date.parse('2026-01-05T07:30:00+07:00');
    expect(parseInstant('2026-01-05T07:30:00+07:00').ms).toBe(wib);
    expect(parseInstant('2026-01-05T07:30').ms).toBe(wib);
    expect(parseInstant('2026-01-05 07:30:00').ms).toBe(wib);
    expect(parseInstant('2026-01-05T07:30', { zone: 'Asia/Jayapura' }).ms).toBe(wib - 2 * 3_600_000);
    expect(toEpochMs('2026-01-05 07:30')).toBe(wib);
    expect(parseInstant('2026-01-05', { dateOnly: 'midnight' })).toEqual({ ms: Date.parse('2026-01-05T00:00:00+07:00'), hasTime: false, hasOffset: false });
  });

  test('numbers and Dates must be finite and within the years', () => {
    expect(() => toEpochMs(1e20)).toThrow(TimeError);
    expect(() => toEpochMs(Number.NaN)).toThrow(TimeError);
    expect(() => toEpochMs(new Date('x'))).toThrow(TimeError);
    expect(() => toEpochMs({} as never)).toThrow(TimeError);
    expect(toEpochMs(0)).toBe(0);
  });

  test('agrees with luxon on every valid time (with and without offset)', () => {
    const parts = fc.record({
      y: fc.integer({ min: 1970, max: 2200 }),
      mo: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
      h: fc.integer({ min: 0, max: 23 }),
      mi: fc.integer({ min: 0, max: 59 }),
      s: fc.integer({ min: 0, max: 59 }),
      off: fc.option(fc.integer({ min: -14 * 60, max: 14 * 60 }), { nil: undefined }),
    });
    const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
    fc.assert(
      fc.property(parts, ({ y, mo, d, h, mi, s, off }) => {
        const offText = off === undefined ? '' : `${off < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
        const text = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offText}`;
        const lux = off === undefined ? DateTime.fromISO(text, { zone: 'Asia/Pontianak' }) : DateTime.fromISO(text, { setZone: true });
        const ours = tryParseInstant(text);
        if (!lux.isValid) expect(ours).toBeUndefined();
        else expect(ours).toBe(lux.toMillis());
      }),
      { numRuns: 2000, seed: 20261202 },
    );
  });
});
