import { centredRows } from './covariance.ts';
import { acceleratedPowerIteration, powerIteration } from './power-iteration.ts';
import type { PrincipalComponents } from './types.ts';
import type { VoteMatrix } from './vote-matrix.ts';

/**
 * Two principal components by power iteration with deflation, as polismath `pca/powerit-pca` does on the
 * rating matrix whose missing votes are replaced by the column mean (`small-conv-update-graph :mat`).
 *
 * Why it is sparse: after centring, a missing vote (replaced by the column mean) becomes exactly 0, so the
 * centred matrix has non-zeros only where people voted and X^T X v costs O(votes), never O(n x m). Columns
 * that Polis zeroes out (moderated out, meta) are all zero after centring and drop out the same way.
 */

/** Column means over the votes cast (internal sign); 0 for zeroed-out columns. */
export function columnMeans(matrix: VoteMatrix): Float64Array {
  const sums = new Float64Array(matrix.commentIds.length);
  const counts = new Float64Array(matrix.commentIds.length);
  for (let at = 0; at < matrix.cols.length; at++) {
    const column = matrix.cols[at] ?? 0;
    sums[column] = (sums[column] ?? 0) + (matrix.values[at] ?? 0);
    counts[column] = (counts[column] ?? 0) + 1;
  }
  const means = new Float64Array(sums.length);
  for (let column = 0; column < sums.length; column++) {
    const count = counts[column] ?? 0;
    if (matrix.moderatedOut[column] === 1 || count === 0) continue;
    means[column] = (sums[column] ?? 0) / count;
  }
  return means;
}

/** A fixed pseudo-random start vector (Polis draws a random one; ours is seeded so runs repeat). */
function seededStart(length: number, seed: number): Float64Array {
  let state = seed >>> 0;
  const vector = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    vector[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return vector;
}

/**
 * The first two principal components of the rating matrix (polismath `wrapped-pca`). `start` warm-starts
 * from the previous update's components, as Polis does; an all-zero start vector counts as none.
 *
 * Each component is what polismath `power-iteration` with deflation returns from that start. By default it
 * is reached through Lanczos (see `acceleratedPowerIteration`), within about 1e-10 of the plain iteration;
 * `accelerate: false` runs the plain iteration.
 */
export function principalComponents(
  matrix: VoteMatrix,
  options: {
    iterations?: number;
    start?: [Float64Array, Float64Array] | undefined;
    accelerate?: boolean;
  } = {},
): PrincipalComponents {
  const means = columnMeans(matrix);
  const columns = matrix.commentIds.length;
  const iterations = options.iterations ?? 1000;
  const x = centredRows(matrix, means);
  const wanted = Math.min(2, columns, matrix.participantIds.length);
  const starts: Float64Array[] = [];
  for (let component = 0; component < wanted; component++) {
    const warm = options.start?.[component];
    const usable = warm && warm.length === columns && warm.some((value) => value !== 0);
    starts.push(usable ? warm : seededStart(columns, 7 + component));
  }
  const found: Float64Array[] = [];
  for (const start of starts) {
    const iterate = options.accelerate === false ? powerIteration : acceleratedPowerIteration;
    found.push(iterate(x, start, found, iterations));
  }
  const first = found[0] ?? new Float64Array(columns);
  const second = found[1] ?? new Float64Array(columns);
  return { center: means, components: [first, second] };
}

/**
 * Sparsity-aware projection (polismath `sparsity-aware-project-ptpt`): the dot product over the votes cast,
 * scaled by sqrt(n_comments / n_votes) so that people who voted on few comments are not pulled to the centre.
 * Zeroed-out columns count as votes for everybody, because Polis sets every cell of those columns to 0.
 */
export function projectParticipants(matrix: VoteMatrix, pca: PrincipalComponents): Float64Array {
  const { rowStart, cols, values, moderatedOut } = matrix;
  const [first, second] = pca.components;
  const columns = matrix.commentIds.length;
  let zeroedColumns = 0;
  for (const flag of moderatedOut) zeroedColumns += flag;
  const rows = rowStart.length - 1;
  const xy = new Float64Array(rows * 2);
  for (let row = 0; row < rows; row++) {
    let x = 0;
    let y = 0;
    let voted = zeroedColumns;
    const end = rowStart[row + 1] ?? 0;
    for (let at = rowStart[row] ?? 0; at < end; at++) {
      const column = cols[at] ?? 0;
      if (moderatedOut[column] === 1) continue;
      const centred = (values[at] ?? 0) - (pca.center[column] ?? 0);
      x += centred * (first[column] ?? 0);
      y += centred * (second[column] ?? 0);
      voted += 1;
    }
    const scale = Math.sqrt(columns / Math.max(voted, 1));
    xy[row * 2] = x * scale;
    xy[row * 2 + 1] = y * scale;
  }
  return xy;
}

/**
 * Comment projections and extremity (polismath `pca-project-cmnts`, `with-proj-and-extremtiy`): each comment
 * is projected as a participant who voted -1 on it alone; its extremity is the length of that projection.
 */
export function projectComments(pca: PrincipalComponents): {
  x: Float64Array;
  y: Float64Array;
  extremity: Float64Array;
} {
  const columns = pca.center.length;
  const scale = Math.sqrt(columns);
  const x = new Float64Array(columns);
  const y = new Float64Array(columns);
  const extremity = new Float64Array(columns);
  for (let column = 0; column < columns; column++) {
    const centred = -1 - (pca.center[column] ?? 0);
    x[column] = centred * (pca.components[0][column] ?? 0) * scale;
    y[column] = centred * (pca.components[1][column] ?? 0) * scale;
    extremity[column] = Math.hypot(x[column] ?? 0, y[column] ?? 0);
  }
  return { x, y, extremity };
}
