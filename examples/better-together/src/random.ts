// A small seeded pseudo-random generator (mulberry32), passed explicitly to everything that
// simulates. No Math.random anywhere: the same seed gives the same term, byte for byte.

/** A source of pseudo-random numbers in [0, 1), with helpers. */
export interface Random {
  /** The next number in [0, 1). */
  next(): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** Roughly normal noise with mean 0 and standard deviation `sd` (sum of four uniforms). */
  noise(sd: number): number;
}

/**
 * Creates a seeded generator.
 *
 * @param seed - Any 32-bit integer.
 * @returns The generator; each call of `next` advances it.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    // Irwin–Hall with four terms has variance 4/12; scale to the requested SD.
    noise: (sd) => (next() + next() + next() + next() - 2) * sd * Math.sqrt(3),
  };
}
