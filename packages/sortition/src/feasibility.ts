import { ModelBuilder } from './model.ts';
import { addPanelConstraints } from './panel-ilp.ts';
import type { Solver } from './solver.ts';
import { type PoolStructure, structureOf } from './structure.ts';
import type { Quota, SelectionProblem } from './types.ts';

/** One reason the quotas cannot all hold on a panel of size k. */
export interface QuotaClash {
  kind: 'mins-exceed-size' | 'maxes-below-size' | 'too-few-people' | 'pool-too-small' | 'no-panel';
  quotas: Quota[];
  message: string;
}

export class InfeasibleQuotasError extends Error {
  constructor(readonly clashes: QuotaClash[]) {
    super(`No panel satisfies the quotas:\n${clashes.map((clash) => `- ${clash.message}`).join('\n')}`);
    this.name = 'InfeasibleQuotasError';
  }
}

const label = (quota: Quota) => `${quota.category}=${quota.feature} [${quota.min}, ${quota.max}]`;

/** People who can count towards a quota: distinct households among those having the feature. */
function available(structure: PoolStructure, quotaIndex: number): number {
  const householdOf = new Map<number, number>();
  structure.households.forEach((members, h) => {
    for (const person of members) householdOf.set(person, h);
  });
  const seen = new Set<string>();
  structure.personQuotas.forEach((quotas, person) => {
    if (!quotas.includes(quotaIndex)) return;
    const household = householdOf.get(person);
    seen.add(household === undefined ? `p${person}` : `h${household}`);
  });
  return seen.size;
}

/** The counting checks that need no solver; each names the quotas involved. */
export function cheapClashes(structure: PoolStructure): QuotaClash[] {
  const clashes: QuotaClash[] = [];
  const { k, quotas } = structure;
  const units = structure.n - structure.households.reduce((sum, members) => sum + members.length - 1, 0);
  if (units < k)
    clashes.push({
      kind: 'pool-too-small',
      quotas: [],
      message: `the pool has ${units} selectable people (one per household) for a panel of ${k}`,
    });
  for (const category of structure.categories) {
    const own = quotas.filter((quota) => quota.category === category);
    const mins = own.reduce((sum, quota) => sum + quota.min, 0);
    const maxes = own.reduce((sum, quota) => sum + quota.max, 0);
    if (mins > k)
      clashes.push({
        kind: 'mins-exceed-size',
        quotas: own,
        message: `the minimums of ${category} add up to ${mins}, more than the panel size ${k}`,
      });
    if (maxes < k)
      clashes.push({
        kind: 'maxes-below-size',
        quotas: own,
        message: `the maximums of ${category} add up to ${maxes}, less than the panel size ${k}`,
      });
  }
  quotas.forEach((quota, index) => {
    const have = available(structure, index);
    if (quota.min > have)
      clashes.push({
        kind: 'too-few-people',
        quotas: [quota],
        message: `${label(quota)} needs ${quota.min} but only ${have} selectable people have it`,
      });
  });
  return clashes;
}

async function hasPanel(problem: SelectionProblem, solver: Solver): Promise<boolean> {
  const builder = new ModelBuilder('minimize');
  addPanelConstraints(builder, structureOf(problem));
  const solution = await solver.solve(builder.build());
  if (solution.status === 'optimal') return true;
  if (solution.status === 'infeasible') return false;
  throw new Error(`feasibility ILP ended ${solution.detail}`);
}

/**
 * Finds why the quotas are infeasible, or returns [] when a panel exists. Cheap counting checks
 * first; then the panel ILP; if it is infeasible, a deletion filter over categories (Chinneck's
 * irreducible-infeasible-subsystem idea at category level) drops every category whose quotas are not
 * needed for the clash, so the report names a minimal set of clashing categories.
 */
export async function findQuotaClashes(problem: SelectionProblem, solver: Solver): Promise<QuotaClash[]> {
  const cheap = cheapClashes(structureOf(problem));
  if (cheap.length > 0) return cheap;
  if (await hasPanel(problem, solver)) return [];
  let needed = [...new Set(problem.quotas.map((quota) => quota.category))];
  for (const category of [...needed]) {
    const without = needed.filter((name) => name !== category);
    const quotas = problem.quotas.filter((quota) => without.includes(quota.category));
    if (!(await hasPanel({ ...problem, quotas }, solver))) needed = without;
  }
  const quotas = problem.quotas.filter((quota) => needed.includes(quota.category));
  const what =
    needed.length === 0
      ? 'the households leave no panel of this size'
      : `the quotas of ${needed.join(' and ')} cannot hold together on one panel of ${problem.panelSize}`;
  return [{ kind: 'no-panel', quotas, message: what }];
}
