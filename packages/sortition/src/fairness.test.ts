import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fairnessOf, geometricMean, gini } from './fairness.ts';
import { createRandom, shuffled } from './random.ts';

describe('fairness figures', () => {
  it('computes the Gini coefficient as the pairwise mean absolute difference over twice the mean', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 1000 }).map((value) => value / 1000),
          { minLength: 1, maxLength: 30 },
        ),
        (values) => {
          const n = values.length;
          const mean = values.reduce((a, b) => a + b, 0) / n;
          fc.pre(mean > 0);
          let pairs = 0;
          for (const a of values) for (const b of values) pairs += Math.abs(a - b);
          expect(gini(values)).toBeCloseTo(pairs / (2 * n * n * mean), 9);
        },
      ),
    );
  });

  it('gives Gini 0 and the common value as geometric mean when everyone is equal', () => {
    expect(fairnessOf([0.1, 0.1, 0.1])).toEqual({
      minProbability: 0.1,
      gini: 0,
      geometricMean: expect.closeTo(0.1, 12),
    });
  });

  it('gives geometric mean 0 when someone is never selected', () => {
    expect(geometricMean([0, 0.5])).toBe(0);
  });
});

describe('seeded random numbers', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('draws integers below the bound with roughly equal frequency', () => {
    const random = createRandom(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i += 1) {
      const value = random.below(3);
      counts[value] = (counts[value] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(9_000);
  });

  it('shuffles into a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), (items, seed) => {
        expect(shuffled(items, createRandom(seed)).sort()).toEqual([...items].sort());
      }),
    );
  });
});
