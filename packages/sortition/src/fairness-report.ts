import { type Fairness, fairnessOf } from './fairness.ts';
import { legacy } from './legacy.ts';
import { createRandom } from './random.ts';
import { structureOf } from './structure.ts';
import type { Algorithm, SelectionProblem } from './types.ts';

export interface FairnessReport {
  algorithm: Algorithm;
  fairness: Fairness;
  /** LEGACY on the same pool, estimated from seeded draws. */
  legacy: Fairness & { runs: number; seed: number };
}

/**
 * The side-by-side report of Flanigan et al. 2021 (Fig. 2, statistics files): minimum probability,
 * Gini coefficient and geometric mean of an algorithm's probabilities next to LEGACY's, estimated by
 * `runs` seeded LEGACY draws (the paper uses 10,000).
 */
export function fairnessReport(
  problem: SelectionProblem,
  algorithm: Algorithm,
  probabilities: readonly number[],
  options: { runs?: number; seed?: number } = {},
): FairnessReport {
  const runs = options.runs ?? 10_000;
  const seed = options.seed ?? 0;
  const simulated = legacy(structureOf(problem), createRandom(seed), runs);
  return {
    algorithm,
    fairness: fairnessOf(probabilities),
    legacy: { ...fairnessOf(simulated.probabilities), runs, seed },
  };
}
