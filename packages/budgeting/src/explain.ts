import type { MesRun, Satisfaction } from './mes.ts';
import type { Profile } from './profile.ts';

export interface MoneySummary {
  min: number;
  max: number;
  mean: number;
  total: number;
}

/** Why a project was or was not funded, in the terms of equalshares.net's result explanations. */
export interface ProjectExplanation {
  projectId: string;
  cost: number;
  /** Voters who support it. */
  supporters: number;
  status: 'funded' | 'funded-by-completion' | 'not-funded';
  /**
   * funded: `free` (cost 0, funded first), `mes`, `completion` or `greedy`; not funded: why
   * (`no-satisfaction`: free, so worth nothing under cost satisfaction).
   */
  reason:
    | 'free'
    | 'no-satisfaction'
    | 'mes'
    | 'completion'
    | 'greedy'
    | 'no-supporters'
    | 'never-affordable'
    | 'outbid'
    | 'did-not-fit';
  /** MES round (1-based) in which it was funded, or the last round in which it was still affordable. */
  round: number | null;
  /** The equal share ρ a supporter (with one point) pays, when funded; α × utility of one point. */
  pricePerSupporter: number | null;
  /** cost / ρ: how many supporters would pay it if everyone could pay ρ (equalshares.net "effective votes"). */
  effectiveVotes: number | null;
  /** Funded by MES: supporters paying the full share ρ, and those paying everything they had left. */
  payers: { full: number; allTheyHad: number } | null;
  /** Funded by MES: what its supporters (per voter) held just before the round. */
  supportersMoney: MoneySummary | null;
  /** Not funded: the money all its supporters still held when it became unaffordable (less than its cost). */
  moneyWhenDropped: number | null;
  /** Not funded: the project that won the last round in which this one was still affordable. */
  lostTo: { projectId: string; effectiveVotes: number } | null;
}

function summarise(values: number[], weights: number[]): MoneySummary {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  let total = 0;
  let voters = 0;
  values.forEach((value, index) => {
    const weight = weights[index] ?? 0;
    min = Math.min(min, value);
    max = Math.max(max, value);
    total += value * weight;
    voters += weight;
  });
  return { min: voters > 0 ? min : 0, max, mean: voters > 0 ? total / voters : 0, total };
}

/**
 * Explains a recorded MES run project by project (Peters, Pierczyński, Skowron, NeurIPS 2021; the per-round
 * "effective vote count" of equalshares.net): who paid and how much they had, or which project beat it in the
 * last round it could still be afforded. `completionAdded` marks projects funded afterwards by greedy.
 */
export function explainRun(
  profile: Profile,
  run: MesRun,
  satisfaction: Satisfaction,
  completionAdded: readonly number[],
): ProjectExplanation[] {
  const unit = (project: number) => (satisfaction === 'cost' ? (profile.cost[project] ?? 0) : 1);
  const effective = (project: number, alpha: number) =>
    (profile.cost[project] ?? 0) / (alpha * unit(project));
  const roundOf = new Map(run.rounds.map((round, index) => [round.project, index]));
  const completed = new Set(completionAdded);
  return profile.projectIds.map((projectId, project) => {
    const base = {
      projectId,
      cost: profile.cost[project] ?? 0,
      supporters: profile.supportCount[project] ?? 0,
      round: null,
      pricePerSupporter: null,
      effectiveVotes: null,
      payers: null,
      supportersMoney: null,
      moneyWhenDropped: null,
      lostTo: null,
    };
    const supporters = Array.from(profile.supporters[project] ?? [], (group) => group);
    const weights = supporters.map((group) => profile.weight[group] ?? 0);
    const funded = roundOf.get(project);
    if (funded !== undefined) {
      const round = run.rounds[funded];
      if (!round) return { ...base, status: 'funded', reason: 'mes' };
      const points = profile.points[project] ?? new Float64Array();
      const before = Array.from(round.budgetsBefore ?? []);
      let full = 0;
      let allTheyHad = 0;
      before.forEach((budget, index) => {
        const share = round.alpha * (points[index] ?? 0) * unit(project);
        if (budget >= share) full += weights[index] ?? 0;
        else allTheyHad += weights[index] ?? 0;
      });
      return {
        ...base,
        status: 'funded',
        reason: 'mes',
        round: funded + 1,
        pricePerSupporter: round.alpha * unit(project),
        effectiveVotes: effective(project, round.alpha),
        payers: round.budgetsBefore ? { full, allTheyHad } : null,
        supportersMoney: round.budgetsBefore ? summarise(before, weights) : null,
      };
    }
    if (run.selected.includes(project)) return { ...base, status: 'funded', reason: 'free' };
    const status = completed.has(project) ? 'funded-by-completion' : 'not-funded';
    if (base.cost === 0 && satisfaction === 'cost' && !completed.has(project))
      return { ...base, status, reason: 'no-satisfaction' };
    if (supporters.length === 0)
      return { ...base, status, reason: completed.has(project) ? 'completion' : 'no-supporters' };
    let last = -1;
    let lastAlpha = 0;
    let dropMoney: number | null = null;
    run.rounds.forEach((round, index) => {
      const view = round.candidates?.find((candidate) => candidate.project === project);
      if (!view) return;
      if (view.alpha !== null && Number.isFinite(view.alpha)) {
        last = index;
        lastAlpha = view.alpha;
      } else if (dropMoney === null) dropMoney = view.money;
    });
    const winner = last >= 0 ? run.rounds[last] : undefined;
    return {
      ...base,
      status,
      reason: completed.has(project) ? 'completion' : winner ? 'outbid' : 'never-affordable',
      round: winner ? last + 1 : null,
      effectiveVotes: winner ? effective(project, lastAlpha) : null,
      pricePerSupporter: winner ? lastAlpha * unit(project) : null,
      moneyWhenDropped: dropMoney,
      lostTo: winner
        ? {
            projectId: profile.projectIds[winner.project] ?? '',
            effectiveVotes: effective(winner.project, winner.alpha),
          }
        : null,
    };
  });
}

/** Greedy explanations: funded in greedy order, or did not fit in what was left when its turn came. */
export function explainGreedy(profile: Profile, selected: readonly number[]): ProjectExplanation[] {
  const funded = new Set(selected);
  return profile.projectIds.map((projectId, project) => ({
    projectId,
    cost: profile.cost[project] ?? 0,
    supporters: profile.supportCount[project] ?? 0,
    status: funded.has(project) ? 'funded' : 'not-funded',
    reason: funded.has(project) ? 'greedy' : 'did-not-fit',
    round: funded.has(project) ? selected.indexOf(project) + 1 : null,
    pricePerSupporter: null,
    effectiveVotes: null,
    payers: null,
    supportersMoney: null,
    moneyWhenDropped: null,
    lostTo: null,
  }));
}
