import type { Database } from '../../db/database.ts';
import { loadAnalysisRun, saveResults } from './conversation.repo.ts';
import type { ConversationAnalysisWorker } from './conversation-analysis.worker.ts';

interface ConversationState {
  running: Promise<void>;
  /** Votes arrived while a recompute ran: run once more when it ends. */
  again: boolean;
}

/**
 * Recomputes opinion maps after votes arrive, never on the request path: a vote only calls `notify`. Per
 * conversation at most one recompute is in flight; votes arriving meanwhile cause exactly one more run when it
 * ends (so a burst of 1,000 votes costs two recomputes, not 1,000). The state is per process: with several app
 * processes each recomputes the conversations voted on through it, and the stored version still only rises.
 */
export class ConversationAnalysisScheduler {
  private readonly states = new Map<string, ConversationState>();
  private closing = false;

  constructor(
    private readonly db: Database,
    private readonly worker: ConversationAnalysisWorker,
    private readonly options: { delayMs: number; log: (message: string, error: unknown) => void },
  ) {}

  /** Asks for a recompute of one conversation soon. */
  notify(spaceId: string, fromScratch = false): void {
    if (this.closing) return;
    const state = this.states.get(spaceId);
    if (state) {
      state.again = true;
      return;
    }
    const fresh: ConversationState = { running: Promise.resolve(), again: false };
    fresh.running = this.loop(spaceId, fresh, fromScratch);
    this.states.set(spaceId, fresh);
  }

  isComputing(spaceId: string): boolean {
    return this.states.has(spaceId);
  }

  private async loop(spaceId: string, state: ConversationState, fromScratch: boolean): Promise<void> {
    let scratch = fromScratch;
    try {
      do {
        state.again = false;
        // A short pause gathers the votes of a burst into one recompute.
        if (this.options.delayMs > 0)
          await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
        if (this.closing) return;
        await this.runOnce(spaceId, scratch);
        scratch = false;
      } while (state.again && !this.closing);
    } catch (error) {
      if (!this.closing) this.options.log(`opinion map recompute failed for space ${spaceId}`, error);
    } finally {
      this.states.delete(spaceId);
    }
  }

  private async runOnce(spaceId: string, fromScratch: boolean): Promise<void> {
    const run = await loadAnalysisRun(this.db, spaceId);
    if (run.votes.length === 0) return;
    const outcome = await this.worker.analyse(spaceId, run, fromScratch);
    if (this.closing) return;
    await saveResults(this.db, spaceId, { ...outcome, votes: run.votes.length });
  }

  /** Resolves once no recompute is running or waiting (tests, and a clean shutdown). */
  async idle(): Promise<void> {
    while (this.states.size > 0) await Promise.all([...this.states.values()].map((state) => state.running));
  }

  /**
   * Stops taking work and stops the worker thread: a recompute in flight is abandoned (the stored results stay
   * those of the previous run, and the next vote after a restart recomputes).
   */
  async close(): Promise<void> {
    this.closing = true;
    await this.worker.close();
    await Promise.all([...this.states.values()].map((state) => state.running));
  }
}
