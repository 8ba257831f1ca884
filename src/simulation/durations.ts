import * as z from 'zod';

/**
 * How long a step takes in a simulation, relative to its budget `b`:
 * - `fixed`: exactly `b`;
 * - `triangular`: between `low·b` and `high·b`, most likely `mode·b` (defaults 0.5, 1, 2);
 * - `lognormal`: mean `b` and standard deviation `cv·b` (default cv 0.5), never negative.
 */
export const DurationModelSchema = z.union([
  z.literal('fixed'),
  z.object({
    kind: z.literal('triangular'),
    low: z.number().nonnegative().default(0.5),
    mode: z.number().nonnegative().default(1),
    high: z.number().positive().default(2),
  }),
  z.object({ kind: z.literal('lognormal'), cv: z.number().positive().default(0.5) }),
]);
/** What a duration model is after parsing. */
export type DurationModel = z.infer<typeof DurationModelSchema>;
/** What a caller may write (defaults filled in). */
export type DurationModelInput = z.input<typeof DurationModelSchema>;

/** Mean and variance of a step's duration under a model, as multiples of the budget (mean) and its square (variance). */
export function durationMoments(model: DurationModel): { mean: number; variance: number } {
  if (model === 'fixed') return { mean: 1, variance: 0 };
  if (model.kind === 'triangular') {
    const { low: a, mode: c, high: b } = model;
    return { mean: (a + b + c) / 3, variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18 };
  }
  return { mean: 1, variance: model.cv * model.cv };
}

/**
 * A triangular draw from one uniform `u` (inverse CDF): between `a` and `b`, mode `c`, with
 * `fc = (c − a) / (b − a)`. The Monte Carlo and the capacity simulation both draw with it. @internal
 */
export function sampleTriangular(u: number, a: number, b: number, c: number, fc: number): number {
  return u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/**
 * `exp(μ + σ·Z)` with `Z` a standard normal from two uniforms (Box–Muller, `u1` in (0, 1]). The
 * Monte Carlo and the capacity simulation both draw lognormal durations with it. @internal
 */
export function lognormalDraw(u1: number, u2: number, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
}
