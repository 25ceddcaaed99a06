import type { Profile } from './profile.ts';

/**
 * How exact ties are broken. `maxVotes`, `minCost`, `maxCost` are the equalshares.net compute tool's options;
 * `lexico` (project ids in code-unit order) is pabutools' default `lexico_tie_breaking`. `lexico` is always
 * applied last, so every tie is resolved and results are deterministic.
 */
export type TieBreaker = 'maxVotes' | 'minCost' | 'maxCost' | 'lexico';

export const TIE_BREAKERS: readonly TieBreaker[] = ['maxVotes', 'minCost', 'maxCost', 'lexico'];

/** Default: more supporters, then lower cost, then project id order. */
export const DEFAULT_TIE_BREAKING: readonly TieBreaker[] = ['maxVotes', 'minCost', 'lexico'];

/** Negative when project `a` wins the tie against `b`. */
export function compareTied(profile: Profile, order: readonly TieBreaker[], a: number, b: number): number {
  for (const rule of [...order, 'lexico' as const]) {
    let difference = 0;
    if (rule === 'maxVotes') difference = (profile.supportCount[b] ?? 0) - (profile.supportCount[a] ?? 0);
    else if (rule === 'minCost') difference = (profile.cost[a] ?? 0) - (profile.cost[b] ?? 0);
    else if (rule === 'maxCost') difference = (profile.cost[b] ?? 0) - (profile.cost[a] ?? 0);
    else {
      const idA = profile.projectIds[a] ?? '';
      const idB = profile.projectIds[b] ?? '';
      difference = idA < idB ? -1 : idA > idB ? 1 : 0;
    }
    if (difference !== 0) return difference;
  }
  return a - b;
}
