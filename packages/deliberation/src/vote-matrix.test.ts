import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeConversation, toReport } from './analyze.ts';
import {
  parseParticipantsVotesCsv,
  parseVotesCsv,
  writeParticipantsVotesCsv,
  writeVotesCsv,
} from './polis-open-data.ts';
import { syntheticConversation } from './synthetic.ts';
import type { Vote, VoteValue } from './types.ts';
import { buildVoteMatrix, toExportSign, toInternalSign } from './vote-matrix.ts';

const vote = (participantId: string, commentId: string, value: VoteValue, timestamp: number): Vote => ({
  participantId,
  commentId,
  vote: value,
  timestamp,
});

describe('the vote matrix', () => {
  it('keeps the latest vote by timestamp when a participant voted twice on a comment', () => {
    const matrix = buildVoteMatrix([vote('1', '0', -1, 200), vote('1', '0', 1, 100)]);
    // export -1 (disagree) is +1 inside Polis's math
    expect([...matrix.values]).toEqual([1]);
  });

  it('stores agree as -1, as Polis does internally', () => {
    const matrix = buildVoteMatrix([vote('1', '0', 1, 1), vote('1', '1', -1, 1), vote('1', '2', 0, 1)]);
    expect([...matrix.values]).toEqual([-1, 1, 0]);
  });

  it('zeroes out moderated and meta comments', () => {
    const matrix = buildVoteMatrix(
      [vote('1', '0', 1, 1), vote('1', '1', 1, 1), vote('1', '2', 1, 1)],
      [
        { commentId: '0', moderated: -1 },
        { commentId: '1', isMeta: true },
      ],
    );
    expect([...matrix.moderatedOut]).toEqual([1, 1, 0]);
    expect([...matrix.meta]).toEqual([0, 1, 0]);
  });

  it('round-trips the sign convention: export -> internal -> export is the identity, and agree flips', () => {
    fc.assert(
      fc.property(fc.constantFrom<VoteValue>(-1, 0, 1), (value) => {
        expect(toExportSign(toInternalSign(value))).toBe(value);
        expect(toInternalSign(value)).toBe(value === 0 ? 0 : -value);
      }),
    );
  });

  it('writes and reads back votes.csv and participants-votes.csv with agree = +1', () => {
    const votes = [vote('3', '0', 1, 10), vote('3', '1', -1, 11), vote('4', '0', 0, 12)];
    expect(parseVotesCsv(writeVotesCsv(votes))).toEqual(votes);
    const rows = parseParticipantsVotesCsv(writeParticipantsVotesCsv(votes, new Map([['3', 1]])));
    expect(rows.map((row) => [row.participantId, row.groupId, [...row.votes]])).toEqual([
      [
        '3',
        '1',
        [
          ['0', 1],
          ['1', -1],
        ],
      ],
      ['4', undefined, [['0', 0]]],
    ]);
  });
});

describe('the analysis', () => {
  const { votes } = syntheticConversation({
    participants: 120,
    comments: 30,
    minVotes: 8,
    maxVotes: 20,
    seed: 5,
  });

  it('does not depend on the order of the votes in the input', () => {
    const reference = JSON.stringify({ ...toReport(analyzeConversation(votes), 0) });
    fc.assert(
      fc.property(fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (stream) => {
        const keys = votes.map(() => stream.next().value as number);
        const shuffled = votes
          .map((v, i) => ({ v, key: keys[i] ?? 0 }))
          .sort((a, b) => a.key - b.key)
          .map((entry) => entry.v);
        expect(JSON.stringify(toReport(analyzeConversation(shuffled), 0))).toBe(reference);
      }),
      { numRuns: 8 },
    );
  });

  it('does not depend on the order of repeated votes with the same timestamp', () => {
    const twice = [vote('1', '0', 1, 5), vote('1', '0', -1, 5)];
    const a = buildVoteMatrix(twice);
    const b = buildVoteMatrix([...twice].reverse());
    expect([...a.values]).toEqual([...b.values]);
  });
});
