import { seedCompositions, type TimedSolver } from './column-generation.ts';
import { type Composition, typeProbabilities } from './composition.ts';
import type { PoolStructure } from './structure.ts';

export interface NashOptions {
  /** Stop when no composition beats the linearised optimum by more than this ratio. */
  tolerance?: number;
  maxColumns?: number;
  /** Multiplicative (EM) updates of the weights after each new column. */
  innerSteps?: number;
  seedRounds?: number;
}

export interface NashOutcome {
  compositions: Composition[];
  weights: number[];
  targets: number[];
  /** max_P sum_{i in P} 1/p_i over reachable people, divided by their number: 1 at the optimum. */
  optimalityRatio: number;
}

/**
 * Maximises Nash welfare sum_i log p_i over panel distributions (the NASH objective Flanigan et al.
 * 2021 discuss beside LEXIMIN), over types. Column generation: the pricing panel maximises the gradient
 * sum_{i in P} 1/p_i; on the known compositions the multiplicative update x_P <- x_P * (1/m) *
 * sum_{i in P} 1/p_i (Cover 1984, log-optimal portfolios) keeps sum x = 1 and raises the objective.
 * At the optimum every panel has sum_{i in P} 1/p_i <= m (m = people some panel can hold): the stop test.
 */
export async function nash(
  structure: PoolStructure,
  timed: TimedSolver,
  options: NashOptions = {},
): Promise<NashOutcome> {
  const tolerance = options.tolerance ?? 1e-3;
  const maxColumns = options.maxColumns ?? 200;
  const innerSteps = options.innerSteps ?? 60;
  const { columns, unreachable } = await seedCompositions(
    structure,
    timed,
    options.seedRounds ?? Math.min(2 * structure.types.length, 40),
  );
  const size = (t: number) => structure.types[t]?.members.length ?? 0;
  const reachable = structure.types.reduce((sum, _, t) => sum + (unreachable.has(t) ? 0 : size(t)), 0);
  const compositions = columns.items;
  let weights = compositions.map(() => 1 / compositions.length);
  let ratio = Number.POSITIVE_INFINITY;
  // Sparse copies (type, count) of each composition: a panel touches at most k types, the pool many more.
  const sparse: Array<Array<[number, number]>> = [];
  const sparseOf = (composition: Composition) =>
    composition.flatMap(
      (count, t): Array<[number, number]> => (count > 0 && !unreachable.has(t) ? [[t, count]] : []),
    );
  const gain = (entries: Array<[number, number]>, p: readonly number[]) =>
    entries.reduce((sum, [t, count]) => sum + count / (p[t] ?? 1), 0);
  const probabilities = () => {
    const expected = structure.types.map(() => 0);
    sparse.forEach((entries, c) => {
      for (const [t, count] of entries) expected[t] = (expected[t] ?? 0) + (weights[c] ?? 0) * count;
    });
    return expected.map((value, t) => value / Math.max(1, size(t)));
  };
  for (let round = 0; round <= maxColumns; round += 1) {
    while (sparse.length < compositions.length) sparse.push(sparseOf(compositions[sparse.length] ?? []));
    for (let step = 0; step < innerSteps; step += 1) {
      const p = probabilities();
      weights = weights.map((w, c) => (w * gain(sparse[c] ?? [], p)) / reachable);
      const total = weights.reduce((a, b) => a + b, 0);
      weights = weights.map((w) => w / total);
    }
    const p = probabilities();
    const gradient = p.map((value, t) => (unreachable.has(t) || value <= 0 ? 0 : 1 / value));
    const priced = await timed.bestComposition(structure, gradient);
    timed.stats.iterations = round + 1;
    if (!priced) break;
    ratio = priced.value / reachable;
    if (ratio <= 1 + tolerance || round === maxColumns) break;
    // A known composition means the weights have not converged yet: run more EM steps instead.
    if (!columns.add(priced.composition)) continue;
    const share = 1 / compositions.length;
    weights = [...weights.map((w) => w * (1 - share)), share];
  }
  // EM never sets a weight to exactly 0; dropping the negligible ones keeps the panel list short.
  const largest = Math.max(...weights);
  const kept = weights.map((w) => (w < largest * 1e-4 ? 0 : w));
  const total = kept.reduce((a, b) => a + b, 0);
  weights = kept.map((w) => w / total);
  return {
    compositions,
    weights,
    targets: typeProbabilities(structure, compositions, weights),
    optimalityRatio: ratio,
  };
}
