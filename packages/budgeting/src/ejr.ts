import type { Satisfaction } from './mes.ts';
import type { Profile } from './profile.ts';

export interface EjrViolation {
  /** The projects T the cohesive group agrees on. */
  projects: number[];
  /** Voters in the group who are not satisfied up to one project. */
  unsatisfiedVoters: number;
}

/**
 * Brute-force check of EJR up to one project for approval ballots (Peters, Pierczyński & Skowron, NeurIPS
 * 2021, Def. 3 with cost or cardinality utilities). A group S is T-cohesive when all its members approve every
 * project of T and |S|·B ≥ n·cost(T). EJR up to one: every such S has a member i with u_i(W) ≥ u_i(T) or
 * u_i(W ∪ {a}) > u_i(T) for some approved a ∉ W. A violation exists for T exactly when the voters approving T
 * who fail that test are themselves numerous enough to be T-cohesive, so it suffices to count them.
 * Exponential in the number of projects: for tests on small instances (≤ 16 projects).
 */
export function findEjrViolation(
  profile: Profile,
  selected: readonly number[],
  satisfaction: Satisfaction,
): EjrViolation | null {
  const projects = profile.projectIds.length;
  if (projects > 16) throw new RangeError('the brute-force EJR check is for at most 16 projects');
  const utility = (project: number) => (satisfaction === 'cost' ? (profile.cost[project] ?? 0) : 1);
  const funded = new Set(selected);
  const approves: Set<number>[] = Array.from({ length: profile.groupCount }, () => new Set<number>());
  profile.supporters.forEach((list, project) => {
    for (const group of list) approves[group]?.add(project);
  });
  const welfare = approves.map((set) =>
    [...set].filter((project) => funded.has(project)).reduce((sum, p) => sum + utility(p), 0),
  );
  const bestExtra = approves.map((set) =>
    [...set].filter((project) => !funded.has(project)).reduce((most, p) => Math.max(most, utility(p)), 0),
  );
  const total = profile.voterCount;
  for (let mask = 1; mask < 1 << projects; mask++) {
    const group: number[] = [];
    for (let project = 0; project < projects; project++) if (mask & (1 << project)) group.push(project);
    const cost = group.reduce((sum, project) => sum + (profile.cost[project] ?? 0), 0);
    const deserved = group.reduce((sum, project) => sum + utility(project), 0);
    let unsatisfied = 0;
    approves.forEach((set, voterGroup) => {
      if (!group.every((project) => set.has(project))) return;
      const has = welfare[voterGroup] ?? 0;
      if (has >= deserved || has + (bestExtra[voterGroup] ?? 0) > deserved) return;
      unsatisfied += profile.weight[voterGroup] ?? 0;
    });
    if (unsatisfied > 0 && unsatisfied * profile.budget >= total * cost)
      return { projects: group, unsatisfiedVoters: unsatisfied };
  }
  return null;
}
