import { IANAZone } from 'luxon';
import { TimeError } from '../errors/index.js';
import type { SopErrorContext } from '../errors/index.js';

/** An instant as callers give it: a `Date`, epoch milliseconds, or ISO 8601 text. */
export type InstantInput = Date | number | string;

/** The first year the library reads or computes with (inclusive). */
export const MIN_YEAR = 1970;
/** The last year the library reads or computes with (inclusive). */
export const MAX_YEAR = 2200;
/** The zone a time written without an offset is read in: WIB, the zone of the default calendar. */
export const DEFAULT_ZONE = 'Asia/Pontianak';

const MIN_MS = Date.UTC(MIN_YEAR, 0, 1) - 14 * 3_600_000;
const MAX_MS = Date.UTC(MAX_YEAR + 1, 0, 1) + 14 * 3_600_000;

// YYYY-MM-DD, then optionally [T or space]HH:MM[:SS[.fraction]], then optionally an offset.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** How {@link parseInstant} reads a text. */
export interface ParseInstantOptions {
  /**
   * The IANA zone a time without an offset is read in. Default {@link DEFAULT_ZONE} (WIB): pass
   * the calendar's zone (`calendar.zone`).
   */
  readonly zone?: string | undefined;
  /**
   * A date without a time (`2026-03-02`): `'refuse'` (default: an event needs a time of day) or
   * `'midnight'` (the start of that date in the zone; the CLI then moves it to the opening of
   * that working day).
   */
  readonly dateOnly?: 'refuse' | 'midnight' | undefined;
}

/** A parsed instant. */
export interface ParsedInstant {
  /** Epoch milliseconds. */
  readonly ms: number;
  /** Whether the text gave a time of day (false for a date alone). */
  readonly hasTime: boolean;
  /** Whether the text gave its offset (`Z`, `+07:00`); without one it was read in the zone. */
  readonly hasOffset: boolean;
}

const daysIn = (y: number, m: number): number => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

const zones = new Map<string, IANAZone>();
function zoneOf(name: string): IANAZone | undefined {
  let z = zones.get(name);
  if (z === undefined) {
    z = IANAZone.create(name);
    if (!z.isValid) return undefined;
    zones.set(name, z);
  }
  return z;
}

/** The instant of a wall-clock time (given as if it were UTC) in a zone. */
function wallToInstant(wall: number, zone: IANAZone): number {
  const o1 = zone.offset(wall);
  const t = wall - o1 * 60_000;
  const o2 = zone.offset(t);
  return o1 === o2 ? t : wall - o2 * 60_000;
}

/** A refusal as the pair of texts a {@link TimeError} carries. */
type Failure = readonly [en: string, id: string];

function parse(text: string, options: ParseInstantOptions): ParsedInstant | Failure {
  const m = ISO.exec(text);
  if (m === null) {
    return [
      'expected ISO 8601, e.g. 2026-01-05T07:30:00+07:00 (a time without an offset is read in the calendar zone)',
      'tulis ISO 8601, mis. 2026-01-05T07:30:00+07:00 (waktu tanpa zona dibaca dalam zona kalender)',
    ];
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < MIN_YEAR || y > MAX_YEAR) return [`the year ${y} is outside ${MIN_YEAR}–${MAX_YEAR}`, `tahun ${y} di luar ${MIN_YEAR}–${MAX_YEAR}`];
  if (mo < 1 || mo > 12) return [`there is no month ${m[2]}`, `tidak ada bulan ${m[2]}`];
  if (d < 1 || d > daysIn(y, mo)) return [`${m[1]}-${m[2]} has no day ${m[3]}`, `${m[1]}-${m[2]} tidak memiliki tanggal ${m[3]}`];
  const hasTime = m[4] !== undefined;
  if (!hasTime && options.dateOnly !== 'midnight') return ['a time of day is needed, e.g. 2026-01-05T07:30:00+07:00', 'perlu jam, mis. 2026-01-05T07:30:00+07:00'];
  const h = hasTime ? Number(m[4]) : 0;
  const mi = hasTime ? Number(m[5]) : 0;
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23 || mi > 59 || s > 59) return [`there is no time ${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`}`, `tidak ada jam ${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`}`];
  const frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, frac);
  const off = m[8];
  if (off !== undefined) {
    let offsetMin = 0;
    if (off !== 'Z' && off !== 'z') {
      const oh = Number(off.slice(1, 3));
      const om = off.length > 3 ? Number(off.slice(off.length - 2)) : 0;
      if (oh > 14 || om > 59) return [`the offset ${off} does not exist`, `selisih zona ${off} tidak ada`];
      offsetMin = (off[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
    return { ms: wall - offsetMin * 60_000, hasTime, hasOffset: true };
  }
  const zoneName = options.zone ?? DEFAULT_ZONE;
  const zone = zoneOf(zoneName);
  if (zone === undefined) return [`'${zoneName}' is not an IANA time zone`, `'${zoneName}' bukan zona waktu IANA`];
  return { ms: wallToInstant(wall, zone), hasTime, hasOffset: false };
}

/**
 * Reads ISO 8601 text strictly: the one time parser of the library, used by the machine, the
 * log readers and the command.
 *
 * - A date that does not exist (`2026-02-30`, `2026-13-01`, `25:00`) is refused, never rolled
 *   over; years lie in {@link MIN_YEAR}–{@link MAX_YEAR}.
 * - `T` or a space separates date and time; seconds and a fraction are optional.
 * - A time without an offset is read in `options.zone` (default WIB, `Asia/Pontianak`).
 * - A date alone is refused unless `dateOnly: 'midnight'`.
 *
 * @param text - the text
 * @param options - the zone for a time without offset, and whether a date alone is allowed
 * @param context - the SOP, step and field to name in an error
 * @throws {@link TimeError} `INVALID_TIME` naming the field, in Bahasa Indonesia and English
 *
 * @example
 * ```ts
 * parseInstant('2026-01-05T07:30:00+07:00').ms // 1767573000000
 * parseInstant('2026-01-05 07:30').ms          // the same instant: read in WIB
 * parseInstant('2026-02-30T07:40:00+07:00')    // throws: 2026-02 has no day 30
 * ```
 */
export function parseInstant(text: string, options: ParseInstantOptions = {}, context: SopErrorContext = {}): ParsedInstant {
  const r = parse(text, options);
  if (Array.isArray(r)) throw new TimeError(text, r[0], context, r[1]);
  return r as ParsedInstant;
}

/**
 * Reads an instant without throwing: the epoch milliseconds, or `undefined` when the text is not
 * a valid ISO 8601 time (the fast path of the log readers).
 *
 * @example
 * ```ts
 * tryParseInstant('2026-01-05 07:30') // 1767573000000
 * tryParseInstant('2026-02-30 07:30') // undefined
 * ```
 */
export function tryParseInstant(text: string, options: ParseInstantOptions = {}): number | undefined {
  const r = parse(text, options);
  return Array.isArray(r) ? undefined : (r as ParsedInstant).ms;
}

/**
 * Turns a `Date`, epoch milliseconds or ISO 8601 text into epoch milliseconds, within
 * {@link MIN_YEAR}–{@link MAX_YEAR}. Text is read by {@link parseInstant}: strict, and a time
 * without an offset is read in `zone` (default WIB).
 *
 * @param input - the instant
 * @param context - the SOP, step and field to name in an error
 * @param zone - the zone of a time written without an offset (the calendar's zone)
 * @throws {@link TimeError} when the instant cannot be read
 *
 * @example
 * ```ts
 * toEpochMs('2026-01-05T07:30:00+07:00') // 1767573000000
 * ```
 */
export function toEpochMs(input: InstantInput, context: SopErrorContext = {}, zone?: string): number {
  let ms: number;
  if (typeof input === 'number') ms = input;
  else if (input instanceof Date) ms = input.getTime();
  else if (typeof input === 'string') return parseInstant(input, { zone }, context).ms;
  else {
    const shown = typeof input === 'object' ? JSON.stringify(input) ?? String(input) : String(input);
    throw new TimeError(shown.slice(0, 80), 'expected a Date, epoch milliseconds or ISO 8601 text', context, 'harus Date, milidetik epoch atau teks ISO 8601');
  }
  if (!Number.isFinite(ms)) throw new TimeError(String(input), 'not a finite instant', context, 'bukan waktu yang terhingga');
  if (ms < MIN_MS || ms > MAX_MS) throw new TimeError(String(input), `outside the years ${MIN_YEAR}–${MAX_YEAR}`, context, `di luar tahun ${MIN_YEAR}–${MAX_YEAR}`);
  return ms;
}
