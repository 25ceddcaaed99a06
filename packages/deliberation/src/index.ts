export { type AnalysisReport, analyzeConversation, toReport } from './analyze.ts';
export { adjustedRandIndex } from './ari.ts';
export { type AnalysisInput, analyzeMatrix, type ConversationMemory } from './conversation.ts';
export {
  type BridgingStatement,
  breakdownByCountry,
  type CountryBreakdown,
  type CountryShares,
} from './country.ts';
export { CsvError, type CsvRecord, parseCsv, writeCsv } from './csv.ts';
export { IncrementalConversation, type Recomputation } from './incremental.ts';
export { PolisJsonError, statementsFromPolisJson, votesFromPolisJson } from './polis-json.ts';
export {
  type ParticipantRow,
  parseCommentsCsv,
  parseParticipantsVotesCsv,
  parseVotesCsv,
  writeCommentsCsv,
  writeParticipantsVotesCsv,
  writeVotesCsv,
} from './polis-open-data.ts';
export { seededRandom, syntheticConversation } from './synthetic.ts';
export * from './types.ts';
export {
  buildVoteMatrix,
  compareIds,
  moderation,
  toExportSign,
  toInternalSign,
  VoteLedger,
  type VoteMatrix,
} from './vote-matrix.ts';
export { DeliberationWorker, DeliberationWorkerError } from './worker/deliberation-worker.ts';
