import type { VoteMatrix } from './vote-matrix.ts';

/**
 * The centred matrix X as compressed rows: each vote minus its column mean, zeroed-out columns left out
 * (they are all zero after centring). Built once per PCA, so the power iteration reads one array per vote
 * instead of looking up the vote, the mean and the moderation flag on every pass.
 */
export interface CentredRows {
  columns: number;
  rowStart: Int32Array;
  cols: Int32Array;
  centred: Float64Array;
}

export function centredRows(matrix: VoteMatrix, means: Float64Array): CentredRows {
  const { rowStart, cols, values, moderatedOut } = matrix;
  const rows = rowStart.length - 1;
  let kept = 0;
  for (let at = 0; at < cols.length; at++) if (moderatedOut[cols[at] ?? 0] !== 1) kept += 1;
  const start = new Int32Array(rows + 1);
  const keptCols = new Int32Array(kept);
  const centred = new Float64Array(kept);
  let to = 0;
  for (let row = 0; row < rows; row++) {
    start[row] = to;
    const end = rowStart[row + 1] ?? 0;
    for (let at = rowStart[row] ?? 0; at < end; at++) {
      const column = cols[at] ?? 0;
      if (moderatedOut[column] === 1) continue;
      keptCols[to] = column;
      centred[to] = (values[at] ?? 0) - (means[column] ?? 0);
      to += 1;
    }
  }
  start[rows] = to;
  return { columns: matrix.commentIds.length, rowStart: start, cols: keptCols, centred };
}

/**
 * out = X^T X v, touching only the votes: per row, the dot product with v, then that multiple of the row
 * added to out. The summation order (rows in order, columns ascending) is fixed, so results repeat bit for bit.
 */
export function covarianceTimes(x: CentredRows, v: Float64Array, out: Float64Array): void {
  out.fill(0);
  const { rowStart, cols, centred } = x;
  const rows = rowStart.length - 1;
  let start = rowStart[0] ?? 0;
  for (let row = 0; row < rows; row++) {
    const end = rowStart[row + 1] ?? 0;
    let dot = 0;
    for (let at = start; at < end; at++) dot += (centred[at] ?? 0) * (v[cols[at] ?? 0] ?? 0);
    if (dot !== 0) {
      for (let at = start; at < end; at++) {
        const column = cols[at] ?? 0;
        out[column] = (out[column] ?? 0) + dot * (centred[at] ?? 0);
      }
    }
    start = end;
  }
}

export function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** v - (v.p / p.p) p for each earlier component p (polismath `factor-matrix`, applied implicitly). */
export function removeComponents(v: Float64Array, earlier: Float64Array[]): void {
  for (const p of earlier) {
    const pp = dot(p, p);
    if (pp === 0) continue;
    const coefficient = dot(v, p) / pp;
    for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) - coefficient * (p[i] ?? 0);
  }
}

/**
 * The operator the power iteration for a later component applies: v -> P X^T X P v, P removing the earlier
 * components (what `factor-matrix` does to the data, applied to the vector instead).
 */
export function deflatedCovariance(
  x: CentredRows,
  earlier: Float64Array[],
): (v: Float64Array, out: Float64Array) => void {
  const copy = new Float64Array(x.columns);
  return (v, out) => {
    copy.set(v);
    removeComponents(copy, earlier);
    covarianceTimes(x, copy, out);
    removeComponents(out, earlier);
  };
}
