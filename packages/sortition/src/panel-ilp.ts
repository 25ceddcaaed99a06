import { ModelBuilder, type Term } from './model.ts';
import type { Random } from './random.ts';
import type { Solver } from './solver.ts';
import type { PoolStructure } from './structure.ts';
import type { Panel } from './types.ts';

/** Sum over the panel of per-person weights. */
export const panelWeight = (panel: Panel, weights: readonly number[]) =>
  panel.reduce((sum, person) => sum + (weights[person] ?? 0), 0);

/**
 * The panel ILP's constraints over type counts c_t (Flanigan et al. 2021, Methods, "panel ILP"):
 * sum c_t = k, min_f <= sum_{t has f} c_t <= max_f, at most one per household. Writing it over types
 * instead of people removes the symmetry that makes branch-and-bound slow on large pools.
 */
export function addPanelConstraints(builder: ModelBuilder, structure: PoolStructure): string[] {
  const counts = structure.types.map((type, t) =>
    builder.variable(`c${t}`, {
      kind: type.members.length === 1 ? 'binary' : 'integer',
      upper: type.members.length,
    }),
  );
  const all: Term[] = counts.map((variable) => ({ variable, coefficient: 1 }));
  builder.constraint('size', all, '=', structure.k);
  const byQuota = structure.quotas.map((): Term[] => []);
  structure.types.forEach((type, t) => {
    for (const quota of type.quotas) byQuota[quota]?.push({ variable: `c${t}`, coefficient: 1 });
  });
  structure.quotas.forEach((quota, q) => {
    const terms = byQuota[q] ?? [];
    if (quota.min > 0) builder.constraint(`qmin${q}`, terms, '>=', quota.min);
    if (quota.max < structure.k) builder.constraint(`qmax${q}`, terms, '<=', quota.max);
  });
  structure.households.forEach((household, h) => {
    const terms = household.map((person) => ({ variable: `c${structure.typeOf[person]}`, coefficient: 1 }));
    builder.constraint(`household${h}`, terms, '<=', 1);
  });
  return counts;
}

interface RankedMembers {
  /** Members of the type, best weight first (ties in a seeded random order). */
  order: number[];
  weights: number[];
}

function rankMembers(members: number[], weights: readonly number[], random: Random): RankedMembers {
  const keyed = members.map((person) => ({
    person,
    weight: Math.max(0, weights[person] ?? 0),
    tie: random.next(),
  }));
  keyed.sort((a, b) => b.weight - a.weight || a.tie - b.tie);
  return { order: keyed.map((entry) => entry.person), weights: keyed.map((entry) => entry.weight) };
}

/**
 * Finds a panel maximising sum_{i in P} w_i (the pricing problem of column generation). Within a type
 * the best c_t members are its c_t heaviest, so the objective of type t is the concave piecewise-linear
 * f_t(c) = sum of its top c weights, modelled by g_t <= f_t(j) + w_(j+1) (c_t - j) at each slope change.
 * Returns undefined when no panel satisfies the quotas.
 */
export async function bestPanel(
  structure: PoolStructure,
  weights: readonly number[],
  solver: Solver,
  random: Random,
): Promise<{ panel: Panel; value: number } | undefined> {
  const builder = new ModelBuilder('maximize');
  addPanelConstraints(builder, structure);
  const scale = Math.max(...weights.map((w) => Math.abs(w)), Number.MIN_VALUE);
  const ranked = structure.types.map((type) => rankMembers(type.members, weights, random));
  const objective: Term[] = [];
  ranked.forEach(({ weights: sorted }, t) => {
    const scaled = sorted.map((w) => w / scale);
    const first = scaled[0] ?? 0;
    if (scaled.every((w) => Math.abs(w - first) < 1e-12)) {
      objective.push({ variable: `c${t}`, coefficient: first });
      return;
    }
    const g = builder.variable(`g${t}`, { upper: scaled.reduce((a, b) => a + b, 0) });
    objective.push({ variable: g, coefficient: 1 });
    let prefix = 0;
    for (let j = 0; j < scaled.length; j += 1) {
      const slope = scaled[j] ?? 0;
      if (j === 0 || slope !== scaled[j - 1])
        builder.constraint(
          `f${t}_${j}`,
          [
            { variable: g, coefficient: 1 },
            { variable: `c${t}`, coefficient: -slope },
          ],
          '<=',
          prefix - j * slope,
        );
      prefix += slope;
    }
  });
  builder.objective(objective);
  const solution = await solver.solve(builder.build(), { mipGap: 1e-7 });
  if (solution.status === 'infeasible') return undefined;
  if (solution.status !== 'optimal') throw new Error(`panel ILP ended ${solution.detail}`);
  const panel: number[] = [];
  ranked.forEach(({ order }, t) => {
    const count = Math.round(solution.values.get(`c${t}`) ?? 0);
    panel.push(...order.slice(0, count));
  });
  panel.sort((a, b) => a - b);
  return { panel, value: panelWeight(panel, weights) };
}
