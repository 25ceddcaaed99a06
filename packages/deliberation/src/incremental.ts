import { analyzeMatrix, type ConversationMemory } from './conversation.ts';
import type { Analysis, AnalysisOptions, Statement, Vote } from './types.ts';
import { moderation, VoteLedger } from './vote-matrix.ts';

export interface Recomputation {
  analysis: Analysis;
  seconds: number;
  /** Votes in the matrix (latest per participant and comment). */
  votes: number;
  /** True when the update started from the previous components and clusters. */
  warm: boolean;
}

/**
 * A conversation that is updated as votes arrive, the way Polis's math worker runs `conv-update`: each
 * recompute warm-starts PCA from the previous components and k-means from the previous centres, keeps
 * everyone who was in the conversation, and advances the k smoother by one step.
 */
export class IncrementalConversation {
  private readonly ledger = new VoteLedger();
  private statements = new Map<string, Statement>();
  private memory: ConversationMemory | undefined;

  constructor(private readonly options: AnalysisOptions = {}) {}

  addVotes(votes: Iterable<Vote>): void {
    this.ledger.add(votes);
  }

  /** Records moderation and meta flags (polismath `mod-update`); later entries replace earlier ones. */
  setStatements(statements: Iterable<Statement>): void {
    for (const statement of statements) this.statements.set(statement.commentId, statement);
  }

  /** Forgets the warm-start state, so the next recompute starts from scratch. */
  reset(): void {
    this.memory = undefined;
  }

  recompute(): Recomputation {
    const started = performance.now();
    const { excluded, meta } = moderation(this.statements.values());
    const matrix = this.ledger.toMatrix(excluded, meta);
    const warm = this.memory !== undefined;
    const { analysis, memory } = analyzeMatrix(matrix, {
      ...this.options,
      ...(this.memory ? { memory: this.memory } : {}),
    });
    this.memory = memory;
    return { analysis, seconds: (performance.now() - started) / 1000, votes: this.ledger.size, warm };
  }
}
