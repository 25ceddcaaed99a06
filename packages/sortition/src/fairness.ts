/** The three fairness figures of Flanigan et al. 2021 (Fig. 2 and the statistics files). */
export interface Fairness {
  minProbability: number;
  /** Gini coefficient of the selection probabilities (0 = everyone equal). */
  gini: number;
  /** Geometric mean of the selection probabilities (0 if anyone has probability 0). */
  geometricMean: number;
}

/** Gini coefficient: mean absolute difference over all pairs divided by twice the mean. */
export function gini(probabilities: readonly number[]): number {
  const n = probabilities.length;
  const total = probabilities.reduce((a, b) => a + b, 0);
  if (n === 0 || total <= 0) return 0;
  const sorted = [...probabilities].sort((a, b) => a - b);
  // sum_{i,j} |p_i - p_j| = 2 sum_i (2i - n + 1) p_(i) for ascending p, 0-based i.
  const weighted = sorted.reduce((sum, p, i) => sum + (2 * i - n + 1) * p, 0);
  return (2 * weighted) / (2 * n * total);
}

export function geometricMean(probabilities: readonly number[]): number {
  if (probabilities.length === 0) return 0;
  if (probabilities.some((p) => p <= 0)) return 0;
  return Math.exp(probabilities.reduce((sum, p) => sum + Math.log(p), 0) / probabilities.length);
}

export function fairnessOf(probabilities: readonly number[]): Fairness {
  return {
    minProbability: probabilities.length === 0 ? 0 : Math.min(...probabilities),
    gini: gini(probabilities),
    geometricMean: geometricMean(probabilities),
  };
}
