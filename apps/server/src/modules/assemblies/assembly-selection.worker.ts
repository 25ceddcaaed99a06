import { Worker } from 'node:worker_threads';
import type { StoredRunResult } from './assembly.table.ts';
import type { SelectionJob, SelectionMessage } from './assembly-selection.protocol.ts';

/**
 * The thread runs the TypeScript source. Node 20 does not apply `--import tsx` from a Worker's execArgv, so the
 * thread registers tsx's ESM hooks itself, then imports the entry (as the deliberation engine's worker does).
 */
function bootstrap(): string {
  const entry = new URL('./assembly-selection.thread.ts', import.meta.url).href;
  let tsx = 'tsx/esm/api';
  try {
    tsx = import.meta.resolve('tsx/esm/api');
  } catch {
    // keep the bare specifier; the thread resolves it from the working directory
  }
  return `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
}

export class SelectionFailed extends Error {
  override name = 'SelectionFailed';
}

/**
 * Runs one selection in its own worker thread (HiGHS blocks the thread it solves on, so the server's main
 * thread keeps answering while it works); each stage is reported through `onStage`.
 */
export function runSelectionInWorker(
  job: SelectionJob,
  onStage: (stage: string, progress: number) => void,
): Promise<Omit<StoredRunResult, 'seconds'>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap(), { eval: true, workerData: job });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: SelectionMessage) => {
      if (message.type === 'stage') onStage(message.stage, message.progress);
      else if (message.type === 'result') finish(() => resolve(message.result));
      else finish(() => reject(new SelectionFailed(message.message)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new SelectionFailed(`the selection thread stopped (${code})`))),
    );
  });
}
