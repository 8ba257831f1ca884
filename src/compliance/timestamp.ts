/**
 * The fast, strict ISO 8601 path of the log readers: a character scanner instead of a general
 * date library, because a log of a million events spends most of its reading time on its
 * timestamps. It accepts a subset of what the core's time parser (`tryParseInstant`) accepts
 * and gives the same instant; what it does not take, the log reader hands to the core parser.
 * A property test holds the two together (test/compliance/timestamp.test.ts).
 */
import { DateTime } from 'luxon';
import { MAX_YEAR, MIN_YEAR } from '../time/index.js';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Reads `n` ASCII digits at `at`, or -1. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** The UTC offset (minutes) of a zone over one local day, when the zone keeps one offset all day. */
const zoneDays = new Map<string, number | null>();

function dayOffset(zone: string, y: number, m: number, d: number): number | undefined {
  const key = `${zone}|${y}-${m}-${d}`;
  let hit = zoneDays.get(key);
  if (hit === undefined) {
    const a = DateTime.fromObject({ year: y, month: m, day: d, hour: 0 }, { zone });
    const b = DateTime.fromObject({ year: y, month: m, day: d, hour: 23, minute: 59 }, { zone });
    hit = a.isValid && b.isValid && a.offset === b.offset ? a.offset : null;
    if (zoneDays.size > 50_000) zoneDays.clear();
    zoneDays.set(key, hit);
  }
  return hit === null ? undefined : hit;
}

/** A wall-clock time in a zone through luxon (a day with a clock change, or an unknown zone). */
function slowWallClock(zone: string, y: number, mo: number, d: number, h: number, mi: number, sec: number, ms: number): number | undefined {
  const dt = DateTime.fromObject({ year: y, month: mo, day: d, hour: h, minute: mi, second: sec, millisecond: ms }, { zone });
  return dt.isValid ? dt.toMillis() : undefined;
}

/** Reads the offset at `at` (`Z`, `±HH`, `±HHMM`, `±HH:MM`) to minutes; `undefined` when malformed. */
function offsetAt(s: string, at: number): number | undefined {
  const c = s[at];
  if ((c === 'Z' || c === 'z') && at + 1 === s.length) return 0;
  if (c !== '+' && c !== '-') return undefined;
  const rest = s.length - at - 1;
  const hh = digits(s, at + 1, 2);
  let mm = 0;
  if (rest === 2) mm = 0;
  else if (rest === 4) mm = digits(s, at + 3, 2);
  else if (rest === 5 && s[at + 3] === ':') mm = digits(s, at + 4, 2);
  else return undefined;
  if (hh < 0 || hh > 14 || mm < 0 || mm > 59) return undefined;
  return (c === '-' ? -1 : 1) * (hh * 60 + mm);
}

/**
 * Reads a strict ISO 8601 date-time: `YYYY-MM-DD`, `T` or one space, `HH:MM`, optional
 * `:SS` and fraction (`.` and 1–9 digits, read to the millisecond), optional offset (`Z`,
 * `±HH`, `±HHMM`, `±HH:MM`, hours up to 14). The date must exist in the calendar (no 30
 * February), the year lie in the core's `MIN_YEAR`–`MAX_YEAR`, the hour in 00–23. Without an
 * offset the wall-clock time is read in `zone`. Surrounding white space is ignored.
 *
 * @param input - the text
 * @param zone - the IANA zone of a time without an offset
 * @returns epoch ms, or `undefined` when the text is not such a date-time
 * @internal
 */
export function parseIsoTimestamp(input: string, zone: string): number | undefined {
  const s = input.length > 0 && (input.charCodeAt(0) <= 32 || input.charCodeAt(input.length - 1) <= 32) ? input.trim() : input;
  if (s.length < 16 || s[4] !== '-' || s[7] !== '-' || s[13] !== ':') return undefined;
  const sep = s[10];
  if (sep !== 'T' && sep !== ' ') return undefined;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) return undefined;
  if (d > (mo === 2 && leap(y) ? 29 : DAYS[mo - 1]!)) return undefined;
  let at = 16;
  let sec = 0;
  let ms = 0;
  if (s[at] === ':') {
    sec = digits(s, at + 1, 2);
    if (sec < 0 || sec > 59) return undefined;
    at += 3;
    if (s[at] === '.') {
      let n = 0;
      at++;
      while (at < s.length && n < 10) {
        const c = s.charCodeAt(at) - 48;
        if (c < 0 || c > 9) break;
        if (n < 3) ms = ms * 10 + c;
        n++;
        at++;
      }
      if (n === 0 || n > 9) return undefined;
      for (let k = n; k < 3; k++) ms *= 10;
    }
  }
  if (at === s.length) {
    const off = dayOffset(zone, y, mo, d);
    if (off === undefined) return slowWallClock(zone, y, mo, d, h, mi, sec, ms);
    return Date.UTC(y, mo - 1, d, h, mi, sec, ms) - off * 60_000;
  }
  const off = offsetAt(s, at);
  if (off === undefined) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms) - off * 60_000;
}
