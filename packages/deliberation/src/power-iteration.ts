import {
  type CentredRows,
  covarianceTimes,
  deflatedCovariance,
  dot,
  removeComponents,
} from './covariance.ts';
import { largestEigenpairs } from './lanczos.ts';

/**
 * One eigenvector by power iteration (polismath `power-iteration`): multiply, normalise, stop when the
 * eigenvalue estimate stops changing or after `iterations`. Two buffers, updated in place: no allocation
 * per iteration.
 */
export function powerIteration(
  x: CentredRows,
  start: Float64Array,
  earlier: Float64Array[],
  iterations: number,
): Float64Array {
  return plainIteration(x, start, earlier, iterations).vector;
}

/** The plain iteration, saying whether it settled (false when it stopped at the cap). */
function plainIteration(
  x: CentredRows,
  start: Float64Array,
  earlier: Float64Array[],
  iterations: number,
): { vector: Float64Array; settled: boolean } {
  const vector = Float64Array.from(start);
  const product = new Float64Array(vector.length);
  let lastEigenvalue = 0;
  for (let iteration = 0; iteration < iterations; iteration++) {
    removeComponents(vector, earlier);
    covarianceTimes(x, vector, product);
    removeComponents(product, earlier);
    const eigenvalue = Math.sqrt(dot(product, product));
    if (eigenvalue === 0) return { vector: new Float64Array(vector.length), settled: true };
    let moved = 0;
    for (let i = 0; i < vector.length; i++) {
      const next = (product[i] ?? 0) / eigenvalue;
      moved = Math.max(moved, Math.abs(next - (vector[i] ?? 0)));
      vector[i] = next;
    }
    const settled = Math.abs(eigenvalue - lastEigenvalue) <= 1e-15 * eigenvalue && moved < 1e-13;
    if (settled) return { vector, settled };
    lastEigenvalue = eigenvalue;
  }
  return { vector, settled: false };
}

// Plain steps tried before Lanczos: easy spectra (most real conversations) and warm starts that already sit
// at the fixed point settle within them, and then the result is the plain iteration's, bit for bit, without
// Lanczos's fixed cost. On large matrices (more votes than LARGE_VOTES) 40 products cost more than Lanczos
// needs, so only a few are tried: enough for an unchanged warm start.
const PLAIN_FIRST = 40;
const PLAIN_FIRST_LARGE = 8;
const LARGE_VOTES = 250_000;

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

/**
 * What `powerIteration(x, start, earlier, iterations)` returns, with far fewer products. Lanczos gives the
 * leading eigenpairs of the (deflated) covariance operator A from the same start v0; then:
 * - if the plain iteration provably settles within the cap (the bound of `iterationsToSettle`), it is run
 *   from the leading Ritz vector, signed as the plain iteration converges (the sign of v0's projection), and
 *   stops by the same test at the same fixed point;
 * - if it provably does not, it returns the unsettled iterate A^cap v0 / |A^cap v0|, rebuilt as
 *   sum_i (v0.y_i) theta_i^cap y_i over the Ritz pairs, when every other direction has decayed below 1e-13;
 * - otherwise (Lanczos does not converge, v0 nearly orthogonal to the eigenvector), the plain iteration runs.
 * First, a few plain steps (40, or 8 on large matrices): when they settle, that is the answer.
 */
export function acceleratedPowerIteration(
  x: CentredRows,
  start: Float64Array,
  earlier: Float64Array[],
  iterations: number,
): Float64Array {
  const first = x.cols.length > LARGE_VOTES ? PLAIN_FIRST_LARGE : PLAIN_FIRST;
  const quick = plainIteration(x, start, earlier, Math.min(iterations, first));
  if (quick.settled || iterations <= first) return quick.vector;
  const plain = () => powerIteration(x, start, earlier, iterations);
  const v0 = Float64Array.from(start);
  removeComponents(v0, earlier);
  const length = Math.sqrt(dot(v0, v0));
  if (!(length > 0)) return plain();
  const pairs = largestEigenpairs(deflatedCovariance(x, earlier), v0, 2);
  const vector = pairs?.vectors[0];
  const top = pairs?.values[0] ?? 0;
  if (!pairs || !vector || !(top > 0)) return plain();
  const along = dot(v0, vector) / length;
  if (!(Math.abs(along) > 1e-8)) return plain();
  // Upper bounds on eigenvalue ratios: some eigenvalue lies within the residual of each Ritz value.
  const ratio = (i: number) =>
    Math.min(1, Math.max(0, (pairs.values[i] ?? 0) + (pairs.residuals[i] ?? 0)) / top);
  // The bound charges the start's whole error to the slowest direction; the margin covers the last steps.
  if (1.25 * iterationsToSettle(v0, vector, ratio(1)) + 20 <= iterations) {
    const sign = along < 0 ? -1 : 1;
    return powerIteration(
      x,
      vector.map((entry) => sign * entry),
      earlier,
      iterations,
    );
  }
  if (ratio(2) ** iterations / Math.abs(along) > 1e-13) return plain();
  const iterate = new Float64Array(v0.length);
  for (let i = 0; i < 2; i++) {
    const y = pairs.vectors[i];
    if (!y) continue;
    const weight = (dot(v0, y) / length) * ((pairs.values[i] ?? 0) / top) ** iterations;
    for (let c = 0; c < iterate.length; c++) iterate[c] = (iterate[c] ?? 0) + weight * (y[c] ?? 0);
  }
  const norm = Math.sqrt(dot(iterate, iterate));
  return norm > 0 ? iterate.map((entry) => entry / norm) : plain();
}
