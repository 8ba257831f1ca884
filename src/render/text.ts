/**
 * Text measurement without a browser: a conservative estimate of how wide a string is in
 * Arial / Liberation Sans (the fonts the document asks for), and a greedy word wrap with it.
 * The estimate errs wide, so a cell the layout sizes for N lines never needs N + 1 in a real
 * browser; the browser test checks that every row renders at the height the layout chose.
 *
 * @internal
 */

/** Width of one character in em, rounded up from Arial's advance widths. */
function charEm(c: string): number {
  if (c === ' ') return 0.28;
  if ("ijl.,;:'|!()[]/".includes(c)) return 0.3;
  if ('ftrI-'.includes(c)) return 0.36;
  if ('mwMW'.includes(c)) return 0.9;
  if (c >= 'A' && c <= 'Z') return 0.72;
  if (c >= '0' && c <= '9') return 0.56;
  if (c >= 'a' && c <= 'z') return 0.56;
  return 0.8;
}

/**
 * The estimated width of `text` at `fontSize` pixels.
 *
 * @param text - one line of text
 * @param fontSize - the font size in CSS pixels
 * @internal
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * fontSize;
}

/**
 * Wraps text greedily at spaces (and inside words longer than a line, as CSS
 * `overflow-wrap: anywhere` does) into lines no wider than `width`.
 *
 * @param text - the text; line breaks in it are kept
 * @param width - the line width in CSS pixels
 * @param fontSize - the font size in CSS pixels
 * @returns the lines (at least one)
 * @internal
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, fontSize) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      // A word wider than the line is broken anywhere.
      let rest = word;
      while (textWidth(rest, fontSize) > width) {
        let cut = 1;
        while (cut < rest.length && textWidth(rest.slice(0, cut + 1), fontSize) <= width) cut++;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines.length > 0 ? lines : [''];
}

/**
 * Folds white space and cuts `text` to at most `max` characters at a word boundary (when one
 * lies in the second half), ending in an ellipsis. Used for task names and node labels.
 * @internal
 */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
