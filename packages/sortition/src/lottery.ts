import { ModelBuilder, type Term } from './model.ts';
import type { Solver } from './solver.ts';
import type { Panel, PanelDistribution } from './types.ts';

/** A uniform lottery over M tickets: each panel with how many of the M tickets it holds. */
export interface Lottery {
  size: number;
  panels: Array<{ panel: Panel; tickets: number }>;
  /** max_i |tickets_i / M - target_i|: the fairness lost by rounding. */
  maxDeviation: number;
  /** How the multiplicities were found. */
  method: 'ilp' | 'largest-remainder';
}

function deviation(
  panels: readonly Panel[],
  tickets: readonly number[],
  targets: readonly number[],
  size: number,
): number {
  const counts = targets.map(() => 0);
  panels.forEach((panel, p) => {
    for (const person of panel) counts[person] = (counts[person] ?? 0) + (tickets[p] ?? 0);
  });
  return counts.reduce((worst, count, i) => Math.max(worst, Math.abs(count / size - (targets[i] ?? 0))), 0);
}

/** Hamilton's largest-remainder rounding of M x_P (ties to the earlier panel): the fallback and the ILP's start. */
function largestRemainder(probabilities: readonly number[], size: number): number[] {
  const exact = probabilities.map((p) => p * size);
  const tickets = exact.map(Math.floor);
  let left = size - tickets.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, p) => ({ p, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.p - b.p);
  for (const { p } of order) {
    if (left <= 0) break;
    tickets[p] = (tickets[p] ?? 0) + 1;
    left -= 1;
  }
  return tickets;
}

export interface LotteryOptions {
  size?: number;
  /** Seconds for the rounding ILP; the best rounding found by then is used. */
  timeLimit?: number;
}

/**
 * Rounds a panel distribution to a uniform lottery over M panels with the least loss of fairness
 * (Flanigan, Kehne, Procaccia, "Fair sortition made transparent", NeurIPS 2021, the ILP variant):
 * integer tickets m_P >= 0 on the distribution's support, sum m_P = M, minimising the largest
 * deviation |sum_{P ni i} m_P / M - pi_i| of anyone's probability from the target pi. The ILP's answer
 * is kept only if it beats largest-remainder rounding, so the result is never worse than that.
 */
export async function roundToLottery(
  distribution: PanelDistribution,
  targets: readonly number[],
  solver: Solver,
  options: LotteryOptions = {},
): Promise<Lottery> {
  const size = options.size ?? 1000;
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`the lottery size must be a whole number >= 1, got ${size}`);
  const { panels, probabilities } = distribution;
  const baseline = largestRemainder(probabilities, size);
  const baselineDeviation = deviation(panels, baseline, targets, size);
  const builder = new ModelBuilder('minimize');
  const delta = builder.variable('delta');
  const byPerson = targets.map((): Term[] => []);
  const tickets = panels.map((panel, p) => {
    const variable = builder.variable(`m${p}`, { kind: 'integer', upper: size });
    for (const person of panel) byPerson[person]?.push({ variable, coefficient: 1 });
    return variable;
  });
  builder.constraint(
    'tickets',
    tickets.map((variable) => ({ variable, coefficient: 1 })),
    '=',
    size,
  );
  byPerson.forEach((terms, person) => {
    const target = (targets[person] ?? 0) * size;
    const spread = { variable: delta, coefficient: size };
    builder.constraint(`over${person}`, [...terms, { ...spread, coefficient: -size }], '<=', target);
    builder.constraint(`under${person}`, [...terms, spread], '>=', target);
  });
  builder.objective([{ variable: delta, coefficient: 1 }]);
  const solution = await solver.solve(builder.build(), { timeLimit: options.timeLimit ?? 10, mipGap: 1e-6 });
  const rounded = tickets.map((variable) => Math.round(solution.values.get(variable) ?? 0));
  const usable =
    (solution.status === 'optimal' || solution.status === 'limit') &&
    rounded.reduce((a, b) => a + b, 0) === size &&
    rounded.every((count) => count >= 0);
  const ilpDeviation = usable ? deviation(panels, rounded, targets, size) : Number.POSITIVE_INFINITY;
  const [chosen, method, maxDeviation] =
    ilpDeviation < baselineDeviation
      ? [rounded, 'ilp' as const, ilpDeviation]
      : [baseline, 'largest-remainder' as const, baselineDeviation];
  return {
    size,
    panels: panels.flatMap((panel, p) => ((chosen[p] ?? 0) > 0 ? [{ panel, tickets: chosen[p] ?? 0 }] : [])),
    maxDeviation,
    method,
  };
}
