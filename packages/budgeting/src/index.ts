export { COMPLETIONS, type Completion, type MesOutcome, runMesWithCompletion } from './completion.ts';
export {
  type BudgetOptions,
  BudgetOptionsError,
  type BudgetOutcome,
  computeBudget,
  jurisdictionsFromColumn,
  type Rule,
  weightsFromColumn,
} from './compute.ts';
export { describeExplanation, describeJurisdictions } from './describe.ts';
export { type EjrViolation, findEjrViolation } from './ejr.ts';
export type { MoneySummary, ProjectExplanation } from './explain.ts';
export { runGreedy } from './greedy.ts';
export {
  type Ballot,
  metaValue,
  type PbInstance,
  type Project,
  VOTE_TYPES,
  type VoteType,
} from './instance.ts';
export type { JurisdictionInput, JurisdictionShare } from './jurisdictions.ts';
export { type MesRun, runMes, type Satisfaction } from './mes.ts';
export { PbParseError, parsePb } from './pb-parse.ts';
export { PbWriteError, writePb } from './pb-write.ts';
export { buildProfile, type Profile, ProfileError, type UtilityModel } from './profile.ts';
export { Rational } from './rational.ts';
export { DEFAULT_TIE_BREAKING, TIE_BREAKERS, type TieBreaker } from './tie-breaking.ts';
