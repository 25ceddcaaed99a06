import type { TimedSolver } from './column-generation.ts';
import type { Composition } from './composition.ts';
import { normalisedDistribution, PanelSet } from './distribution.ts';
import { ModelBuilder, type Term } from './model.ts';
import type { PoolStructure } from './structure.ts';
import type { Panel, PanelDistribution } from './types.ts';

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Concrete panels for a composition by rotation: panel r takes, in each type t, the c_t members at
 * positions r*c_t ... r*c_t + c_t - 1 (mod s_t). Consecutive windows tile the cycle, so over
 * s_t / gcd(s_t, c_t) rotations every member of t appears equally often.
 */
export function rotations(structure: PoolStructure, composition: Composition, limit: number): Panel[] {
  let period = 1;
  composition.forEach((count, t) => {
    const size = structure.types[t]?.members.length ?? 1;
    if (count === 0 || count === size) return;
    const own = size / gcd(size, count);
    period = Math.min(limit, (period * own) / gcd(period, own));
  });
  return Array.from({ length: period }, (_, r) => {
    const panel: number[] = [];
    composition.forEach((count, t) => {
      const members = structure.types[t]?.members ?? [];
      for (let j = 0; j < count; j += 1) panel.push(members[(r * count + j) % members.length] ?? -1);
    });
    return panel.sort((a, b) => a - b);
  });
}

const TARGET_EPS = 1e-9;

/**
 * Turns per-type targets (reached by a composition distribution) into a distribution over concrete
 * panels whose marginals equal the targets: the Flanigan et al. final LP (min eps, marginals >=
 * target - eps) over rotated panels of the support, with panel-ILP pricing on the LP's duals when the
 * rotations alone do not reach eps = 0. A basic optimum uses at most n + 1 panels.
 */
export async function concreteDistribution(
  structure: PoolStructure,
  compositions: readonly Composition[],
  weights: readonly number[],
  typeTargets: readonly number[],
  timed: TimedSolver,
): Promise<PanelDistribution> {
  const support = compositions.filter((_, c) => (weights[c] ?? 0) > 1e-10);
  const perComposition = Math.max(2, Math.floor(1500 / Math.max(1, support.length)));
  const columns = new PanelSet();
  for (const composition of support)
    for (const panel of rotations(structure, composition, perComposition)) columns.add(panel);
  const targets = structure.typeOf.map((t) => typeTargets[t] ?? 0);
  for (let round = 0; round < 200; round += 1) {
    const solved = await finalLp(columns.panels, targets, timed);
    if (solved.eps <= TARGET_EPS) return normalisedDistribution(columns.panels, solved.weights);
    const priced = await timed.bestPanel(structure, solved.personDuals);
    const gain = (priced?.value ?? 0) + solved.totalDual;
    if (!priced || gain <= TARGET_EPS || !columns.add(priced.panel))
      return normalisedDistribution(columns.panels, solved.weights);
  }
  const solved = await finalLp(columns.panels, targets, timed);
  return normalisedDistribution(columns.panels, solved.weights);
}

interface FinalLp {
  eps: number;
  weights: number[];
  personDuals: number[];
  totalDual: number;
}

async function finalLp(
  panels: readonly Panel[],
  targets: readonly number[],
  timed: TimedSolver,
): Promise<FinalLp> {
  const builder = new ModelBuilder('minimize');
  const eps = builder.variable('eps', { lower: Number.NEGATIVE_INFINITY });
  const byPerson = targets.map((): Term[] => []);
  const variables = panels.map((panel, p) => {
    const variable = builder.variable(`x${p}`);
    for (const person of panel) byPerson[person]?.push({ variable, coefficient: 1 });
    return variable;
  });
  builder.constraint(
    'total',
    variables.map((variable) => ({ variable, coefficient: 1 })),
    '=',
    1,
  );
  targets.forEach((target, person) => {
    if (target > 0)
      builder.constraint(
        `p${person}`,
        [...(byPerson[person] ?? []), { variable: eps, coefficient: 1 }],
        '>=',
        target,
      );
  });
  builder.objective([{ variable: eps, coefficient: 1 }]);
  const solution = await timed.lp(builder);
  if (solution.status !== 'optimal') throw new Error(`panel distribution LP ended ${solution.detail}`);
  return {
    eps: solution.objective,
    weights: variables.map((variable) => Math.max(0, solution.values.get(variable) ?? 0)),
    personDuals: targets.map((_, person) => Math.max(0, solution.duals.get(`p${person}`) ?? 0)),
    totalDual: solution.duals.get('total') ?? 0,
  };
}
