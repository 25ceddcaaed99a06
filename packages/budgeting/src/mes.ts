import { ExactLedger } from './mes-exact.ts';
import type { Profile } from './profile.ts';
import { Rational } from './rational.ts';
import { compareTied, type TieBreaker } from './tie-breaking.ts';

/** `cost`: a voter's utility for an approved project is its cost; `cardinality`: it is 1 (× points). */
export type Satisfaction = 'cost' | 'cardinality';

/** Relative gap below which two float values are re-compared exactly. Float drift here is ~1e-13. */
const NEAR = 1e-9;
/** Poor/rich passes before switching to sorting; real elections need 2–5. */
const MAX_PASSES = 8;

export interface MesSettings {
  satisfaction: Satisfaction;
  tieBreaking: readonly TieBreaker[];
  /** Evaluate every candidate in every round (for explanations); slower. */
  record?: boolean;
  /** Poor/rich passes before sorting supporters instead (default 8; tests set 0 to exercise sorting). */
  poorRichPasses?: number;
}

/** What one candidate looked like in one round (recorded runs only). */
export interface CandidateView {
  project: number;
  /** Money its supporters still held. */
  money: number;
  /** Price per unit of utility, or null when the supporters could no longer afford it. */
  alpha: number | null;
}

export interface MesRound {
  project: number;
  alpha: number;
  /** Budgets of the winner's supporters before paying (aligned with profile.supporters[project]). */
  budgetsBefore: Float64Array | null;
  candidates: CandidateView[] | null;
  /** True when the round was decided by exact fractions. */
  exact: boolean;
}

export interface MesRun {
  /** Project indices in order of selection (with cardinality satisfaction, supported free projects first). */
  selected: number[];
  rounds: MesRound[];
  /** Per group: money left at the end. */
  budgets: Float64Array;
  exactChecks: number;
}

interface State {
  profile: Profile;
  settings: MesSettings;
  scale: Float64Array;
  budgets: Float64Array;
  endowment: Rational;
  ledger: ExactLedger | null;
  poor: Uint8Array;
  run: MesRun;
}

function money(state: State, project: number): number {
  const supporters = state.profile.supporters[project] ?? new Int32Array();
  const { weight } = state.profile;
  let total = 0;
  for (let j = 0; j < supporters.length; j++) {
    const group = supporters[j] ?? 0;
    total += (state.budgets[group] ?? 0) * (weight[group] ?? 0);
  }
  return total;
}

/** Float α with Σ min(b_i, α·u_i) = cost, by the poor/rich fixed point (monotone, few passes in practice). */
function priceOf(state: State, project: number): number {
  const supporters = state.profile.supporters[project] ?? new Int32Array();
  const points = state.profile.points[project] ?? new Float64Array();
  const { weight } = state.profile;
  const { budgets, poor } = state;
  const scale = state.scale[project] ?? 1;
  const cost = state.profile.cost[project] ?? 0;
  let richUtility = 0;
  for (let j = 0; j < supporters.length; j++) {
    poor[j] = 0;
    richUtility += (weight[supporters[j] ?? 0] ?? 0) * (points[j] ?? 0) * scale;
  }
  let poorMoney = 0;
  let alpha = cost / richUtility;
  const passes = state.settings.poorRichPasses ?? MAX_PASSES;
  for (let pass = 0; pass < passes; pass++) {
    let changed = false;
    for (let j = 0; j < supporters.length; j++) {
      if (poor[j]) continue;
      const group = supporters[j] ?? 0;
      const budget = budgets[group] ?? 0;
      const utility = (points[j] ?? 0) * scale;
      if (budget < alpha * utility) {
        poor[j] = 1;
        changed = true;
        const voters = weight[group] ?? 0;
        poorMoney += budget * voters;
        richUtility -= utility * voters;
      }
    }
    if (!changed || richUtility <= 0) return changed ? Number.POSITIVE_INFINITY : alpha;
    alpha = (cost - poorMoney) / richUtility;
  }
  return priceBySorting(state, project, poorMoney, richUtility);
}

/** Budgets spread over many values: sort the remaining supporters by budget per utility (O(k log k)). */
function priceBySorting(state: State, project: number, poorMoney: number, richUtility: number): number {
  const supporters = state.profile.supporters[project] ?? new Int32Array();
  const points = state.profile.points[project] ?? new Float64Array();
  const scale = state.scale[project] ?? 1;
  const cost = state.profile.cost[project] ?? 0;
  const rich: number[] = [];
  for (let j = 0; j < supporters.length; j++) if (!state.poor[j]) rich.push(j);
  const ratio = (j: number) => (state.budgets[supporters[j] ?? 0] ?? 0) / ((points[j] ?? 0) * scale);
  rich.sort((a, b) => ratio(a) - ratio(b));
  for (const j of rich) {
    const alpha = (cost - poorMoney) / richUtility;
    if (ratio(j) >= alpha) return alpha;
    const group = supporters[j] ?? 0;
    const voters = state.profile.weight[group] ?? 0;
    poorMoney += (state.budgets[group] ?? 0) * voters;
    richUtility -= (points[j] ?? 0) * scale * voters;
  }
  return Number.POSITIVE_INFINITY;
}

function charge(state: State, project: number, alpha: number): void {
  const supporters = state.profile.supporters[project] ?? new Int32Array();
  const points = state.profile.points[project] ?? new Float64Array();
  const scale = state.scale[project] ?? 1;
  for (let j = 0; j < supporters.length; j++) {
    const group = supporters[j] ?? 0;
    const left = (state.budgets[group] ?? 0) - alpha * (points[j] ?? 0) * scale;
    state.budgets[group] = Math.max(left, 0);
  }
}

function ledgerOf(state: State): ExactLedger {
  if (!state.ledger)
    state.ledger = new ExactLedger(state.profile, state.endowment, state.settings.satisfaction === 'cost');
  const ledger = state.ledger;
  const paid = state.run.rounds;
  for (; ledger.applied < paid.length; ledger.applied++) {
    const round = paid[ledger.applied];
    if (!round) continue;
    ledger.charge(round.project, ledger.alpha(round.project, round.alpha));
  }
  return ledger;
}

/** Re-decides a round exactly; returns the winner and its exact α, or null when none is affordable. */
function decideExactly(
  state: State,
  near: { project: number; alpha: number }[],
  drop: (project: number) => void,
) {
  state.run.exactChecks++;
  const ledger = ledgerOf(state);
  let best: { project: number; alpha: Rational } | null = null;
  for (const candidate of near) {
    if (!ledger.affordable(candidate.project)) {
      drop(candidate.project);
      continue;
    }
    const alpha = ledger.alpha(candidate.project, candidate.alpha);
    const order = best ? alpha.compare(best.alpha) : -1;
    const wins =
      !best ||
      order < 0 ||
      (order === 0 &&
        compareTied(state.profile, state.settings.tieBreaking, candidate.project, best.project) < 0);
    if (wins) best = { project: candidate.project, alpha };
  }
  return best;
}

/** Charges a round decided exactly in the ledger and restarts the float budgets from the exact ones. */
function chargeExactly(state: State, project: number, alpha: Rational): void {
  const ledger = ledgerOf(state);
  ledger.charge(project, alpha);
  ledger.applied = state.run.rounds.length + 1;
  // Float drift never accumulates past an exact check.
  for (const group of ledger.dirty)
    state.budgets[group] = (ledger.budgets[group] ?? Rational.ZERO).toNumber();
  ledger.dirty.clear();
}

/**
 * The Method of Equal Shares (Peters & Skowron, EC 2020; Peters, Pierczyński & Skowron, NeurIPS 2021; the
 * algorithm of equalshares.net and pabutools' `method_of_equal_shares`) with a fixed per-voter endowment.
 * Each round funds the affordable project with the lowest price per unit of utility α, where supporters pay
 * min(budget, α·utility). Floats for speed; every decision closer than 1e-9 (relative) is re-taken with exact
 * fractions, so the outcome equals the exact rule. Pruning: a project's previous α is a lower bound on its
 * current α (budgets only shrink), so candidates are visited by previous α and the scan stops early.
 */
export function runMes(profile: Profile, endowment: Rational, settings: MesSettings): MesRun {
  const maxSupporters = profile.supporters.reduce((most, list) => Math.max(most, list.length), 0);
  const scale =
    settings.satisfaction === 'cost' ? profile.cost : new Float64Array(profile.cost.length).fill(1);
  const state: State = {
    profile,
    settings,
    scale,
    budgets: new Float64Array(profile.groupCount).fill(endowment.toNumber()),
    endowment,
    ledger: null,
    poor: new Uint8Array(maxSupporters),
    run: { selected: [], rounds: [], budgets: new Float64Array(0), exactChecks: 0 },
  };
  const lowerBound = new Float64Array(profile.cost.length);
  let active: number[] = [];
  for (let project = 0; project < profile.cost.length; project++) {
    if ((profile.totalPoints[project] ?? 0) <= 0) continue;
    if ((profile.cost[project] ?? 0) === 0) {
      // pabutools funds a free project up front when it gives satisfaction; with cost satisfaction it gives
      // none (utility = cost = 0), so MES leaves it to the completion.
      if (settings.satisfaction !== 'cost') state.run.selected.push(project);
      continue;
    }
    lowerBound[project] =
      (profile.cost[project] ?? 0) / ((profile.totalPoints[project] ?? 0) * (scale[project] ?? 1));
    active.push(project);
  }
  const dropped = new Set<number>();
  const drop = (project: number) => dropped.add(project);
  while (active.length > 0) {
    active.sort((a, b) => (lowerBound[a] ?? 0) - (lowerBound[b] ?? 0) || a - b);
    let best = Number.POSITIVE_INFINITY;
    const seen: { project: number; alpha: number; unsure: boolean }[] = [];
    const views: CandidateView[] | null = settings.record ? [] : null;
    for (const project of active) {
      if (!settings.record && (lowerBound[project] ?? 0) > best * (1 + NEAR)) break;
      const cost = profile.cost[project] ?? 0;
      const behind = money(state, project);
      if (behind < cost * (1 - NEAR)) {
        drop(project);
        views?.push({ project, money: behind, alpha: null });
        continue;
      }
      const alpha = priceOf(state, project);
      views?.push({ project, money: behind, alpha });
      if (!Number.isFinite(alpha)) {
        seen.push({ project, alpha: Number.POSITIVE_INFINITY, unsure: true });
        continue;
      }
      lowerBound[project] = alpha;
      seen.push({ project, alpha, unsure: behind < cost * (1 + NEAR) });
      if (alpha < best) best = alpha;
    }
    const near = seen.filter(
      (candidate) => candidate.alpha <= best * (1 + NEAR) || !Number.isFinite(candidate.alpha),
    );
    let winner: { project: number; alpha: number; exact: Rational | null } | null = null;
    const only = near[0];
    if (near.length === 1 && only && !only.unsure)
      winner = { project: only.project, alpha: only.alpha, exact: null };
    else if (near.length > 0) {
      const decided = decideExactly(state, near, drop);
      if (decided)
        winner = { project: decided.project, alpha: decided.alpha.toNumber(), exact: decided.alpha };
    }
    active = active.filter((project) => !dropped.has(project) && project !== winner?.project);
    if (!winner) continue;
    const supporters = profile.supporters[winner.project] ?? new Int32Array();
    const before = settings.record
      ? Float64Array.from(supporters, (group) => state.budgets[group] ?? 0)
      : null;
    if (winner.exact) chargeExactly(state, winner.project, winner.exact);
    else charge(state, winner.project, winner.alpha);
    state.run.rounds.push({
      project: winner.project,
      alpha: winner.alpha,
      budgetsBefore: before,
      candidates: views,
      exact: winner.exact !== null,
    });
    state.run.selected.push(winner.project);
  }
  state.run.budgets = state.budgets;
  return state.run;
}
