export { parseCsv } from './csv.ts';
export { marginals } from './distribution.ts';
export { drawTicket, SeedError, seedBytes, seedCommitment } from './draw.ts';
export { type Fairness, fairnessOf, geometricMean, gini } from './fairness.ts';
export { type FairnessReport, fairnessReport } from './fairness-report.ts';
export { cheapClashes, findQuotaClashes, InfeasibleQuotasError, type QuotaClash } from './feasibility.ts';
export { createHighsSolver } from './highs-solver.ts';
export { type Lottery, type LotteryOptions, roundToLottery } from './lottery.ts';
export {
  DRAW_PROCEDURE,
  type DrawResult,
  drawFromLottery,
  LOTTERY_FORMAT,
  type LotteryDocument,
  LotteryFormatError,
  lotteryDocument,
  parseLotteryDocument,
} from './lottery-document.ts';
export {
  type Constraint,
  type LinearModel,
  ModelBuilder,
  type Term,
  toLpText,
  toMpsText,
  type Variable,
} from './model.ts';
export {
  parseCategories,
  parseRespondents,
  type RespondentColumns,
  SortitionInputError,
} from './pool-input.ts';
export { createRandom, type Random } from './random.ts';
export { type Replacement, ReplacementImpossibleError, replaceDropouts } from './replacements.ts';
export { type SelectOptions, selectPanels, sharedHighsSolver } from './select.ts';
export type { Solution, SolveOptions, Solver, SolveStatus } from './solver.ts';
export { type PoolStructure, panelViolation, structureOf } from './structure.ts';
export type {
  Algorithm,
  Panel,
  PanelDistribution,
  Person,
  Quota,
  SelectionProblem,
  SelectionResult,
  SelectionStats,
} from './types.ts';
