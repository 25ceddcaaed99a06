import type { Profile } from './profile.ts';

/** What one jurisdiction put into a pooled budget and what its voters got out of the funded projects. */
export interface JurisdictionShare {
  jurisdiction: string;
  voters: number;
  voterShare: number;
  /** Money contributed to the pool (null when the caller gave no contributions). */
  contributed: number | null;
  contributionShare: number | null;
  /** Cost of the funded projects attributed to this jurisdiction's supporters (see {@link jurisdictionShares}). */
  benefit: number;
  /** benefit / total cost of the funded projects. */
  benefitShare: number;
  /** benefitShare / contributionShare: 1 means it got back in proportion to what it put in. */
  benefitPerContribution: number | null;
  /** What its voters actually paid in the final MES run (null for greedy). */
  paidInMes: number | null;
}

export interface JurisdictionInput {
  /** Per ballot (in file order): the voter's jurisdiction. */
  jurisdictionOfBallot: readonly string[];
  /** Money each jurisdiction put into the pool; omit to report voters and benefit only. */
  contributions?: Readonly<Record<string, number>>;
}

/**
 * Fairness between jurisdictions that pool one budget. Benefit is the voters' *share* of the funded projects:
 * each funded project's cost is split among its supporters in proportion to their utility points (equally for
 * approval), and a jurisdiction's benefit is what its voters receive. This is the "share" of Aziz, Lee &
 * Talmon (AAMAS 2018) and the basis of the fair-share notions of Maly, Rey, Endriss & Lackner (AAMAS 2023); it
 * measures how much of the money went to what a jurisdiction's voters asked for, independently of the rule.
 * `payments` (per group, per voter) adds what MES actually charged them.
 */
export function jurisdictionShares(
  profile: Profile,
  selected: readonly number[],
  input: JurisdictionInput,
  paidPerVoter: Float64Array | null,
): JurisdictionShare[] {
  const names = [...new Set(input.jurisdictionOfBallot)];
  for (const name of Object.keys(input.contributions ?? {})) if (!names.includes(name)) names.push(name);
  names.sort();
  const indexOf = new Map(names.map((name, index) => [name, index]));
  // Voters per (group, jurisdiction): identical ballots may come from several jurisdictions.
  const groupJurisdiction = new Map<number, Map<number, number>>();
  const voters = new Float64Array(names.length);
  input.jurisdictionOfBallot.forEach((name, ballot) => {
    const jurisdiction = indexOf.get(name) ?? 0;
    const group = profile.groupOf[ballot] ?? 0;
    const weight = profile.ballotWeight[ballot] ?? 1;
    voters[jurisdiction] = (voters[jurisdiction] ?? 0) + weight;
    let split = groupJurisdiction.get(group);
    if (!split) {
      split = new Map();
      groupJurisdiction.set(group, split);
    }
    split.set(jurisdiction, (split.get(jurisdiction) ?? 0) + weight);
  });
  const benefit = new Float64Array(names.length);
  const paid = new Float64Array(names.length);
  let fundedCost = 0;
  for (const project of selected) {
    const cost = profile.cost[project] ?? 0;
    fundedCost += cost;
    const total = profile.totalPoints[project] ?? 0;
    if (total <= 0) continue;
    const supporters = profile.supporters[project] ?? new Int32Array();
    const points = profile.points[project] ?? new Float64Array();
    supporters.forEach((group, position) => {
      for (const [jurisdiction, count] of groupJurisdiction.get(group) ?? [])
        benefit[jurisdiction] =
          (benefit[jurisdiction] ?? 0) + (cost * count * (points[position] ?? 0)) / total;
    });
  }
  if (paidPerVoter) {
    for (const [group, split] of groupJurisdiction)
      for (const [jurisdiction, count] of split)
        paid[jurisdiction] = (paid[jurisdiction] ?? 0) + count * (paidPerVoter[group] ?? 0);
  }
  const contributions = input.contributions;
  const pool = contributions ? Object.values(contributions).reduce((sum, value) => sum + value, 0) : 0;
  const allVoters = profile.voterCount;
  return names.map((jurisdiction, index) => {
    const contributed = contributions ? (contributions[jurisdiction] ?? 0) : null;
    const contributionShare = contributed !== null && pool > 0 ? contributed / pool : null;
    const benefitShare = fundedCost > 0 ? (benefit[index] ?? 0) / fundedCost : 0;
    return {
      jurisdiction,
      voters: voters[index] ?? 0,
      voterShare: allVoters > 0 ? (voters[index] ?? 0) / allVoters : 0,
      contributed,
      contributionShare,
      benefit: benefit[index] ?? 0,
      benefitShare,
      benefitPerContribution: contributionShare ? benefitShare / contributionShare : null,
      paidInMes: paidPerVoter ? (paid[index] ?? 0) : null,
    };
  });
}
