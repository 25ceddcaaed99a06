import type { Satisfaction } from './mes.ts';
import type { Profile } from './profile.ts';
import { Rational } from './rational.ts';
import { compareTied, type TieBreaker } from './tie-breaking.ts';

/**
 * Negative when project `a` comes before `b` in utilitarian greedy order: by total satisfaction per unit of
 * cost (pabutools' `greedy_utilitarian_welfare`). With cost satisfaction that is the number of approvals
 * (Σ points), the rule pabulib calls `greedy` and the equalshares.net utilitarian completion; with
 * cardinality satisfaction it is approvals per unit of cost. Compared by cross-multiplication, so exactly.
 */
export function compareGreedy(
  profile: Profile,
  satisfaction: Satisfaction,
  tieBreaking: readonly TieBreaker[],
  a: number,
  b: number,
): number {
  const scoreA = profile.totalPoints[a] ?? 0;
  const scoreB = profile.totalPoints[b] ?? 0;
  let difference = scoreB - scoreA;
  if (satisfaction === 'cardinality') {
    const costA = profile.cost[a] ?? 0;
    const costB = profile.cost[b] ?? 0;
    // A supported project that costs nothing has infinite satisfaction per cost.
    const freeA = costA === 0 && scoreA > 0;
    const freeB = costB === 0 && scoreB > 0;
    if (freeA !== freeB) return freeA ? -1 : 1;
    difference = freeA ? scoreB - scoreA : scoreB * costA - scoreA * costB;
  }
  if (difference !== 0) return difference;
  return compareTied(profile, tieBreaking, a, b);
}

export function exactCost(profile: Profile, projects: readonly number[]): Rational {
  let total = Rational.ZERO;
  for (const project of projects) total = total.add(Rational.fromNumber(profile.cost[project] ?? 0));
  return total;
}

/**
 * Utilitarian greedy (pabutools `greedy_utilitarian_welfare`, equalshares.net `utilitarianCompletion`):
 * visit projects in greedy order and fund each one that still fits in the budget. Starting from `already`, it
 * is the utilitarian completion of another rule's outcome. Returns only the projects it adds.
 */
export function runGreedy(
  profile: Profile,
  satisfaction: Satisfaction,
  tieBreaking: readonly TieBreaker[],
  already: readonly number[] = [],
): number[] {
  const taken = new Set(already);
  const budget = Rational.fromNumber(profile.budget);
  let spent = exactCost(profile, already);
  const order = profile.projectIds
    .map((_, index) => index)
    .sort((a, b) => compareGreedy(profile, satisfaction, tieBreaking, a, b));
  const added: number[] = [];
  for (const project of order) {
    if (taken.has(project)) continue;
    const next = spent.add(Rational.fromNumber(profile.cost[project] ?? 0));
    if (next.compare(budget) > 0) continue;
    spent = next;
    taken.add(project);
    added.push(project);
  }
  return added;
}
