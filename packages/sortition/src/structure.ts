import type { Panel, Quota, SelectionProblem } from './types.ts';

/** People who are interchangeable: same feature values and no shared household. */
export interface PersonType {
  members: number[];
  /** Indices into `quotas` this type counts towards (one per category). */
  quotas: number[];
}

/** The problem indexed for the algorithms: who counts towards which quota, types, households. */
export interface PoolStructure {
  n: number;
  k: number;
  quotas: readonly Quota[];
  categories: string[];
  /** Quota indices per person. */
  personQuotas: number[][];
  types: PersonType[];
  typeOf: number[];
  /** Households with two or more members (people indices). */
  households: number[][];
}

const quotaKey = (category: string, feature: string) => `${category}\u0000${feature}`;

/**
 * Groups the pool into types of interchangeable people (Flanigan et al. 2021, Methods: agents with
 * equal feature vectors are symmetric, so LEXIMIN gives them equal probability). A person in a
 * household of two or more is a type of their own, because the household row breaks the symmetry.
 */
export function structureOf(problem: SelectionProblem): PoolStructure {
  const { people, quotas, panelSize } = problem;
  const quotaIndex = new Map(quotas.map((quota, index) => [quotaKey(quota.category, quota.feature), index]));
  const categories = [...new Set(quotas.map((quota) => quota.category))];
  const householdMembers = new Map<string, number[]>();
  people.forEach((person, index) => {
    if (person.household === undefined) return;
    const list = householdMembers.get(person.household) ?? [];
    list.push(index);
    householdMembers.set(person.household, list);
  });
  const households = [...householdMembers.values()].filter((members) => members.length > 1);
  const inHousehold = new Set(households.flat());
  const personQuotas = people.map((person) =>
    categories.flatMap((category) => {
      const index = quotaIndex.get(quotaKey(category, person.features[category] ?? ''));
      return index === undefined ? [] : [index];
    }),
  );
  const typeIndex = new Map<string, number>();
  const types: PersonType[] = [];
  const typeOf = people.map((_, index) => {
    const ownQuotas = personQuotas[index] ?? [];
    const key = inHousehold.has(index) ? `person:${index}` : ownQuotas.join(',');
    const existing = typeIndex.get(key);
    if (existing !== undefined) {
      types[existing]?.members.push(index);
      return existing;
    }
    typeIndex.set(key, types.length);
    types.push({ members: [index], quotas: ownQuotas });
    return types.length - 1;
  });
  return { n: people.length, k: panelSize, quotas, categories, personQuotas, types, typeOf, households };
}

/** Why a panel is not allowed, or undefined when it respects size, quotas and households. */
export function panelViolation(structure: PoolStructure, panel: Panel): string | undefined {
  if (panel.length !== structure.k) return `has ${panel.length} members, not ${structure.k}`;
  if (new Set(panel).size !== panel.length) return 'lists a person twice';
  const counts = structure.quotas.map(() => 0);
  for (const person of panel) {
    if (person < 0 || person >= structure.n) return `names person ${person}, who is not in the pool`;
    for (const quota of structure.personQuotas[person] ?? []) counts[quota] = (counts[quota] ?? 0) + 1;
  }
  for (const [index, quota] of structure.quotas.entries()) {
    const count = counts[index] ?? 0;
    if (count < quota.min || count > quota.max)
      return `has ${count} × ${quota.category}=${quota.feature}, outside [${quota.min}, ${quota.max}]`;
  }
  const members = new Set(panel);
  for (const household of structure.households)
    if (household.filter((person) => members.has(person)).length > 1)
      return 'has two people of one household';
  return undefined;
}
