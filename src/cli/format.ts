/**
 * Plain-text formatting for the command's human output.
 */

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

/**
 * Working minutes in words, e.g. `"1 hari 2 jam 5 menit"` (a day being `minutesPerDay`).
 *
 * @param minutes - working minutes
 * @param minutesPerDay - the calendar's working day
 */
export function formatWorkingTime(minutes: number, minutesPerDay: number): string {
  const total = Math.round(minutes);
  const days = Math.floor(total / minutesPerDay);
  const rest = total - days * minutesPerDay;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} hari`);
  if (Math.floor(rest / 60) > 0) parts.push(`${Math.floor(rest / 60)} jam`);
  if (rest % 60 > 0 || parts.length === 0) parts.push(`${rest % 60} menit`);
  return parts.join(' ');
}

/** A number with Indonesian decimal comma and thousands dots, e.g. `1.234,5`. */
export function num(value: number, digits = 1): string {
  return value.toLocaleString('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Cuts `text` to at most `max` characters, ending in an ellipsis when cut (for table cells). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
