import { describe, expect, it } from 'vitest';
import { analyzeMatrix } from './conversation.ts';
import { breakdownByCountry } from './country.ts';
import type { Vote, VoteValue } from './types.ts';
import { buildVoteMatrix } from './vote-matrix.ts';

// Two opinion groups (they split on comments 1-4), each with members in FR and DE. Everybody agrees with
// comment 0; comment 5 is agreed everywhere except by the second group in DE.
function conversation() {
  const votes: Vote[] = [];
  const countryOf = new Map<string, string>();
  for (let p = 0; p < 40; p++) {
    const id = String(p);
    const second = p >= 20;
    const country = p % 2 === 0 ? 'FR' : 'DE';
    countryOf.set(id, country);
    const add = (commentId: string, value: VoteValue) =>
      votes.push({ participantId: id, commentId, vote: value, timestamp: p });
    add('0', 1);
    for (const comment of ['1', '2', '3', '4']) add(comment, second ? -1 : 1);
    for (const comment of ['6', '7']) add(comment, p % 3 === 0 ? 1 : 0);
    add('5', second && country === 'DE' ? -1 : 1);
  }
  countryOf.delete('39');
  const matrix = buildVoteMatrix(votes);
  const { analysis } = analyzeMatrix(matrix);
  return { matrix, analysis, countryOf };
}

describe('breakdownByCountry', () => {
  const { matrix, analysis, countryOf } = conversation();
  const breakdown = breakdownByCountry(matrix, analysis, countryOf);

  it('counts agree, disagree and pass shares per comment and country', () => {
    const fr = breakdown.votes.get('5')?.get('FR');
    const de = breakdown.votes.get('5')?.get('DE');
    expect(fr).toMatchObject({ agree: 20, disagree: 0, seen: 20, agreeShare: 1 });
    expect(de).toMatchObject({ agree: 10, disagree: 9, seen: 19 });
    expect(breakdown.withoutCountry).toBe(1);
  });

  it('counts group members per country', () => {
    expect(analysis.groups).toHaveLength(2);
    const totals = [...breakdown.groupMembers.values()].map((byCountry) =>
      [...byCountry.values()].reduce((a, b) => a + b, 0),
    );
    expect(totals.sort()).toEqual([19, 20]);
  });

  it('computes each country group-informed consensus as the product over groups', () => {
    // FR, comment 0: both groups 10 of 10 agree -> (11/12)^2
    expect(breakdown.groupAwareConsensus.get('0')?.get('FR')).toBeCloseTo((11 / 12) ** 2, 12);
  });

  it('lists as bridging only statements every group in every country agrees with, by product over countries', () => {
    const ids = breakdown.bridging.map((statement) => statement.commentId);
    expect(ids).toContain('0');
    expect(ids).not.toContain('5');
    expect(ids).not.toContain('1');
    const first = breakdown.bridging[0];
    expect(first?.score).toBeCloseTo(
      [...(first?.perCountry.values() ?? [])].reduce((a, b) => a * b, 1),
      12,
    );
  });
});
