import { type Completion, runMesWithCompletion } from './completion.ts';
import { explainGreedy, explainRun, type ProjectExplanation } from './explain.ts';
import { exactCost, runGreedy } from './greedy.ts';
import type { PbInstance } from './instance.ts';
import { type JurisdictionInput, type JurisdictionShare, jurisdictionShares } from './jurisdictions.ts';
import type { Satisfaction } from './mes.ts';
import { buildProfile, type Profile, type UtilityModel } from './profile.ts';
import { DEFAULT_TIE_BREAKING, type TieBreaker } from './tie-breaking.ts';

export type Rule = 'greedy' | 'mes';

export interface BudgetOptions {
  rule: Rule;
  /** MES only; default `none`. */
  completion?: Completion;
  /** Default `cost`. */
  satisfaction?: Satisfaction;
  /** Default maxVotes, minCost, lexico. */
  tieBreaking?: readonly TieBreaker[];
  /** Default `ballot` (points, Borda-like scores for ordinal). */
  utilities?: UtilityModel;
  explain?: boolean;
  jurisdictions?: JurisdictionInput;
  /** One whole-number weight per ballot (see `buildProfile`); default 1 each. */
  voterWeights?: readonly number[];
}

export interface BudgetOutcome {
  rule: Rule;
  completion: Completion;
  satisfaction: Satisfaction;
  tieBreaking: TieBreaker[];
  /** Funded project ids in the order they were funded (MES rounds, then completion). */
  selected: string[];
  completionAdded: string[];
  cost: number;
  budget: number;
  voters: number;
  /** Final per-voter MES endowment (null for greedy). */
  endowment: number | null;
  add1Steps: number;
  /** Rounds the float run handed to exact fractions. */
  exactChecks: number;
  explanations: ProjectExplanation[] | null;
  jurisdictions: JurisdictionShare[] | null;
}

/** Options that do not make sense together, named so a person can fix them. */
export class BudgetOptionsError extends Error {
  override readonly name = 'BudgetOptionsError';
}

/** A VOTES column of whole numbers as voter weights; names the voter whose value is not one. */
export function weightsFromColumn(instance: PbInstance, column: string): number[] {
  if (!instance.voteColumns.includes(column))
    throw new BudgetOptionsError(
      `the VOTES section has no column "${column}" (it has ${instance.voteColumns.join(', ')})`,
    );
  return instance.ballots.map((ballot) => {
    const text = ballot.fields[column] ?? '';
    const weight = Number(text);
    if (text === '' || !Number.isInteger(weight) || weight < 0)
      throw new BudgetOptionsError(`voter ${ballot.voterId}: ${column} "${text}" is not a whole number ≥ 0`);
    return weight;
  });
}

/** The `district`/`neighborhood`-style VOTES column as one jurisdiction per ballot. */
export function jurisdictionsFromColumn(instance: PbInstance, column: string): string[] {
  if (!instance.voteColumns.includes(column))
    throw new BudgetOptionsError(
      `the VOTES section has no column "${column}" (it has ${instance.voteColumns.join(', ')})`,
    );
  return instance.ballots.map((ballot) => ballot.fields[column] ?? '');
}

function ids(profile: Profile, projects: readonly number[]): string[] {
  return projects.map((project) => profile.projectIds[project] ?? '');
}

/**
 * Computes a participatory-budgeting outcome: utilitarian greedy, or the Method of Equal Shares with a
 * completion (see `runMesWithCompletion`), optionally with per-project explanations and a per-jurisdiction
 * fairness report.
 */
export function computeBudget(instance: PbInstance, options: BudgetOptions): BudgetOutcome {
  const completion = options.completion ?? 'none';
  const satisfaction = options.satisfaction ?? 'cost';
  const tieBreaking = [...(options.tieBreaking ?? DEFAULT_TIE_BREAKING)];
  if (options.rule === 'greedy' && completion !== 'none')
    throw new BudgetOptionsError(`completion "${completion}" applies to the mes rule only; greedy has none`);
  if (options.jurisdictions && options.jurisdictions.jurisdictionOfBallot.length !== instance.ballots.length)
    throw new BudgetOptionsError('the jurisdiction list must have one entry per ballot');
  const profile = buildProfile(instance, options.utilities ?? 'ballot', options.voterWeights);
  let selected: number[];
  let completionAdded: number[] = [];
  let endowment: number | null = null;
  let add1Steps = 0;
  let exactChecks = 0;
  let explanations: ProjectExplanation[] | null = null;
  let paidPerVoter: Float64Array | null = null;
  if (options.rule === 'greedy') {
    selected = runGreedy(profile, satisfaction, tieBreaking);
    if (options.explain) explanations = explainGreedy(profile, selected);
  } else {
    const record = options.explain ?? false;
    const outcome = runMesWithCompletion(profile, { satisfaction, completion, tieBreaking, record });
    selected = outcome.selected;
    completionAdded = outcome.completionAdded;
    endowment = outcome.endowment.toNumber();
    add1Steps = outcome.add1Steps;
    exactChecks = outcome.exactChecks;
    if (record) explanations = explainRun(profile, outcome.run, satisfaction, completionAdded);
    const start = endowment;
    paidPerVoter = Float64Array.from(outcome.run.budgets, (left) => start - left);
  }
  return {
    rule: options.rule,
    completion,
    satisfaction,
    tieBreaking,
    selected: ids(profile, selected),
    completionAdded: ids(profile, completionAdded),
    cost: exactCost(profile, selected).toNumber(),
    budget: instance.budget,
    voters: profile.voterCount,
    endowment,
    add1Steps,
    exactChecks,
    explanations,
    jurisdictions: options.jurisdictions
      ? jurisdictionShares(profile, selected, options.jurisdictions, paidPerVoter)
      : null,
  };
}
