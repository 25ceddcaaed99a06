import { ModelBuilder, type Term } from './model.ts';
import type { Random } from './random.ts';
import type { Solver } from './solver.ts';
import { structureOf } from './structure.ts';
import type { Panel, SelectionProblem } from './types.ts';

export class ReplacementImpossibleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplacementImpossibleError';
  }
}

export interface Replacement {
  /** The new panel: remaining members plus replacements, sorted. */
  panel: Panel;
  added: number[];
}

/**
 * Chooses replacements for people who dropped out of a selected panel: an ILP over the rest of the
 * pool that keeps every remaining member, fills the panel back to k, restores every quota and allows
 * no second member of a household. Among the feasible choices it takes the one maximising seeded
 * random weights, so the pick is not biased towards the pool's order yet is reproducible.
 */
export async function replaceDropouts(
  problem: SelectionProblem,
  panel: Panel,
  dropouts: readonly number[],
  solver: Solver,
  random: Random,
): Promise<Replacement> {
  const structure = structureOf(problem);
  const gone = new Set(dropouts);
  const remaining = panel.filter((person) => !gone.has(person));
  const householdOf = (person: number) => problem.people[person]?.household;
  const takenHouseholds = new Set(remaining.map(householdOf).filter((key) => key !== undefined));
  const onPanel = new Set(panel);
  const candidates = problem.people.flatMap((person, index) =>
    onPanel.has(index) ||
    gone.has(index) ||
    (person.household !== undefined && takenHouseholds.has(person.household))
      ? []
      : [index],
  );
  const needed = problem.panelSize - remaining.length;
  if (needed < 0) throw new ReplacementImpossibleError('the panel has more members than the panel size');
  const builder = new ModelBuilder('maximize');
  const x = new Map(candidates.map((person) => [person, builder.variable(`x${person}`, { kind: 'binary' })]));
  builder.constraint(
    'size',
    [...x.values()].map((variable) => ({ variable, coefficient: 1 })),
    '=',
    needed,
  );
  structure.quotas.forEach((quota, q) => {
    const kept = remaining.filter((person) => structure.personQuotas[person]?.includes(q)).length;
    const terms: Term[] = candidates.flatMap((person) =>
      structure.personQuotas[person]?.includes(q) ? [{ variable: `x${person}`, coefficient: 1 }] : [],
    );
    if (kept > quota.max)
      throw new ReplacementImpossibleError(
        `the remaining members already exceed ${quota.category}=${quota.feature} max ${quota.max}`,
      );
    builder.constraint(`qmin${q}`, terms, '>=', quota.min - kept);
    builder.constraint(`qmax${q}`, terms, '<=', quota.max - kept);
  });
  const households = new Map<string, Term[]>();
  for (const person of candidates) {
    const key = householdOf(person);
    if (key === undefined) continue;
    households.set(key, [...(households.get(key) ?? []), { variable: `x${person}`, coefficient: 1 }]);
  }
  [...households.values()].forEach((terms, h) => {
    if (terms.length > 1) builder.constraint(`household${h}`, terms, '<=', 1);
  });
  builder.objective([...x.values()].map((variable) => ({ variable, coefficient: 1 + random.next() })));
  const solution = await solver.solve(builder.build());
  if (solution.status === 'infeasible')
    throw new ReplacementImpossibleError(
      `no ${needed} people left in the pool restore the quotas together with the ${remaining.length} remaining members`,
    );
  if (solution.status !== 'optimal') throw new Error(`replacement ILP ended ${solution.detail}`);
  const added = candidates.filter((person) => (solution.values.get(`x${person}`) ?? 0) > 0.5);
  return { panel: [...remaining, ...added].sort((a, b) => a - b), added };
}
