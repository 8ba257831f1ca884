/**
 * Order statistics used by the monitoring figures. @internal
 */

/**
 * The `q`-quantile of `values` by linear interpolation between order statistics (Hyndman and
 * Fan type 7: the rank is `(n − 1)·q`), the method of spreadsheet `MEDIAN` and
 * `PERCENTILE.INC` / `PERSENTIL.INC`, so a Dinas can check a figure in its own spreadsheet.
 *
 * @param values - the sample (any order; not changed)
 * @param q - in [0, 1]
 * @returns the quantile, or `null` for an empty sample
 * @internal
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = (s.length - 1) * q;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = s[lo]!;
  const b = s[hi]!;
  return a + (b - a) * (rank - lo);
}

/** `part / whole`, or `null` when `whole` is 0. @internal */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
