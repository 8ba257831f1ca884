/**
 * Plain-text formatting for the command's human output. `--json` output never goes through
 * here: it stays machine-readable (ISO 8601 instants, plain numbers).
 */
import { DateTime } from 'luxon';

/** Column alignment. */
export type Align = 'left' | 'right';

/**
 * A plain-text table with a header rule, columns padded to their widest cell.
 *
 * @param head - the column titles
 * @param rows - the cells, row by row
 * @param align - per column; left by default
 * @returns the table, one line per row, ending in a newline
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`;
}

export { formatWorkingTime } from 'sop-ap';

/** A number with Indonesian decimal comma and thousands dots, e.g. `1.234,5`. */
export function num(value: number, digits = 1): string {
  return value.toLocaleString('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Cuts `text` to at most `max` characters, ending in an ellipsis when cut (for table cells). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * An instant as a person reads it, in the calendar's zone, e.g. `"Rabu, 23 Des 2026 08.00 WIB"`
 * (day name, date, 24-hour time with a dot, the zone's short name: WIB, WITA, WIT; `UTC` for
 * the 24x7 calendar). For the human output only; `--json` keeps ISO 8601.
 *
 * @param instant - an ISO 8601 instant with an offset, or epoch milliseconds
 * @param zone - the IANA zone to show it in (the calendar's `zone`)
 * @param locale - `'id'` (the default) or `'en'` (`"Wednesday, 23 Dec 2026 08:00 WIB"`)
 * @returns the text, or the input as given when it is not a valid instant
 *
 * @example
 * ```ts
 * formatInstant('2026-12-23T01:00:00Z', 'Asia/Pontianak') // 'Rabu, 23 Des 2026 08.00 WIB'
 * ```
 */
export function formatInstant(instant: string | number, zone: string, locale: 'id' | 'en' = 'id'): string {
  const dt = (typeof instant === 'number' ? DateTime.fromMillis(instant) : DateTime.fromISO(instant, { setZone: true })).setZone(zone).setLocale(locale);
  if (!dt.isValid) return String(instant);
  const text = dt.toFormat(locale === 'id' ? 'cccc, d LLL yyyy HH.mm' : 'cccc, d LLL yyyy HH:mm');
  return `${text} ${zoneName(dt)}`;
}

/** The zone's short name in Indonesia (WIB, WITA, WIT), else what Intl gives, else the offset. */
function zoneName(dt: DateTime): string {
  const byOffset: Readonly<Record<number, string>> = { 420: 'WIB', 480: 'WITA', 540: 'WIT' };
  if (dt.zoneName !== null && /^Asia\/(Jakarta|Pontianak|Makassar|Jayapura)$/.test(dt.zoneName)) return byOffset[dt.offset] ?? dt.toFormat('ZZ');
  if (dt.zoneName === 'UTC' || dt.offset === 0) return 'UTC';
  const short = dt.setLocale('id').toFormat('ZZZZ');
  return /^[A-Z]{2,5}$/.test(short) ? short : `UTC${dt.toFormat('ZZ')}`;
}

/** The deviation kinds of `checkConformance` as the human output names them. */
const DEVIATION_KINDS: Readonly<Record<string, string>> = {
  'skipped-step': 'langkah dilewati',
  'out-of-order': 'tidak berurutan',
  'inserted-step': 'langkah disisipkan',
  'wrong-performer': 'pelaksana salah',
  'acting-without-role': 'Plt./Plh. tanpa peran sendiri',
  'contradicted-decision': 'keputusan bertentangan',
  'over-budget': 'melebihi mutu baku',
  'missing-decision': 'keputusan tidak tercatat',
  'unexpected-decision': 'keputusan tidak pada tempatnya',
  'unknown-step': 'langkah tidak dikenal',
  'incomplete-case': 'kasus belum selesai',
  'after-end': 'setelah kasus berakhir',
};

/**
 * A deviation kind in Bahasa Indonesia for the human output (`over-budget` → `melebihi mutu
 * baku`); a kind it does not know is shown as it is. `--json` keeps the kind.
 */
export function deviationKind(kind: string): string {
  return Object.prototype.hasOwnProperty.call(DEVIATION_KINDS, kind) ? DEVIATION_KINDS[kind]! : kind;
}
