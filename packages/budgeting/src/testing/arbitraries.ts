import fc from 'fast-check';
import type { Ballot, PbInstance, VoteType } from '../instance.ts';

/** Text a `.pb` value can hold: any characters but line breaks (the writer quotes the rest). */
const cellText = fc.string({ maxLength: 12 }).map((text) => text.replace(/[\r\n]/g, ' '));
/** Values are read trimmed unless quoted; the writer quotes padded values, so any text round-trips. */
const fieldText = cellText;
const projectId = fc.stringMatching(/^[A-Za-z0-9_ĄŁó-]{1,6}$/);

/** Random well-formed instances of every ballot type, with extra META keys and extra columns. */
export function arbitraryInstance(
  options: { maxProjects?: number; maxBallots?: number } = {},
): fc.Arbitrary<PbInstance> {
  const maxProjects = options.maxProjects ?? 6;
  const maxBallots = options.maxBallots ?? 12;
  return fc
    .record({
      voteType: fc.constantFrom<VoteType>('approval', 'cumulative', 'ordinal', 'scoring', 'choose-1'),
      ids: fc.uniqueArray(projectId, { minLength: 1, maxLength: maxProjects }),
      costs: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: maxProjects, maxLength: maxProjects }),
      budget: fc.integer({ min: 0, max: 3000 }),
      extraMeta: fc.array(
        fc.tuple(
          cellText.filter((key) => key.trim() !== '' && key.trim() === key),
          fieldText,
        ),
        { maxLength: 3 },
      ),
      names: fc.array(fieldText, { minLength: maxProjects, maxLength: maxProjects }),
      ballots: fc.array(
        fc.record({
          pick: fc.array(fc.nat({ max: maxProjects - 1 }), { maxLength: maxProjects }),
          points: fc.array(fc.integer({ min: 1, max: 9 }), {
            minLength: maxProjects,
            maxLength: maxProjects,
          }),
          district: fieldText,
        }),
        { maxLength: maxBallots },
      ),
    })
    .map(({ voteType, ids, costs, budget, extraMeta, names, ballots }) => {
      const cardinal = voteType === 'cumulative' || voteType === 'scoring';
      const meta: [string, string][] = [
        ['description', 'random'],
        ['budget', String(budget)],
        ['vote_type', voteType],
        ...extraMeta.filter(([key]) => !['budget', 'vote_type'].includes(key)),
      ];
      const voterBallots: Ballot[] = ballots.map((ballot, index) => {
        const projects = [...new Set(ballot.pick.filter((pick) => pick < ids.length))].map(
          (pick) => ids[pick] ?? '',
        );
        return {
          voterId: `v${index}`,
          projects,
          points: cardinal ? projects.map((_, position) => ballot.points[position] ?? 1) : null,
          fields: { district: ballot.district },
        };
      });
      return {
        meta,
        voteType,
        budget,
        projectColumns: ['project_id', 'cost', 'name'],
        projects: ids.map((id, index) => ({
          id,
          cost: costs[index] ?? 0,
          fields: { name: names[index] ?? '' },
        })),
        voteColumns: cardinal ? ['voter_id', 'vote', 'points', 'district'] : ['voter_id', 'vote', 'district'],
        ballots: voterBallots,
      };
    });
}
