import type { TimedSolver } from './column-generation.ts';
import type { Composition } from './composition.ts';
import { normalisedDistribution, PanelSet } from './distribution.ts';
import { ModelBuilder, type Term } from './model.ts';
import type { PoolStructure } from './structure.ts';
import type { Panel, PanelDistribution } from './types.ts';

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Steps after which every type's seats have visited every offset equally often, capped. */
function exactSteps(structure: PoolStructure, composition: Composition, cap: number): number {
  let steps = 1;
  composition.forEach((count, t) => {
    const size = structure.types[t]?.members.length ?? 1;
    if (count === 0 || count === size) return;
    const own = size / gcd(size, count);
    steps = Math.min(cap, (steps * own) / gcd(steps, own));
  });
  return Math.max(1, steps);
}

/**
 * Starting panels by a discretised sweep (McNaughton's wrap-around idea): along the distribution, the
 * c_t seats of type t sit evenly spaced on the cycle of its s_t members and move forward by one spacing
 * during each composition, starting where the previous composition stopped. Continuous, this gives every
 * member of t exactly probability p_t. With lcm_t(s_t / gcd(s_t, c_t)) positions per composition the
 * discrete sweep is exact too (each seat visits each offset equally often); when that exceeds
 * `maxSteps` it is close, and the LP below makes it exact.
 */
export function sweepPanels(
  structure: PoolStructure,
  compositions: readonly Composition[],
  weights: readonly number[],
  typeTargets: readonly number[],
  maxSteps: number,
): Panel[] {
  const progress = structure.types.map(() => 0);
  const panels: Panel[] = [];
  compositions.forEach((composition, j) => {
    const steps = exactSteps(structure, composition, maxSteps);
    const rows: number[][] = Array.from({ length: steps }, () => []);
    composition.forEach((count, t) => {
      const members = structure.types[t]?.members ?? [];
      const size = members.length;
      const target = typeTargets[t] ?? 0;
      if (count === 0) return;
      const start = target > 0 ? (progress[t] ?? 0) / target : 0;
      const spacing = size / count;
      for (let r = 0; r < steps; r += 1)
        for (let seat = 0; seat < count; seat += 1) {
          const position = Math.floor(start + ((r + 0.5) * spacing) / steps + seat * spacing) % size;
          rows[r]?.push(members[position] ?? -1);
        }
      progress[t] = (progress[t] ?? 0) + (weights[j] ?? 0) * count;
    });
    for (const row of rows) panels.push(row.sort((a, b) => a - b));
  });
  return panels;
}

const TARGET_EPS = 1e-9;

/**
 * Turns per-type targets (reached by a composition distribution) into a distribution over concrete
 * panels whose marginals equal the targets: the Flanigan et al. final LP (min eps, marginals >=
 * target - eps) over swept panels of the support, with panel-ILP pricing on the LP's duals while the
 * swept panels alone do not reach eps = 0, for at most `timeBudget` seconds. Returns the largest
 * shortfall from a target (`gap`, 0 when exact). A basic optimum uses at most n + 1 panels.
 */
export async function concreteDistribution(
  structure: PoolStructure,
  compositions: readonly Composition[],
  weights: readonly number[],
  typeTargets: readonly number[],
  timed: TimedSolver,
  timeBudget = 20,
): Promise<{ distribution: PanelDistribution; gap: number }> {
  const kept = compositions.flatMap((composition, c) =>
    (weights[c] ?? 0) > 1e-10 ? [{ composition, weight: weights[c] ?? 0 }] : [],
  );
  const maxSteps = Math.max(2, Math.floor(1500 / Math.max(1, kept.length)));
  const columns = new PanelSet();
  const swept = sweepPanels(
    structure,
    kept.map((entry) => entry.composition),
    kept.map((entry) => entry.weight),
    typeTargets,
    maxSteps,
  );
  for (const panel of swept) columns.add(panel);
  const targets = structure.typeOf.map((t) => typeTargets[t] ?? 0);
  const started = performance.now();
  let solved = await finalLp(columns.panels, targets, timed);
  for (let round = 0; round < 40 && solved.eps > TARGET_EPS; round += 1) {
    // Large pools: each LP re-solve costs seconds in wasm, so stop at the time budget and report the gap.
    if ((performance.now() - started) / 1000 > timeBudget) break;
    const priced = await timed.bestPanel(structure, solved.personDuals);
    const gain = (priced?.value ?? 0) + solved.totalDual;
    if (!priced || gain <= TARGET_EPS || !columns.add(priced.panel)) break;
    solved = await finalLp(columns.panels, targets, timed);
  }
  return {
    distribution: normalisedDistribution(columns.panels, solved.weights),
    gap: Math.max(0, solved.eps),
  };
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
