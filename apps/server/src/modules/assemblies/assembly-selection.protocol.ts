import type { AssemblyAlgorithm } from '@crossgov/shared';
import type { Person, Quota } from '@crossgov/sortition';
import type { StoredRunResult } from './assembly.table.ts';

/** What the selection thread receives: the pool as the engine sees it (opaque ids, no names or e-mails). */
export interface SelectionJob {
  people: Person[];
  quotas: Quota[];
  panelSize: number;
  algorithm: AssemblyAlgorithm;
  lotterySize: number;
  legacyRuns: number;
  lotterySeconds: number;
}

export type SelectionMessage =
  | { type: 'stage'; stage: string; progress: number }
  | { type: 'result'; result: Omit<StoredRunResult, 'seconds'> }
  | { type: 'error'; message: string };
