import { compositionWeights, seedCompositions, type TimedSolver } from './column-generation.ts';
import type { Composition } from './composition.ts';
import { ModelBuilder, type Term } from './model.ts';
import type { PoolStructure } from './structure.ts';

/** A pricing composition must beat the dual bound by this much to count as a new column. */
const PRICE_EPS = 1e-7;
/** Dual weight above which a type's probability is pinned at the current level. */
const FIX_EPS = 1e-7;

export interface LeximinOptions {
  /** Stop after this many fixing levels (1 = MAXIMIN). */
  levels?: number;
  seedRounds?: number;
  maxColumns?: number;
}

interface DualSolution {
  /** Per-person weight of each type. */
  y: number[];
  bound: number;
  value: number;
}

/**
 * The LEXIMIN dual over types: min yhat - sum_{fixed t} s_t p_t y_t s.t. sum_t c_t(P) y_t <= yhat for
 * every known composition and sum_{unfixed t} s_t y_t = 1, y >= 0. Restricting y to be equal within a
 * type loses nothing: the full dual is symmetric within types, so averaging an optimum stays optimal.
 */
async function solveDual(
  structure: PoolStructure,
  compositions: readonly Composition[],
  fixed: ReadonlyMap<number, number>,
  timed: TimedSolver,
): Promise<DualSolution | undefined> {
  const builder = new ModelBuilder('minimize');
  const yhat = builder.variable('yhat');
  const y = structure.types.map((_, t) => builder.variable(`y${t}`));
  compositions.forEach((composition, c) => {
    const terms: Term[] = [];
    composition.forEach((count, t) => {
      if (count > 0) terms.push({ variable: `y${t}`, coefficient: count });
    });
    builder.constraint(`panel${c}`, [...terms, { variable: yhat, coefficient: -1 }], '<=', 0);
  });
  const size = (t: number) => structure.types[t]?.members.length ?? 1;
  const unfixed = y.flatMap((variable, t) => (fixed.has(t) ? [] : [{ variable, coefficient: size(t) }]));
  builder.constraint('normalise', unfixed, '=', 1);
  const objective: Term[] = [{ variable: yhat, coefficient: 1 }];
  for (const [t, probability] of fixed)
    if (probability > 0) objective.push({ variable: `y${t}`, coefficient: -probability * size(t) });
  builder.objective(objective);
  const solution = await timed.lp(builder);
  if (solution.status !== 'optimal') return undefined;
  return {
    y: y.map((variable) => Math.max(0, solution.values.get(variable) ?? 0)),
    bound: solution.values.get(yhat) ?? 0,
    value: solution.objective,
  };
}

export interface TypeLevelOutcome {
  compositions: Composition[];
  weights: number[];
  /** Target probability per type. */
  targets: number[];
  /** From the first level: no distribution gives everyone more than this (dual certificate). */
  minProbabilityBound: number;
}

/**
 * LEXIMIN by column generation (Flanigan, Gölz, Gupta, Hennig, Procaccia, "Fair algorithms for
 * selecting citizens' assemblies", Nature 596, 2021, Methods), over types of interchangeable people:
 * maximise the smallest probability, pin every type whose dual weight is positive at that level,
 * maximise the next smallest, and so on. The panel ILP prices new compositions.
 */
export async function leximin(
  structure: PoolStructure,
  timed: TimedSolver,
  options: LeximinOptions = {},
): Promise<TypeLevelOutcome> {
  const levels = options.levels ?? Number.POSITIVE_INFINITY;
  const maxColumns = options.maxColumns ?? 20_000;
  const types = structure.types.length;
  const { columns, unreachable } = await seedCompositions(
    structure,
    timed,
    options.seedRounds ?? Math.min(2 * types, 40),
  );
  const fixed = new Map<number, number>();
  for (const t of unreachable) fixed.set(t, 0);
  let bound = unreachable.size > 0 ? 0 : Number.NaN;
  let level = 0;
  let relax = 0;
  let lastValue = 0;
  while (fixed.size < types && level < levels) {
    const dual = await solveDual(structure, columns.items, relaxed(fixed, relax), timed);
    if (!dual) {
      // Numerical trouble (the paper's remedy): loosen the fixed levels slightly and retry.
      relax += 1e-4;
      if (relax > 1e-2)
        throw new Error('LEXIMIN dual LP keeps failing; the instance is numerically unstable');
      continue;
    }
    const priced = await timed.bestComposition(structure, dual.y);
    const improves =
      priced !== undefined && priced.value > dual.bound + PRICE_EPS && columns.items.length < maxColumns;
    if (priced && improves && columns.add(priced.composition)) continue;
    if (level === 0 && Number.isNaN(bound)) bound = Math.max(priced?.value ?? 0, dual.bound);
    lastValue = fixLevel(dual, fixed);
    level += 1;
    timed.stats.iterations = level;
  }
  const targets = structure.types.map((_, t) => fixed.get(t) ?? lastValue);
  const weights = await compositionWeights(structure, columns.items, targets, timed);
  return {
    compositions: columns.items,
    weights,
    targets,
    minProbabilityBound: Number.isNaN(bound) ? 0 : bound,
  };
}

function relaxed(fixed: ReadonlyMap<number, number>, by: number): Map<number, number> {
  if (by === 0) return new Map(fixed);
  return new Map([...fixed].map(([t, p]) => [t, Math.max(0, p - by)]));
}

/** Pins the probability of every type with positive dual weight; returns the level's value. */
function fixLevel(dual: DualSolution, fixed: Map<number, number>): number {
  const value = Math.max(0, dual.value);
  let heaviest = -1;
  let fixedAny = false;
  dual.y.forEach((weight, t) => {
    if (fixed.has(t)) return;
    if (heaviest < 0 || weight > (dual.y[heaviest] ?? 0)) heaviest = t;
    if (weight <= FIX_EPS) return;
    fixed.set(t, value);
    fixedAny = true;
  });
  // A degenerate dual with every weight tiny still pins its heaviest type, so the loop ends.
  if (!fixedAny && heaviest >= 0) fixed.set(heaviest, value);
  return value;
}
