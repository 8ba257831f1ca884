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
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
