import type { Recomputation } from '../incremental.ts';
import type { AnalysisOptions, Statement, Vote } from '../types.ts';

/** Messages from the main thread to the deliberation thread. */
export type WorkerRequest =
  | { type: 'votes'; requestId: number; votes: Vote[]; recompute: boolean }
  | { type: 'statements'; requestId: number; statements: Statement[] }
  | { type: 'recompute'; requestId: number; fromScratch: boolean };

/** Messages back; an Analysis crosses as a structured clone (its Maps and typed arrays survive). */
export type WorkerReply =
  | { type: 'done'; requestId: number }
  | { type: 'result'; requestId: number; result: Recomputation }
  | { type: 'error'; requestId: number; message: string };

export interface WorkerData {
  options: AnalysisOptions;
}
