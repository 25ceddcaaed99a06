import { parentPort } from 'node:worker_threads';
import type { ConversationMemory } from '@crossgov/deliberation';
import { type AnalysisRun, computeResults } from './conversation-results.ts';

/**
 * The worker-thread side of the conversation analysis: runs the engine off the main thread and keeps each
 * conversation's warm-start memory (Polis's state between updates) for the most recently updated ones.
 */
export interface AnalysisRequest {
  requestId: number;
  spaceId: string;
  run: Omit<AnalysisRun, 'memory'>;
  fromScratch: boolean;
}

const port = parentPort;
if (!port) throw new Error('conversation-analysis.thread.ts must run inside a worker thread');
const KEEP_MEMORIES = 16;
const memories = new Map<string, ConversationMemory>();

port.on('message', (request: AnalysisRequest) => {
  try {
    const started = performance.now();
    const previous = request.fromScratch ? undefined : memories.get(request.spaceId);
    const { results, memory } = computeResults({ ...request.run, memory: previous });
    memories.delete(request.spaceId);
    memories.set(request.spaceId, memory);
    for (const key of memories.keys()) {
      if (memories.size <= KEEP_MEMORIES) break;
      memories.delete(key);
    }
    const seconds = (performance.now() - started) / 1000;
    port.postMessage({ requestId: request.requestId, results, seconds, warm: previous !== undefined });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ requestId: request.requestId, error: message });
  }
});
