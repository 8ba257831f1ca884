/**
 * Levenshtein distance between two strings.
 * @internal
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * The keys whose names are closest to `input`, best first (at most `limit`).
 * `names` maps each candidate key to the spellings it is known by.
 * @internal
 */
export function closest(input: string, names: ReadonlyMap<string, readonly string[]>, limit = 3): string[] {
  const needle = normalizeName(input);
  const scored: { key: string; score: number }[] = [];
  for (const [key, spellings] of names) {
    let best = Infinity;
    for (const s of spellings) {
      const n = normalizeName(s);
      const d = n.includes(needle) || needle.includes(n) ? Math.abs(n.length - needle.length) * 0.1 : editDistance(needle, n);
      if (d < best) best = d;
    }
    scored.push({ key, score: best });
  }
  scored.sort((x, y) => x.score - y.score || x.key.localeCompare(y.key));
  const cutoff = Math.max(3, needle.length * 0.6);
  return scored.filter((s) => s.score <= cutoff).slice(0, limit).map((s) => s.key);
}

/**
 * Normalises a name for lookup: lower case, dots, slashes, hyphens and runs of spaces folded.
 * @internal
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[._/\\()-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
