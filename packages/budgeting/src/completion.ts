import { exactCost, runGreedy } from './greedy.ts';
import { type MesRun, runMes, type Satisfaction } from './mes.ts';
import type { Profile } from './profile.ts';
import { Rational } from './rational.ts';
import type { TieBreaker } from './tie-breaking.ts';

/**
 * How MES's leftover budget is used (equalshares.net compute tool, `equalSharesAdd1`/`utilitarianCompletion`):
 * - `none`: plain MES with endowment B/n.
 * - `add1`: start at floor(B/n) per voter ("integral"), raise the endowment by 1 currency unit while the MES
 *   outcome still costs at most B, keep the last outcome within B. This is the variant that reproduces the
 *   official Wieliczka 2023 result (rule `equalshares/add1`).
 * - `add1e`: as add1, but also stop as soon as the outcome is exhaustive (no unfunded project fits in what is
 *   left) — the compute tool's default "exhaustive" Add1 option.
 * - `utilitarian`: plain MES, then utilitarian greedy on the leftover.
 * - `add1u`: add1, then utilitarian greedy on the leftover.
 * As in the compute tool, when all projects together fit in B the Add1 loop is skipped (plain MES). When only
 * the supported projects all fit, the loop would never end; Add1 then funds them all (its limit).
 */
export type Completion = 'none' | 'add1' | 'add1e' | 'utilitarian' | 'add1u';

export const COMPLETIONS: readonly Completion[] = ['none', 'add1', 'add1e', 'utilitarian', 'add1u'];

export interface MesSettingsFull {
  satisfaction: Satisfaction;
  completion: Completion;
  tieBreaking: readonly TieBreaker[];
  /** Re-run the final MES with every candidate recorded, for explanations. */
  record?: boolean;
}

export interface MesOutcome {
  /** The final MES run (recorded when asked). */
  run: MesRun;
  /** MES selection followed by projects added by utilitarian completion. */
  selected: number[];
  completionAdded: number[];
  /** Per-voter endowment of the final MES run. */
  endowment: Rational;
  /** MES runs made by the Add1 loop (0 without Add1). */
  add1Steps: number;
  exactChecks: number;
}

function isExhaustive(
  profile: Profile,
  selected: readonly number[],
  spent: Rational,
  budget: Rational,
): boolean {
  const taken = new Set(selected);
  for (let project = 0; project < profile.cost.length; project++) {
    if (taken.has(project)) continue;
    if (spent.add(Rational.fromNumber(profile.cost[project] ?? 0)).compare(budget) <= 0) return false;
  }
  return true;
}

/** MES with a completion method (see {@link Completion}). */
export function runMesWithCompletion(profile: Profile, settings: MesSettingsFull): MesOutcome {
  const budget = Rational.fromNumber(profile.budget);
  const voters = BigInt(profile.voterCount);
  const mes = { satisfaction: settings.satisfaction, tieBreaking: settings.tieBreaking };
  const everything = profile.projectIds.map((_, index) => index);
  const add1 = ['add1', 'add1e', 'add1u'].includes(settings.completion);
  const useAdd1 = add1 && voters > 0n && exactCost(profile, everything).compare(budget) > 0;
  let endowment = voters > 0n ? budget.div(Rational.of(voters)) : Rational.ZERO;
  let steps = 0;
  let exactChecks = 0;
  let run: MesRun | null = null;
  const supported = everything.filter((project) => (profile.totalPoints[project] ?? 0) > 0);
  const supportedCost = exactCost(profile, supported);
  if (useAdd1 && supportedCost.compare(budget) <= 0) {
    // Every project anyone supports fits: the +1 steps would stay feasible forever (the compute tool never
    // stops here) and their limit funds all supported projects. Jump to an endowment that surely does.
    endowment = Rational.of(supportedCost.num / supportedCost.den + 1n);
  } else if (useAdd1) {
    endowment = Rational.of(budget.num / (budget.den * voters));
    run = runMes(profile, endowment, mes);
    exactChecks += run.exactChecks;
    steps = 1;
    for (;;) {
      const spent = exactCost(profile, run.selected);
      if (settings.completion === 'add1e' && isExhaustive(profile, run.selected, spent, budget)) break;
      const nextEndowment = endowment.add(Rational.of(1n));
      const next = runMes(profile, nextEndowment, mes);
      steps++;
      exactChecks += next.exactChecks;
      if (exactCost(profile, next.selected).compare(budget) > 0) break;
      endowment = nextEndowment;
      run = next;
    }
  }
  if (!run || settings.record) {
    run = runMes(profile, endowment, { ...mes, record: settings.record ?? false });
    exactChecks += run.exactChecks;
  }
  const completionAdded =
    settings.completion === 'utilitarian' || settings.completion === 'add1u'
      ? runGreedy(profile, settings.satisfaction, settings.tieBreaking, run.selected)
      : [];
  return {
    run,
    selected: [...run.selected, ...completionAdded],
    completionAdded,
    endowment,
    add1Steps: steps,
    exactChecks,
  };
}
