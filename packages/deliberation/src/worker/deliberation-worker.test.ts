import { afterAll, describe, expect, it } from 'vitest';
import { toReport } from '../analyze.ts';
import { IncrementalConversation } from '../incremental.ts';
import { syntheticConversation } from '../synthetic.ts';
import { DeliberationWorker } from './deliberation-worker.ts';

describe('DeliberationWorker (a real worker thread)', () => {
  const { votes } = syntheticConversation({
    participants: 150,
    comments: 40,
    minVotes: 8,
    maxVotes: 25,
    seed: 11,
  });
  const half = Math.floor(votes.length / 2);
  const worker = new DeliberationWorker();
  afterAll(() => worker.close());

  it('recomputes off the main thread and returns the same result as the same updates in-process', async () => {
    const local = new IncrementalConversation();
    local.addVotes(votes.slice(0, half));
    local.recompute();
    local.addVotes(votes.slice(half));
    const expected = toReport(local.recompute().analysis, 0);

    const first = await worker.submitVotes(votes.slice(0, half));
    expect(first.warm).toBe(false);
    const second = await worker.submitVotes(votes.slice(half));
    expect(second.warm).toBe(true);
    expect(second.votes).toBe(votes.length);
    expect(toReport(second.analysis, 0)).toEqual(expected);
    expect(second.analysis.groupAwareConsensus).toBeInstanceOf(Map);
  });

  it('drops the warm-start state on a recompute from scratch', async () => {
    const full = await worker.recompute({ fromScratch: true });
    expect(full.warm).toBe(false);
    expect(full.analysis.participants).toBe(150);
  });

  it('applies moderation sent to the thread', async () => {
    await worker.setStatements([{ commentId: '0', moderated: -1 }]);
    const result = await worker.recompute();
    const ids = result.analysis.groups.flatMap((group) => group.repness.map((r) => r.commentId));
    expect(ids).not.toContain('0');
  });
});
