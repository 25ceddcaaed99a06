import { TimedSolver } from './column-generation.ts';
import { typeProbabilities } from './composition.ts';
import { marginals } from './distribution.ts';
import { concreteDistribution } from './expand.ts';
import { findQuotaClashes, InfeasibleQuotasError } from './feasibility.ts';
import { createHighsSolver } from './highs-solver.ts';
import { legacy } from './legacy.ts';
import { leximin } from './leximin.ts';
import { nash } from './nash.ts';
import { createRandom } from './random.ts';
import type { Solver } from './solver.ts';
import { structureOf } from './structure.ts';
import type { Algorithm, SelectionProblem, SelectionResult } from './types.ts';

export interface SelectOptions {
  /** Defaults to HiGHS-wasm. */
  solver?: Solver;
  /** Seed of every random choice (tie-breaks, LEGACY draws). */
  seed?: number;
  /** LEGACY draws used to estimate its probabilities (the paper uses 10,000). */
  legacyRuns?: number;
  /** Seconds the concrete-panel LP may spend closing the gap to the type-level targets (default 20). */
  expansionSeconds?: number;
}

let defaultSolver: Promise<Solver> | undefined;

/** HiGHS-wasm, loaded once per process and shared. */
export function sharedHighsSolver(): Promise<Solver> {
  defaultSolver ??= createHighsSolver();
  return defaultSolver;
}

/** Rejects impossible inputs before any algorithm runs. */
function checkShape(problem: SelectionProblem): void {
  if (!Number.isInteger(problem.panelSize) || problem.panelSize < 1)
    throw new RangeError(`the panel size must be a whole number of at least 1, got ${problem.panelSize}`);
}

/**
 * Computes a distribution over quota-respecting panels and everyone's selection probability with the
 * chosen algorithm: LEXIMIN and MAXIMIN (Flanigan et al., Nature 2021), NASH (maximum Nash welfare),
 * or LEGACY (the greedy baseline, estimated by simulation). Throws InfeasibleQuotasError, naming the
 * clashing quotas, before solving when no panel exists.
 */
export async function selectPanels(
  problem: SelectionProblem,
  algorithm: Algorithm,
  options: SelectOptions = {},
): Promise<SelectionResult> {
  checkShape(problem);
  const solver = options.solver ?? (await sharedHighsSolver());
  const clashes = await findQuotaClashes(problem, solver);
  if (clashes.length > 0) throw new InfeasibleQuotasError(clashes);
  const structure = structureOf(problem);
  const random = createRandom(options.seed ?? 0);
  const timed = new TimedSolver(solver, random);
  if (algorithm === 'legacy') {
    const runs = options.legacyRuns ?? 10_000;
    const outcome = legacy(structure, random, runs);
    timed.stats.iterations = runs + outcome.failedDraws;
    return {
      algorithm,
      probabilities: outcome.probabilities,
      distribution: outcome.distribution,
      stats: timed.stats,
    };
  }
  const outcome =
    algorithm === 'nash'
      ? await nash(structure, timed)
      : await leximin(structure, timed, algorithm === 'maximin' ? { levels: 1 } : {});
  if ('optimalityRatio' in outcome) timed.stats.nashOptimalityRatio = outcome.optimalityRatio;
  if ('minProbabilityBound' in outcome) timed.stats.minProbabilityBound = outcome.minProbabilityBound;
  const targets =
    algorithm === 'maximin'
      ? typeProbabilities(structure, outcome.compositions, outcome.weights)
      : outcome.targets;
  const { distribution, gap } = await concreteDistribution(
    structure,
    outcome.compositions,
    outcome.weights,
    targets,
    timed,
    options.expansionSeconds,
  );
  timed.stats.targetGap = gap;
  return { algorithm, probabilities: marginals(distribution, structure.n), distribution, stats: timed.stats };
}
