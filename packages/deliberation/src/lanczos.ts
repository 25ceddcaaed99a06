import { dot } from './covariance.ts';

/** A symmetric positive semi-definite operator: out = A v. */
export type Operator = (v: Float64Array, out: Float64Array) => void;

/**
 * The largest eigenpairs of X^T X (or of it deflated) by the Lanczos method with full reorthogonalisation (Lanczos 1950;
 * Golub & Van Loan, "Matrix Computations", 4th ed., sections 10.1-10.3). It only serves to give the power
 * iteration a start that is already at its fixed point: Krylov methods need roughly the square root of the
 * products power iteration needs for the same accuracy (Golub & Van Loan, section 10.1.5).
 */

export interface EigenPairs {
  /** Ritz values, largest first. */
  values: number[];
  /** Unit Ritz vectors, in the order of `values`. */
  vectors: Float64Array[];
  /** Residual norm ||C y - theta y|| of each pair. */
  residuals: number[];
}

/**
 * Eigen-decomposition of a small dense symmetric matrix (row-major, n x n) by cyclic Jacobi rotations
 * (Golub & Van Loan, section 8.5). Returns eigenvalues and the matrix whose column i is eigenvector i.
 */
export function symmetricEigen(
  matrix: Float64Array,
  n: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let lastOff = Number.POSITIVE_INFINITY;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const value = (a[i * n + j] ?? 0) ** 2;
        total += value;
        if (i !== j) off += value;
      }
    }
    // Jacobi converges quadratically; once rounding stops the off-diagonal part from shrinking, stop.
    if (off <= 1e-30 * total || (off <= 1e-24 * total && off > 0.25 * lastOff)) break;
    lastOff = off;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q] ?? 0;
        if (apq === 0) continue;
        const theta = ((a[q * n + q] ?? 0) - (a[p * n + p] ?? 0)) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p] ?? 0;
          const akq = a[k * n + q] ?? 0;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k] ?? 0;
          const aqk = a[q * n + k] ?? 0;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p] ?? 0;
          const vkq = v[k * n + q] ?? 0;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i] ?? 0;
  return { values, vectors: v };
}

/** Ritz pairs of the tridiagonal T (alphas on the diagonal, betas beside it), largest first. */
function ritzPairs(
  basis: Float64Array[],
  alphas: number[],
  betas: number[],
  lastBeta: number,
  count: number,
): Omit<EigenPairs, 'vectors'> & { vectors: () => Float64Array[] } {
  const n = alphas.length;
  const t = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    t[i * n + i] = alphas[i] ?? 0;
    if (i + 1 < n) {
      t[i * n + i + 1] = betas[i] ?? 0;
      t[(i + 1) * n + i] = betas[i] ?? 0;
    }
  }
  const { values, vectors } = symmetricEigen(t, n);
  const order = Array.from(values.keys()).sort((i, j) => (values[j] ?? 0) - (values[i] ?? 0));
  const chosen = order.slice(0, count);
  const columns = basis[0]?.length ?? 0;
  return {
    values: chosen.map((i) => values[i] ?? 0),
    residuals: chosen.map((i) => Math.abs(lastBeta * (vectors[(n - 1) * n + i] ?? 0))),
    // Built only once the estimates pass: most checks stop at the values.
    vectors: () =>
      chosen.map((i) => {
        const y = new Float64Array(columns);
        for (let j = 0; j < basis.length; j++) {
          const q = basis[j] ?? y;
          const weight = vectors[j * n + i] ?? 0;
          for (let c = 0; c < columns; c++) y[c] = (y[c] ?? 0) + weight * (q[c] ?? 0);
        }
        const norm = Math.sqrt(dot(y, y));
        return norm === 0 ? y : y.map((value) => value / norm);
      }),
  };
}

/**
 * Recomputes each pair's residual ||C y - theta y|| with a real product rather than trusting the
 * Lanczos estimate, which assumes exact arithmetic; replaces the estimates with the measured values.
 */
function verified(operator: Operator, pairs: EigenPairs, count: number, tolerance: number): boolean {
  const top = pairs.values[0] ?? 0;
  const product = new Float64Array(pairs.vectors[0]?.length ?? 0);
  pairs.vectors.forEach((vector, i) => {
    operator(vector, product);
    const value = pairs.values[i] ?? 0;
    let squared = 0;
    for (let c = 0; c < product.length; c++) squared += ((product[c] ?? 0) - value * (vector[c] ?? 0)) ** 2;
    pairs.residuals[i] = Math.sqrt(squared);
  });
  // Measured residuals include rounding, so they get a looser bound than the estimates.
  return pairs.residuals.slice(0, count).every((residual) => residual <= 1e3 * tolerance * top);
}

/**
 * The `count` largest eigenpairs of the operator from the Krylov space of `start`, or undefined when the space
 * breaks down first or the pairs do not reach `tolerance` (relative residual) within `maxSteps` products.
 */
export function largestEigenpairs(
  operator: Operator,
  start: Float64Array,
  count: number,
  options: { maxSteps?: number; tolerance?: number } = {},
): EigenPairs | undefined {
  const columns = start.length;
  const maxSteps = Math.min(columns, options.maxSteps ?? 150);
  const tolerance = options.tolerance ?? 1e-14;
  const norm = Math.sqrt(dot(start, start));
  if (!(norm > 0) || count > maxSteps) return undefined;
  const basis: Float64Array[] = [start.map((value) => value / norm)];
  const alphas: number[] = [];
  const betas: number[] = [];
  const w = new Float64Array(columns);
  let nextCheck = Math.max(count + 1, 16);
  for (let step = 0; step < maxSteps; step++) {
    const q = basis[step] ?? w;
    operator(q, w);
    alphas.push(dot(q, w));
    // Two passes of Gram-Schmidt against the whole basis keep it orthogonal to working precision.
    for (let pass = 0; pass < 2; pass++) {
      for (const previous of basis) {
        const coefficient = dot(w, previous);
        for (let c = 0; c < columns; c++) w[c] = (w[c] ?? 0) - coefficient * (previous[c] ?? 0);
      }
    }
    const beta = Math.sqrt(dot(w, w));
    const scale = Math.max(...alphas.map(Math.abs));
    const exhausted = beta <= 1e-13 * scale || step + 1 === maxSteps;
    if (exhausted || step + 1 >= nextCheck) {
      const pairs = ritzPairs(basis, alphas, betas, beta, Math.min(count + 1, alphas.length));
      const top = pairs.values[0] ?? 0;
      const converged =
        pairs.values.length >= count &&
        top > 0 &&
        pairs.residuals.slice(0, count).every((residual) => residual <= tolerance * top);
      if (converged) {
        const found = { ...pairs, vectors: pairs.vectors() };
        if (verified(operator, found, count, tolerance)) return found;
      }
      if (exhausted) return undefined;
      nextCheck = Math.ceil(nextCheck * 1.3);
    }
    betas.push(beta);
    basis.push(w.map((value) => value / beta));
  }
  return undefined;
}
