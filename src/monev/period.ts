/**
 * The monitoring period: a half-year (Permenpan RB 35/2012 asks for monitoring at least every
 * six months), a quarter, a month, a year, or an explicit span of dates, in the calendar's zone.
 */
import { DateTime } from 'luxon';
import { SopError } from 'sop-ap';

/** One calendar month of a period. */
export interface MonevMonth {
  /** `2026-07`. */
  readonly key: string;
  /** `Juli 2026`. */
  readonly label: string;
  /** Epoch ms of the month's first instant (in the period's zone). */
  readonly start: number;
  /** Epoch ms of the next month's first instant (exclusive). */
  readonly end: number;
}

/** A monitoring period: `[start, end)` in epoch ms, read in `zone`. */
export interface MonevPeriod {
  /** As written and normalised: `2026-S2`, `2026-Q3`, `2026-07`, `2026`, `2026-07-01..2026-12-31`. */
  readonly id: string;
  /** In Bahasa Indonesia: `Semester II (Juli–Desember) 2026`. */
  readonly label: string;
  /** Epoch ms of the first instant. */
  readonly start: number;
  /** Epoch ms just after the last instant (exclusive). */
  readonly end: number;
  /** The IANA zone the dates were read in. */
  readonly zone: string;
  /** The calendar months the period touches, in order. */
  readonly months: readonly MonevMonth[];
}

/** Month names in Bahasa Indonesia, January first. */
export const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function fail(input: string, detail: string, detailId: string): never {
  throw new SopError('INVALID_PERIOD', { input, detail, detailId, field: 'periode' });
}

function span(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number, zone: string) {
  const a = DateTime.fromObject({ year: y1, month: m1, day: d1 }, { zone });
  const b = DateTime.fromObject({ year: y2, month: m2, day: d2 }, { zone });
  return { a, b };
}

function monthsOf(start: DateTime, end: DateTime): MonevMonth[] {
  const out: MonevMonth[] = [];
  for (let m = start.startOf('month'); m < end; m = m.plus({ months: 1 })) {
    const next = m.plus({ months: 1 });
    out.push({ key: m.toFormat('yyyy-MM'), label: `${BULAN[m.month - 1]} ${m.year}`, start: m.toMillis(), end: next.toMillis() });
  }
  return out;
}

const range = (a: number, b: number) => (a === b ? BULAN[a - 1]! : `${BULAN[a - 1]}–${BULAN[b - 1]}`);

/**
 * Reads a monitoring period. Accepted forms: `2026-S1` / `2026-S2` (semester: January–June,
 * July–December), `2026-Q1` … `2026-Q4` (also `T1`…`T4`, triwulan), `2026-07` (a month),
 * `2026` (a year), and `2026-07-01..2026-12-31` (two dates, both days included). Dates are
 * read in `zone` (the calendar's zone, WIB for Kalimantan Barat).
 *
 * @param input - the period as text (case does not matter)
 * @param zone - the IANA zone of the dates; default `Asia/Pontianak`
 * @returns the period with its bounds and months
 * @throws {@link SopError} `INVALID_PERIOD` when the text is none of those forms
 *
 * @example
 * ```ts
 * const p = parsePeriod('2026-S2')
 * p.label         // 'Semester II (Juli–Desember) 2026'
 * p.months.length // 6
 * ```
 */
export function parsePeriod(input: string, zone = 'Asia/Pontianak'): MonevPeriod {
  const text = input.trim().toUpperCase();
  let m: RegExpExecArray | null;
  let a: DateTime;
  let b: DateTime;
  let label: string;
  let id = text;
  if ((m = /^(\d{4})-S([12])$/.exec(text))) {
    const y = Number(m[1]);
    const s = Number(m[2]);
    ({ a, b } = s === 1 ? span(y, 1, 1, y, 7, 1, zone) : span(y, 7, 1, y + 1, 1, 1, zone));
    label = `Semester ${ROMAN[s - 1]} (${s === 1 ? range(1, 6) : range(7, 12)}) ${y}`;
  } else if ((m = /^(\d{4})-[QT]([1-4])$/.exec(text))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    a = DateTime.fromObject({ year: y, month: 3 * q - 2, day: 1 }, { zone });
    b = a.plus({ months: 3 });
    id = `${y}-Q${q}`;
    label = `Triwulan ${ROMAN[q - 1]} (${range(3 * q - 2, 3 * q)}) ${y}`;
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) fail(input, `no month ${mo}`, `tidak ada bulan ${mo}`);
    a = DateTime.fromObject({ year: y, month: mo, day: 1 }, { zone });
    b = a.plus({ months: 1 });
    label = `Bulan ${BULAN[mo - 1]} ${y}`;
  } else if ((m = /^(\d{4})$/.exec(text))) {
    const y = Number(m[1]);
    ({ a, b } = span(y, 1, 1, y + 1, 1, 1, zone));
    label = `Tahun ${y}`;
  } else if ((m = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(text))) {
    a = DateTime.fromISO(m[1]!, { zone });
    const last = DateTime.fromISO(m[2]!, { zone });
    if (!a.isValid || !last.isValid) fail(input, 'a date does not exist', 'ada tanggal yang tidak ada');
    if (last < a) fail(input, 'the last date is before the first', 'tanggal akhir sebelum tanggal awal');
    b = last.plus({ days: 1 });
    const f = (d: DateTime) => `${d.day} ${BULAN[d.month - 1]} ${d.year}`;
    label = `${f(a)} s.d. ${f(last)}`;
    id = `${m[1]}..${m[2]}`;
  } else {
    return fail(input, 'unknown form', 'bentuk tidak dikenal');
  }
  if (!a.isValid || !b.isValid) fail(input, `the zone '${zone}' is not a valid IANA zone`, `zona '${zone}' bukan zona IANA yang sah`);
  return { id, label, start: a.toMillis(), end: b.toMillis(), zone, months: monthsOf(a, b) };
}

/**
 * The half-year (`2026-S2`) an instant falls in, in `zone`: the default period of a log.
 *
 * @param at - epoch ms
 * @param zone - the IANA zone; default `Asia/Pontianak`
 */
export function semesterOf(at: number, zone = 'Asia/Pontianak'): string {
  const d = DateTime.fromMillis(at, { zone });
  return `${d.year}-S${d.month <= 6 ? 1 : 2}`;
}
