import { parentPort, workerData } from 'node:worker_threads';
import { IncrementalConversation } from '../incremental.ts';
import type { WorkerData, WorkerReply, WorkerRequest } from './protocol.ts';

/** The worker-thread side: one conversation's state, recomputed off the main thread. */
const port = parentPort;
if (!port) throw new Error('deliberation-thread.ts must run inside a worker thread');
const conversation = new IncrementalConversation((workerData as WorkerData | undefined)?.options ?? {});

function handle(request: WorkerRequest): WorkerReply {
  if (request.type === 'statements') {
    conversation.setStatements(request.statements);
    return { type: 'done', requestId: request.requestId };
  }
  if (request.type === 'votes') {
    conversation.addVotes(request.votes);
    if (!request.recompute) return { type: 'done', requestId: request.requestId };
    return { type: 'result', requestId: request.requestId, result: conversation.recompute() };
  }
  if (request.fromScratch) conversation.reset();
  return { type: 'result', requestId: request.requestId, result: conversation.recompute() };
}

port.on('message', (request: WorkerRequest) => {
  try {
    port.postMessage(handle(request));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ type: 'error', requestId: request.requestId, message } satisfies WorkerReply);
  }
});
