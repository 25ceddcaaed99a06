import { parentPort, workerData } from 'node:worker_threads';
import {
  fairnessReport,
  InfeasibleQuotasError,
  lotteryDocument,
  roundToLottery,
  selectPanels,
  sharedHighsSolver,
} from '@crossgov/sortition';
import type { SelectionJob, SelectionMessage } from './assembly-selection.protocol.ts';

/** The worker-thread side of a selection run: the engine's work, off the server's main thread. */
const port = parentPort;
if (!port) throw new Error('assembly-selection.thread.ts must run inside a worker thread');
const job = workerData as SelectionJob;
const send = (message: SelectionMessage) => port.postMessage(message);

async function run(): Promise<void> {
  const problem = { people: job.people, quotas: job.quotas, panelSize: job.panelSize };
  send({ type: 'stage', stage: 'selecting', progress: 0.15 });
  const selection = await selectPanels(problem, job.algorithm, { seed: 1, legacyRuns: job.legacyRuns });
  send({ type: 'stage', stage: 'fairness', progress: 0.7 });
  const report = fairnessReport(problem, job.algorithm, selection.probabilities, {
    runs: job.legacyRuns,
    seed: 1,
  });
  send({ type: 'stage', stage: 'lottery', progress: 0.85 });
  // The rounding ILP keeps the best rounding found in time (never worse than largest remainder).
  const lottery = await roundToLottery(
    selection.distribution,
    selection.probabilities,
    await sharedHighsSolver(),
    {
      size: job.lotterySize,
      timeLimit: job.lotterySeconds,
    },
  );
  send({
    type: 'result',
    result: {
      report,
      probabilities: Object.fromEntries(
        job.people.map((person, i) => [person.id, selection.probabilities[i] ?? 0]),
      ),
      panels: selection.distribution.panels.length,
      poolSize: job.people.length,
      lottery: lotteryDocument(lottery, job.people, job.algorithm, job.panelSize),
    },
  });
}

run().catch((error: unknown) => {
  const message =
    error instanceof InfeasibleQuotasError
      ? error.clashes.map((clash) => clash.message).join('; ')
      : error instanceof Error
        ? error.message
        : String(error);
  send({ type: 'error', message });
});
