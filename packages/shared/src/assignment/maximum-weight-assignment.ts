export interface AssignmentPair {
  row: number;
  column: number;
  score: number;
}

export interface AssignmentResult {
  /** Sorted by row. */
  pairs: Array<AssignmentPair>;
  /** Sum of the pairs' scores. */
  total: number;
}

/** A score matrix a person can fix: the message names the row and column. */
export class AssignmentInputError extends Error {
  override readonly name = 'AssignmentInputError';
  constructor(
    message: string,
    readonly row: number,
    readonly column: number | null,
  ) {
    super(message);
  }
}

function checkMatrix(scores: ReadonlyArray<ReadonlyArray<number | null>>): number {
  const columns = scores[0]?.length ?? 0;
  scores.forEach((row, r) => {
    if (!Array.isArray(row)) throw new AssignmentInputError(`row ${r} is not a list of scores`, r, null);
    if (row.length !== columns) {
      throw new AssignmentInputError(
        `row ${r} has ${row.length} scores but row 0 has ${columns}; every row needs one entry per column (null = forbidden)`,
        r,
        null,
      );
    }
    row.forEach((score, c) => {
      if (score !== null && (typeof score !== 'number' || !Number.isFinite(score))) {
        throw new AssignmentInputError(
          `row ${r}, column ${c}: the score must be a finite number or null, not ${String(score)}`,
          r,
          c,
        );
      }
    });
  });
  return columns;
}

/**
 * Maximum-weight assignment of rows to distinct columns: the Hungarian algorithm (H. W. Kuhn, "The Hungarian
 * method for the assignment problem", Naval Research Logistics Quarterly 2, 1955; J. Munkres, "Algorithms for
 * the assignment and transportation problems", J. SIAM 5, 1957), in its O(n² m) shortest-augmenting-path form
 * with row and column potentials (n = the smaller side, m = the larger).
 *
 * What "best" means, exactly: among all sets of pairs that use each row and each column at most once and only
 * allowed entries (null = forbidden), take those with the largest number of pairs; among them, the largest total
 * score. So a pair with a negative score is still made when it adds a pair: null out the pairs you would rather
 * not make. Rows and columns left over (the longer side, or rows with no allowed column) stay unassigned.
 *
 * Exactness: both criteria are optimised at once by running the algorithm on lexicographic costs
 * (−1, −score) for an allowed entry and (0, 0) for a forbidden one; the count component is an exact integer,
 * so the number of pairs is always maximal, and the total is optimal up to floating-point rounding of the
 * scores' sums (exact for integer scores).
 *
 * Determinism: the same matrix always gives the same pairs; among equally good assignments the one found is
 * the algorithm's, not a documented preference.
 *
 * @throws AssignmentInputError for ragged rows or non-finite scores.
 */
export function maximumWeightAssignment(
  scores: ReadonlyArray<ReadonlyArray<number | null>>,
): AssignmentResult {
  const rowCount = scores.length;
  const columnCount = checkMatrix(scores);
  if (rowCount === 0 || columnCount === 0) return { pairs: [], total: 0 };

  // The algorithm assigns every row of the smaller side; transpose when there are more rows than columns.
  const transposed = rowCount > columnCount;
  const n = transposed ? columnCount : rowCount;
  const m = transposed ? rowCount : columnCount;
  const entry = (i: number, j: number): number | null =>
    (transposed ? scores[j]?.[i] : scores[i]?.[j]) ?? null;

  // Cost of (i, j), 0-based, as two components: count (−1 allowed, 0 not) and score (−score allowed, 0 not).
  const costCount = new Float64Array(n * m);
  const costScore = new Float64Array(n * m);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < m; j += 1) {
      const score = entry(i, j);
      if (score === null) continue;
      costCount[i * m + j] = -1;
      costScore[i * m + j] = -score;
    }
  }

  // 1-based potentials and matching as in the classical presentation; index 0 is the virtual start column.
  const uCount = new Float64Array(n + 1);
  const uScore = new Float64Array(n + 1);
  const vCount = new Float64Array(m + 1);
  const vScore = new Float64Array(m + 1);
  const rowOfColumn = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minCount = new Float64Array(m + 1);
  const minScore = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  const less = (aCount: number, aScore: number, bCount: number, bScore: number) =>
    aCount < bCount || (aCount === bCount && aScore < bScore);

  for (let row = 1; row <= n; row += 1) {
    rowOfColumn[0] = row;
    let column0 = 0;
    minCount.fill(Number.POSITIVE_INFINITY);
    minScore.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[column0] = 1;
      const row0 = rowOfColumn[column0] ?? 0;
      let deltaCount = Number.POSITIVE_INFINITY;
      let deltaScore = Number.POSITIVE_INFINITY;
      let column1 = 0;
      const base = (row0 - 1) * m;
      const uc = uCount[row0] ?? 0;
      const us = uScore[row0] ?? 0;
      for (let j = 1; j <= m; j += 1) {
        if (used[j]) continue;
        const reducedCount = (costCount[base + j - 1] ?? 0) - uc - (vCount[j] ?? 0);
        const reducedScore = (costScore[base + j - 1] ?? 0) - us - (vScore[j] ?? 0);
        if (less(reducedCount, reducedScore, minCount[j] ?? 0, minScore[j] ?? 0)) {
          minCount[j] = reducedCount;
          minScore[j] = reducedScore;
          way[j] = column0;
        }
        if (less(minCount[j] ?? 0, minScore[j] ?? 0, deltaCount, deltaScore)) {
          deltaCount = minCount[j] ?? 0;
          deltaScore = minScore[j] ?? 0;
          column1 = j;
        }
      }
      for (let j = 0; j <= m; j += 1) {
        if (used[j]) {
          const r = rowOfColumn[j] ?? 0;
          uCount[r] = (uCount[r] ?? 0) + deltaCount;
          uScore[r] = (uScore[r] ?? 0) + deltaScore;
          vCount[j] = (vCount[j] ?? 0) - deltaCount;
          vScore[j] = (vScore[j] ?? 0) - deltaScore;
        } else {
          minCount[j] = (minCount[j] ?? 0) - deltaCount;
          minScore[j] = (minScore[j] ?? 0) - deltaScore;
        }
      }
      column0 = column1;
    } while (rowOfColumn[column0] !== 0);
    // Flip the augmenting path back to the start.
    do {
      const column1 = way[column0] ?? 0;
      rowOfColumn[column0] = rowOfColumn[column1] ?? 0;
      column0 = column1;
    } while (column0 !== 0);
  }

  const pairs: AssignmentPair[] = [];
  for (let j = 1; j <= m; j += 1) {
    const i = (rowOfColumn[j] ?? 0) - 1;
    if (i < 0) continue;
    const row = transposed ? j - 1 : i;
    const column = transposed ? i : j - 1;
    const score = scores[row]?.[column] ?? null;
    // A forbidden entry in the result means that row (or column) could not be paired at all.
    if (score !== null) pairs.push({ row, column, score });
  }
  pairs.sort((a, b) => a.row - b.row);
  return { pairs, total: pairs.reduce((sum, pair) => sum + pair.score, 0) };
}
