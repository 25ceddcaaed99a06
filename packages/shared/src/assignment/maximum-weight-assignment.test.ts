import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssignmentInputError, maximumWeightAssignment } from './maximum-weight-assignment.ts';

type Matrix = Array<Array<number | null>>;

/** Every partial assignment, by enumeration: the best (most pairs, then highest total). */
function bruteForce(scores: Matrix): { count: number; total: number } {
  const columns = scores[0]?.length ?? 0;
  const taken = new Array<boolean>(columns).fill(false);
  let best = { count: 0, total: 0 };
  const visit = (row: number, count: number, total: number) => {
    if (row === scores.length) {
      if (count > best.count || (count === best.count && total > best.total)) best = { count, total };
      return;
    }
    visit(row + 1, count, total);
    for (let column = 0; column < columns; column += 1) {
      const score = scores[row]?.[column] ?? null;
      if (score === null || taken[column]) continue;
      taken[column] = true;
      visit(row + 1, count + 1, total + score);
      taken[column] = false;
    }
  };
  visit(0, 0, 0);
  return best;
}

function expectValid(scores: Matrix, result: ReturnType<typeof maximumWeightAssignment>) {
  const rows = new Set(result.pairs.map((pair) => pair.row));
  const columns = new Set(result.pairs.map((pair) => pair.column));
  expect(rows.size).toBe(result.pairs.length);
  expect(columns.size).toBe(result.pairs.length);
  for (const pair of result.pairs) expect(scores[pair.row]?.[pair.column]).toBe(pair.score);
  expect(result.total).toBeCloseTo(
    result.pairs.reduce((sum, pair) => sum + pair.score, 0),
    9,
  );
}

const matrix = (score: fc.Arbitrary<number>) =>
  fc
    .record({ rows: fc.integer({ min: 0, max: 6 }), columns: fc.integer({ min: 0, max: 7 }) })
    .chain(({ rows, columns }) =>
      fc.array(fc.array(fc.option(score, { freq: 3 }), { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    );

describe('maximumWeightAssignment against brute force', () => {
  it('finds as many pairs and as high a total as any assignment (integer scores, with forbidden pairs)', () => {
    fc.assert(
      fc.property(matrix(fc.integer({ min: -20, max: 50 })), (scores) => {
        const result = maximumWeightAssignment(scores);
        expectValid(scores, result);
        const best = bruteForce(scores);
        expect(result.pairs.length).toBe(best.count);
        expect(result.total).toBe(best.total);
      }),
      { numRuns: 300 },
    );
  });

  it('is optimal up to rounding with fractional scores, transposed or not', () => {
    const score = fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(matrix(score), (scores) => {
        const result = maximumWeightAssignment(scores);
        expectValid(scores, result);
        const best = bruteForce(scores);
        expect(result.pairs.length).toBe(best.count);
        expect(result.total).toBeCloseTo(best.total, 9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('maximumWeightAssignment on edge cases', () => {
  it('returns nothing for an empty matrix or rows without columns', () => {
    expect(maximumWeightAssignment([])).toEqual({ pairs: [], total: 0 });
    expect(maximumWeightAssignment([[], []])).toEqual({ pairs: [], total: 0 });
  });

  it('pairs every row when there are more columns than rows', () => {
    const result = maximumWeightAssignment([
      [1, 9, 2],
      [8, 7, 1],
    ]);
    expect(result.pairs).toEqual([
      { row: 0, column: 1, score: 9 },
      { row: 1, column: 0, score: 8 },
    ]);
    expect(result.total).toBe(17);
  });

  it('pairs every column when there are more rows than columns', () => {
    const result = maximumWeightAssignment([
      [1, 9],
      [8, 7],
      [9, 1],
    ]);
    expect(result.pairs).toEqual([
      { row: 0, column: 1, score: 9 },
      { row: 2, column: 0, score: 9 },
    ]);
    expect(result.total).toBe(18);
  });

  it('leaves a row with only forbidden entries unassigned', () => {
    const result = maximumWeightAssignment([
      [null, null],
      [3, 4],
    ]);
    expect(result.pairs).toEqual([{ row: 1, column: 1, score: 4 }]);
  });

  it('returns no pairs when everything is forbidden', () => {
    expect(
      maximumWeightAssignment([
        [null, null],
        [null, null],
      ]),
    ).toEqual({ pairs: [], total: 0 });
  });

  it('prefers more pairs to a higher total', () => {
    // One pair could score 5, but two pairs (−1 + 5) are made because they are more pairs.
    const result = maximumWeightAssignment([
      [5, -1],
      [5, null],
    ]);
    expect(result.pairs.length).toBe(2);
    expect(result.total).toBe(4);
  });

  it('names the row of a ragged matrix and the cell of a non-finite score', () => {
    expect(() => maximumWeightAssignment([[1, 2], [3]])).toThrow(AssignmentInputError);
    expect(() => maximumWeightAssignment([[1, 2], [3]])).toThrow(/row 1 has 1 scores but row 0 has 2/);
    expect(() => maximumWeightAssignment([[1, Number.NaN]])).toThrow(/row 0, column 1/);
    expect(() => maximumWeightAssignment([[Number.POSITIVE_INFINITY]])).toThrow(AssignmentInputError);
  });
});
