import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from './lanczos.ts';
import { principalComponents } from './pca.ts';
import { syntheticConversation } from './synthetic.ts';
import { buildVoteMatrix } from './vote-matrix.ts';

const maxDifference = (a: Float64Array, b: Float64Array) =>
  a.reduce((worst, value, i) => Math.max(worst, Math.abs(value - (b[i] ?? 0))), 0);

describe('symmetricEigen (Jacobi rotations)', () => {
  it('returns orthonormal vectors with A v = lambda v', () => {
    const matrices = fc
      .integer({ min: 1, max: 12 })
      .chain((n) =>
        fc
          .array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n * n, maxLength: n * n })
          .map((entries) => ({ n, entries })),
      );
    fc.assert(
      fc.property(matrices, ({ n, entries }) => {
        const a = new Float64Array(n * n);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++)
            a[i * n + j] = ((entries[i * n + j] ?? 0) + (entries[j * n + i] ?? 0)) / 2;
        const { values, vectors } = symmetricEigen(a, n);
        for (let k = 0; k < n; k++) {
          for (let i = 0; i < n; i++) {
            let av = 0;
            for (let j = 0; j < n; j++) av += (a[i * n + j] ?? 0) * (vectors[j * n + k] ?? 0);
            expect(Math.abs(av - (values[k] ?? 0) * (vectors[i * n + k] ?? 0))).toBeLessThan(1e-9);
          }
          for (let l = 0; l < n; l++) {
            let vv = 0;
            for (let i = 0; i < n; i++) vv += (vectors[i * n + k] ?? 0) * (vectors[i * n + l] ?? 0);
            expect(Math.abs(vv - (k === l ? 1 : 0))).toBeLessThan(1e-9);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('principalComponents with the Lanczos start', () => {
  it('lands on the plain power iteration fixed point, same sign, within 1e-9', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 2, max: 5 }), (seed, groups) => {
        const { votes } = syntheticConversation({ participants: 120, comments: 30, groups, seed });
        const matrix = buildVoteMatrix(votes);
        const plain = principalComponents(matrix, { accelerate: false });
        const fast = principalComponents(matrix);
        expect(maxDifference(fast.components[0], plain.components[0])).toBeLessThan(1e-9);
        expect(maxDifference(fast.components[1], plain.components[1])).toBeLessThan(1e-9);
      }),
      { numRuns: 15 },
    );
  });

  it('runs the plain iteration when it would not settle within the cap, so unsettled results repeat exactly', () => {
    const { votes } = syntheticConversation({ participants: 300, comments: 60, groups: 4, seed: 5 });
    const matrix = buildVoteMatrix(votes);
    const plain = principalComponents(matrix, { accelerate: false, iterations: 5 });
    const fast = principalComponents(matrix, { iterations: 5 });
    expect(fast.components[0]).toEqual(plain.components[0]);
    expect(fast.components[1]).toEqual(plain.components[1]);
  });

  it('reproduces the unsettled iterate when the cap stops the plain iteration before it settles', () => {
    const { votes } = syntheticConversation({ participants: 400, comments: 40, groups: 3, seed: 4 });
    const matrix = buildVoteMatrix(votes);
    const settled = principalComponents(matrix, { accelerate: false });
    const capped = principalComponents(matrix, { accelerate: false, iterations: 60 });
    const fast = principalComponents(matrix, { iterations: 60 });
    // The capped plain result really is short of the fixed point, and the fast path gives that result.
    expect(maxDifference(capped.components[0], settled.components[0])).toBeGreaterThan(1e-9);
    expect(fast.components[0]).not.toEqual(capped.components[0]);
    expect(maxDifference(fast.components[0], capped.components[0])).toBeLessThan(1e-12);
    expect(maxDifference(fast.components[1], capped.components[1])).toBeLessThan(1e-12);
  });

  it('honours the warm start sign as the plain iteration does', () => {
    const { votes } = syntheticConversation({ participants: 200, comments: 40, groups: 3, seed: 9 });
    const matrix = buildVoteMatrix(votes);
    const first = principalComponents(matrix, { accelerate: false });
    const flipped: [Float64Array, Float64Array] = [
      first.components[0].map((value) => -value),
      first.components[1],
    ];
    const plain = principalComponents(matrix, { accelerate: false, start: flipped });
    const fast = principalComponents(matrix, { start: flipped });
    expect(maxDifference(fast.components[0], plain.components[0])).toBeLessThan(1e-9);
    expect(maxDifference(fast.components[1], plain.components[1])).toBeLessThan(1e-9);
  });
});
