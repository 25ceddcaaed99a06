import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeConversation } from './analyze.ts';
import { adjustedRandIndex } from './ari.ts';
import { parseCommentsCsv, parseParticipantsVotesCsv, parseVotesCsv } from './polis-open-data.ts';

const dir = new URL('../test-fixtures/polis-open-data/15-per-hour-seattle/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');

describe('the $15/hour Seattle conversation (Polis open data)', () => {
  const votes = parseVotesCsv(read('votes.csv'));
  const comments = parseCommentsCsv(read('comments.csv'));
  const exported = parseParticipantsVotesCsv(read('participants-votes.csv'));
  const polisGroups = new Map(
    exported.flatMap((row) => (row.groupId === undefined ? [] : [[row.participantId, row.groupId]])),
  );
  const analysis = analyzeConversation(votes, comments);

  it('puts the same number of participants in the conversation as Polis clustered', () => {
    expect(analysis.inConversation).toBe(polisGroups.size);
  });

  it('finds as many groups as Polis exported', () => {
    expect(analysis.groups).toHaveLength(new Set(polisGroups.values()).size);
  });

  it('agrees with Polis on group membership (adjusted Rand index above 0.5; measured 0.56)', () => {
    const ours = new Map(
      analysis.groups.flatMap((group) => group.members.map((id) => [id, String(group.id)])),
    );
    expect(adjustedRandIndex(ours, polisGroups)).toBeGreaterThan(0.5);
  });
});
