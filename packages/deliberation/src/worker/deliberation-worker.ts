import { Worker } from 'node:worker_threads';
import type { Recomputation } from '../incremental.ts';
import type { AnalysisOptions, Statement, Vote } from '../types.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

export class DeliberationWorkerError extends Error {
  override name = 'DeliberationWorkerError';
}

/**
 * The thread runs the TypeScript source. Node 20 does not apply `--import tsx` from a Worker's execArgv, so
 * the thread first registers tsx's ESM hooks itself, then imports the entry.
 */
function bootstrap(): string {
  const entry = new URL('./deliberation-thread.ts', import.meta.url).href;
  let tsx = 'tsx/esm/api';
  try {
    tsx = import.meta.resolve('tsx/esm/api');
  } catch {
    // keep the bare specifier; the thread resolves it from the working directory
  }
  return `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
}

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void };
type Payload<T> = T extends unknown ? Omit<T, 'requestId'> : never;

/**
 * Keeps one conversation's Polis state in a worker thread (node:worker_threads), so recomputing an opinion
 * map over 100k participants never blocks the main thread. Votes arrive in batches; each recompute
 * warm-starts from the previous one, as Polis's math worker does.
 */
export class DeliberationWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(options: { analysis?: AnalysisOptions } = {}) {
    const workerData = { options: options.analysis ?? {} };
    this.worker = new Worker(bootstrap(), { eval: true, workerData });
    this.worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.requestId);
      if (!waiting) return;
      this.pending.delete(reply.requestId);
      if (reply.type === 'error') waiting.reject(new DeliberationWorkerError(reply.message));
      else waiting.resolve(reply);
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) =>
      this.failAll(new DeliberationWorkerError(`the deliberation thread exited (${code})`)),
    );
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private send(request: Payload<WorkerRequest>): Promise<WorkerReply> {
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.worker.postMessage({ ...request, requestId });
    });
  }

  private async result(request: Payload<WorkerRequest>): Promise<Recomputation> {
    const reply = await this.send(request);
    if (reply.type !== 'result') throw new DeliberationWorkerError(`expected a result, got "${reply.type}"`);
    return reply.result;
  }

  /** Moderation and meta flags of the comments. */
  async setStatements(statements: Statement[]): Promise<void> {
    await this.send({ type: 'statements', statements });
  }

  /** Adds a batch of votes without recomputing. */
  async addVotes(votes: Vote[]): Promise<void> {
    await this.send({ type: 'votes', votes, recompute: false });
  }

  /** Adds a batch of votes and recomputes (warm start). */
  submitVotes(votes: Vote[]): Promise<Recomputation> {
    return this.result({ type: 'votes', votes, recompute: true });
  }

  /** Recomputes; `fromScratch` drops the warm-start state first (a full recompute). */
  recompute(options: { fromScratch?: boolean } = {}): Promise<Recomputation> {
    return this.result({ type: 'recompute', fromScratch: options.fromScratch ?? false });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
