/**
 * Seeded pseudo-random numbers: every random choice in the engine comes from here (never Math.random),
 * so a run is reproducible from its seed. Generator: SplitMix32-seeded xoshiro128** (Blackman & Vigna,
 * "Scrambled linear pseudorandom number generators", 2021).
 */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, bound), without modulo bias. */
  below(bound: number): number;
}

function splitMix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (value: number, shift: number) => ((value << shift) | (value >>> (32 - shift))) >>> 0;

/** A xoshiro128** generator seeded from a 32-bit integer. */
export function createRandom(seed: number): Random {
  const init = splitMix32(seed);
  const s = [init(), init(), init(), init()];
  const nextUint32 = (): number => {
    const [s0 = 0, s1 = 0, s2 = 0, s3 = 0] = s;
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    let n2 = (s2 ^ s0) >>> 0;
    let n3 = (s3 ^ s1) >>> 0;
    const n1 = (s1 ^ n2) >>> 0;
    const n0 = (s0 ^ n3) >>> 0;
    n2 = (n2 ^ t) >>> 0;
    n3 = rotl(n3, 11);
    s[0] = n0;
    s[1] = n1;
    s[2] = n2;
    s[3] = n3;
    return result;
  };
  return {
    next: () => nextUint32() / 2 ** 32,
    below: (bound: number) => {
      if (!Number.isInteger(bound) || bound <= 0 || bound > 2 ** 32)
        throw new RangeError(`bound must be a whole number from 1 to 2^32, got ${bound}`);
      // Rejection sampling: drop the top partial block so every value is equally likely.
      const limit = 2 ** 32 - (2 ** 32 % bound);
      for (;;) {
        const value = nextUint32();
        if (value < limit) return value % bound;
      }
    },
  };
}

/** Fisher–Yates shuffle of a copy, driven by `random`. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.below(i + 1);
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}
