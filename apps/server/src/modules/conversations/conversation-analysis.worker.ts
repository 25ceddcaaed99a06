import { Worker } from 'node:worker_threads';
import type { ConversationResults } from './conversation.dto.ts';
import type { AnalysisRun } from './conversation-results.ts';

export interface AnalysisOutcome {
  results: ConversationResults;
  seconds: number;
  warm: boolean;
}

type Reply = { requestId: number; error?: string } & Partial<AnalysisOutcome>;
type Pending = { resolve: (outcome: AnalysisOutcome) => void; reject: (error: Error) => void };

/**
 * The thread runs the TypeScript source; as in @crossgov/deliberation's DeliberationWorker, Node 20 does not
 * apply `--import tsx` to a Worker, so the thread registers tsx's ESM hooks itself before importing the entry.
 */
function bootstrap(): string {
  const entry = new URL('./conversation-analysis.thread.ts', import.meta.url).href;
  let tsx = 'tsx/esm/api';
  try {
    tsx = import.meta.resolve('tsx/esm/api');
  } catch {
    // keep the bare specifier; the thread resolves it from the working directory
  }
  return `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
}

/**
 * One worker thread shared by every conversation of the process, started on first use. Requests are handled
 * one at a time in the thread, so a big conversation delays the others but never the HTTP requests.
 */
export class ConversationAnalysisWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(bootstrap(), { eval: true });
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.requestId);
      if (!waiting) return;
      this.pending.delete(reply.requestId);
      if (reply.error !== undefined || !reply.results) waiting.reject(new Error(reply.error ?? 'no results'));
      else
        waiting.resolve({ results: reply.results, seconds: reply.seconds ?? 0, warm: reply.warm ?? false });
    });
    const fail = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.worker = null;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the conversation analysis thread exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  analyse(spaceId: string, run: Omit<AnalysisRun, 'memory'>, fromScratch = false): Promise<AnalysisOutcome> {
    if (this.closed) return Promise.reject(new Error('the analysis worker is closed'));
    const worker = this.start();
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      worker.postMessage({ requestId, spaceId, run, fromScratch });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
