import { type CentredRows, centredRows, covarianceTimes } from './covariance.ts';
import { largestEigenpairs } from './lanczos.ts';
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

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** v - (v.p / p.p) p for each earlier component p (polismath `factor-matrix`, applied implicitly). */
function removeComponents(v: Float64Array, earlier: Float64Array[]): void {
  for (const p of earlier) {
    const pp = dot(p, p);
    if (pp === 0) continue;
    const coefficient = dot(v, p) / pp;
    for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) - coefficient * (p[i] ?? 0);
  }
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
 * One eigenvector by power iteration (polismath `power-iteration`): multiply, normalise, stop when the
 * eigenvalue estimate stops changing or after `iterations`. Two buffers, updated in place: no allocation
 * per iteration.
 */
function powerIteration(
  x: CentredRows,
  start: Float64Array,
  earlier: Float64Array[],
  iterations: number,
): Float64Array {
  const vector = Float64Array.from(start);
  const product = new Float64Array(vector.length);
  let lastEigenvalue = 0;
  for (let iteration = 0; iteration < iterations; iteration++) {
    removeComponents(vector, earlier);
    covarianceTimes(x, vector, product);
    removeComponents(product, earlier);
    const eigenvalue = Math.sqrt(dot(product, product));
    if (eigenvalue === 0) return new Float64Array(vector.length);
    let moved = 0;
    for (let i = 0; i < vector.length; i++) {
      const next = (product[i] ?? 0) / eigenvalue;
      moved = Math.max(moved, Math.abs(next - (vector[i] ?? 0)));
      vector[i] = next;
    }
    const settled = Math.abs(eigenvalue - lastEigenvalue) <= 1e-15 * eigenvalue && moved < 1e-13;
    if (settled) break;
    lastEigenvalue = eigenvalue;
  }
  return vector;
}

/**
 * Power iterations the plain method needs to settle from `start` on an eigenvector whose eigenvalue ratio
 * to the next one is `ratio`: the error starts at tan(angle(start, vector)) and shrinks by `ratio` per step.
 */
function iterationsToSettle(start: Float64Array, vector: Float64Array, ratio: number): number {
  const cosine = Math.abs(dot(start, vector)) / Math.sqrt(dot(start, start));
  if (!(cosine > 1e-8) || !(ratio < 1 - 1e-9)) return Number.POSITIVE_INFINITY;
  const error = Math.sqrt(Math.max(0, 1 - cosine * cosine)) / cosine;
  if (error * (1 - ratio) < 1e-13) return 2;
  return Math.log(1e-13 / (error * (1 - ratio))) / Math.log(ratio);
}

/** The start, with the earlier components removed, as the plain power iteration begins. */
function deflatedStart(start: Float64Array, earlier: Float64Array[]): Float64Array {
  const vector = Float64Array.from(start);
  removeComponents(vector, earlier);
  return vector;
}

/**
 * Starts for the power iteration that already sit at its fixed point: the Lanczos Ritz vectors, signed as
 * the plain iteration from `starts` would converge (it keeps the sign of the start's projection). Undefined
 * when the plain iteration would not settle well within `iterations` from those starts (then its unsettled
 * result is what Polis's method gives, and only running it reproduces that), or when Lanczos does not converge.
 */
function settledStarts(
  x: CentredRows,
  starts: Float64Array[],
  iterations: number,
): Float64Array[] | undefined {
  const first = starts[0];
  if (!first) return undefined;
  const pairs = largestEigenpairs(x, first, starts.length);
  if (!pairs) return undefined;
  const result: Float64Array[] = [];
  for (let component = 0; component < starts.length; component++) {
    const vector = pairs.vectors[component];
    const value = pairs.values[component] ?? 0;
    // An upper bound on the next eigenvalue: some eigenvalue lies within the residual of each Ritz value.
    const next = (pairs.values[component + 1] ?? 0) + (pairs.residuals[component + 1] ?? 0);
    const start = starts[component];
    if (!vector || !start || !(value > 1e-9 * (pairs.values[0] ?? 0))) return undefined;
    const plain = deflatedStart(start, result);
    // The estimate is an upper bound (the start's whole error is charged to the slowest direction); the
    // margin covers the last steps, where the eigenvalue test may lag the vector test.
    const ratio = Math.min(1, Math.max(0, next) / value);
    if (1.25 * iterationsToSettle(plain, vector, ratio) + 20 > iterations) return undefined;
    const sign = dot(plain, vector) < 0 ? -1 : 1;
    result.push(vector.map((entry) => sign * entry));
  }
  return result;
}

/**
 * The first two principal components of the rating matrix (polismath `wrapped-pca`). `start` warm-starts
 * from the previous update's components, as Polis does; an all-zero start vector counts as none.
 *
 * Each component is the settled power iteration of polismath `power-iteration` with deflation. To get
 * there in fewer products, the iteration starts from Lanczos Ritz vectors (`accelerate`, default on) when
 * the plain iteration would settle anyway; it then stops by the same test, within about 1e-12 of the plain
 * result. `accelerate: false` runs the plain iteration from the start vectors.
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
  const accelerated = options.accelerate === false ? undefined : settledStarts(x, starts, iterations);
  const found: Float64Array[] = [];
  for (let component = 0; component < wanted; component++) {
    const start = accelerated?.[component] ?? starts[component] ?? new Float64Array(columns);
    found.push(powerIteration(x, start, found, iterations));
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
