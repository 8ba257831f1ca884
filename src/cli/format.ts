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
