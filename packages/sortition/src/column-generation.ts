import { type Composition, CompositionSet, compositionOf, personWeights } from './composition.ts';
import { ModelBuilder, type Term } from './model.ts';
import { bestPanel } from './panel-ilp.ts';
import type { Random } from './random.ts';
import type { Solution, SolveOptions, Solver } from './solver.ts';
import type { PoolStructure } from './structure.ts';
import type { SelectionStats } from './types.ts';

/** Times every solve, so the bench can split ILP (pricing) from LP time. */
export class TimedSolver {
  readonly stats: SelectionStats = { ilpSolves: 0, lpSolves: 0, ilpSeconds: 0, lpSeconds: 0, iterations: 0 };

  constructor(
    readonly solver: Solver,
    readonly random: Random,
  ) {}

  async bestPanel(structure: PoolStructure, weights: readonly number[]) {
    const started = performance.now();
    try {
      return await bestPanel(structure, weights, this.solver, this.random);
    } finally {
      this.stats.ilpSolves += 1;
      this.stats.ilpSeconds += (performance.now() - started) / 1000;
    }
  }

  /** The best composition for per-type weights (each member of type t weighs typeWeights[t]). */
  async bestComposition(structure: PoolStructure, typeWeights: readonly number[]) {
    const found = await this.bestPanel(structure, personWeights(structure, typeWeights));
    if (!found) return undefined;
    return { composition: compositionOf(structure, found.panel), value: found.value };
  }

  async lp(builder: ModelBuilder, options?: SolveOptions): Promise<Solution> {
    const started = performance.now();
    try {
      return await this.solver.solve(builder.build(), options);
    } finally {
      this.stats.lpSolves += 1;
      this.stats.lpSeconds += (performance.now() - started) / 1000;
    }
  }
}

/**
 * Initial columns (Flanigan et al. 2021, Methods, "finding initial panels"): multiplicative weights
 * steer successive best panels towards types not yet covered; then one panel per still-uncovered type
 * that includes it if any feasible panel does. Returns the compositions and the types no panel holds.
 */
export async function seedCompositions(
  structure: PoolStructure,
  timed: TimedSolver,
  rounds: number,
): Promise<{ columns: CompositionSet; unreachable: Set<number> }> {
  const columns = new CompositionSet();
  const types = structure.types.length;
  const weights = structure.types.map(() => 1);
  for (let round = 0; round < rounds; round += 1) {
    const found = await timed.bestComposition(structure, weights);
    if (!found) break;
    if (columns.add(found.composition))
      found.composition.forEach((count, t) => {
        // A type's weight falls with each member the new panel takes, as the paper's per-person 0.8.
        weights[t] = (weights[t] ?? 1) * 0.8 ** (count / (structure.types[t]?.members.length ?? 1));
      });
    else for (let t = 0; t < types; t += 1) weights[t] = 0.9 * (weights[t] ?? 1) + 0.1;
    const total = weights.reduce((a, b) => a + b, 0);
    for (let t = 0; t < types; t += 1) weights[t] = ((weights[t] ?? 0) * types) / total;
  }
  const covered = new Set<number>();
  const markCovered = (composition: Composition) => {
    composition.forEach((count, t) => {
      if (count > 0) covered.add(t);
    });
  };
  for (const composition of columns.items) markCovered(composition);
  const unreachable = new Set<number>();
  for (let t = 0; t < types; t += 1) {
    if (covered.has(t)) continue;
    const focus = structure.types.map((_, other) => (other === t ? 1 : 0));
    const found = await timed.bestComposition(structure, focus);
    if (found && (found.composition[t] ?? 0) > 0) {
      columns.add(found.composition);
      markCovered(found.composition);
    } else unreachable.add(t);
  }
  return { columns, unreachable };
}

/**
 * The final LP of Flanigan et al. 2021 (Methods) over compositions: min eps s.t. sum x = 1 and each
 * type's probability E[c_t]/s_t >= target_t - eps. Returns the weights, clipped at 0 and renormalised.
 */
export async function compositionWeights(
  structure: PoolStructure,
  compositions: readonly Composition[],
  targets: readonly number[],
  timed: TimedSolver,
): Promise<number[]> {
  const builder = new ModelBuilder('minimize');
  const eps = builder.variable('eps', { lower: Number.NEGATIVE_INFINITY });
  const byType = targets.map((): Term[] => []);
  const variables = compositions.map((composition, c) => {
    const variable = builder.variable(`x${c}`);
    composition.forEach((count, t) => {
      const size = structure.types[t]?.members.length ?? 1;
      if (count > 0) byType[t]?.push({ variable, coefficient: count / size });
    });
    return variable;
  });
  builder.constraint(
    'total',
    variables.map((variable) => ({ variable, coefficient: 1 })),
    '=',
    1,
  );
  targets.forEach((target, t) => {
    const terms = byType[t] ?? [];
    if (target > 0 && terms.length > 0)
      builder.constraint(`p${t}`, [...terms, { variable: eps, coefficient: 1 }], '>=', target);
  });
  builder.objective([{ variable: eps, coefficient: 1 }]);
  const solution = await timed.lp(builder);
  if (solution.status !== 'optimal') throw new Error(`final distribution LP ended ${solution.detail}`);
  const weights = variables.map((variable) => Math.max(0, solution.values.get(variable) ?? 0));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}
