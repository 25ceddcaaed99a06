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
  const gain = (composition: Composition, p: readonly number[]) =>
    composition.reduce(
      (sum, count, t) => (unreachable.has(t) || count === 0 ? sum : sum + count / (p[t] ?? 1)),
      0,
    );
  for (let round = 0; round <= maxColumns; round += 1) {
    for (let step = 0; step < innerSteps; step += 1) {
      const p = typeProbabilities(structure, compositions, weights);
      weights = weights.map((w, c) => (w * gain(compositions[c] ?? [], p)) / reachable);
      const total = weights.reduce((a, b) => a + b, 0);
      weights = weights.map((w) => w / total);
    }
    const p = typeProbabilities(structure, compositions, weights);
    const gradient = p.map((value, t) => (unreachable.has(t) || value <= 0 ? 0 : 1 / value));
    const priced = await timed.bestComposition(structure, gradient);
    timed.stats.iterations = round + 1;
    if (!priced) break;
    ratio = priced.value / reachable;
    if (ratio <= 1 + tolerance || round === maxColumns || !columns.add(priced.composition)) break;
    const share = 1 / compositions.length;
    weights = [...weights.map((w) => w * (1 - share)), share];
  }
  return {
    compositions,
    weights,
    targets: typeProbabilities(structure, compositions, weights),
    optimalityRatio: ratio,
  };
}
