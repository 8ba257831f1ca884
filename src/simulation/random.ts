/**
 * mulberry32: a small, fast, seeded 32-bit PRNG (Tommy Ettinger's), good enough for Monte Carlo
 * estimates and reproducible across platforms.
 *
 * @param seed - any integer
 * @returns a function giving uniform numbers in [0, 1)
 *
 * @example
 * ```ts
 * const rnd = mulberry32(42)
 * rnd() // the same sequence on every run
 * ```
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + MULBERRY32_GAMMA) >>> 0;
    return mulberry32At(a);
  };
}

/** How much mulberry32's state advances per draw: draw `k` of `mulberry32(seed)` is `mulberry32At(seed + k·γ)` (k from 1). @internal */
export const MULBERRY32_GAMMA = 0x6d2b79f5;

/**
 * The number mulberry32 gives for a state (already advanced by {@link MULBERRY32_GAMMA}), so a
 * caller can keep many independent positions in one stream as plain integers (one per case in
 * the capacity simulation) and skip draws by adding γ. @internal
 */
export function mulberry32At(state: number): number {
  let t = state >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
