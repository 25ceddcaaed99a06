import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLETIONS } from './completion.ts';
import { computeBudget, jurisdictionsFromColumn } from './compute.ts';
import { describeExplanation } from './describe.ts';
import { findEjrViolation } from './ejr.ts';
import { parsePb } from './pb-parse.ts';
import { buildProfile } from './profile.ts';
import { arbitraryInstance } from './testing/arbitraries.ts';

const fixture = (name: string) =>
  parsePb(readFileSync(new URL(`../test-fixtures/${name}`, import.meta.url), 'utf8'));
const indices = (ids: string[], all: string[]) => ids.map((id) => all.indexOf(id));

// 7 voters want P1 and P2 (5 each), 3 voters want Q (3); budget 10. Greedy funds P1, P2 and leaves the
// minority nothing although its 3 voters "deserve" 3/10 of the budget: an EJR-up-to-one violation.
const minority = parsePb(
  [
    'META',
    'key;value',
    'budget;10',
    'vote_type;approval',
    'PROJECTS',
    'project_id;cost',
    'P1;5',
    'P2;5',
    'Q;3',
    'VOTES',
    'voter_id;vote;district',
    ...[0, 1, 2, 3, 4, 5, 6].map((voter) => `${voter};P1,P2;north`),
    '7;Q;south',
    '8;Q;south',
    '9;Q;south',
  ].join('\n'),
);

describe('every rule', () => {
  it('never spends more than the budget', () => {
    fc.assert(
      fc.property(
        arbitraryInstance(),
        fc.constantFrom('cost', 'cardinality' as const),
        (instance, satisfaction) => {
          const greedy = computeBudget(instance, { rule: 'greedy', satisfaction });
          expect(greedy.cost).toBeLessThanOrEqual(instance.budget);
          for (const completion of COMPLETIONS) {
            const outcome = computeBudget(instance, { rule: 'mes', completion, satisfaction });
            expect(outcome.cost).toBeLessThanOrEqual(instance.budget);
            expect(new Set(outcome.selected).size).toBe(outcome.selected.length);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('EJR up to one', () => {
  it('is satisfied by MES with every completion on random approval instances', () => {
    const approval = arbitraryInstance({ maxProjects: 6, maxBallots: 12 }).map((instance) => ({
      ...instance,
      voteType: 'approval' as const,
      voteColumns: ['voter_id', 'vote', 'district'],
      ballots: instance.ballots.map((ballot) => ({ ...ballot, points: null })),
    }));
    fc.assert(
      fc.property(
        approval,
        fc.constantFrom('cost', 'cardinality' as const),
        fc.constantFrom(...COMPLETIONS),
        (instance, satisfaction, completion) => {
          const profile = buildProfile(instance);
          const outcome = computeBudget(instance, { rule: 'mes', completion, satisfaction });
          expect(
            findEjrViolation(profile, indices(outcome.selected, profile.projectIds), satisfaction),
          ).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the violation greedy commits against a minority', () => {
    const profile = buildProfile(minority);
    const greedy = computeBudget(minority, { rule: 'greedy' });
    expect(greedy.selected).toEqual(['P1', 'P2']);
    expect(findEjrViolation(profile, indices(greedy.selected, profile.projectIds), 'cost')).toMatchObject({
      unsatisfiedVoters: 3,
    });
  });

  it('is met by MES on the same minority instance', () => {
    expect(computeBudget(minority, { rule: 'mes' }).selected).toEqual(['P1', 'Q']);
  });
});

describe('greedy', () => {
  it('reproduces the official Kraków 2020 Podgórze result from Borda-like ordinal scores', () => {
    const instance = fixture('poland_krakow_2020_podgorze.pb');
    const official = instance.projects
      .filter((project) => project.fields.selected === '1')
      .map((project) => project.id);
    expect(computeBudget(instance, { rule: 'greedy' }).selected.sort()).toEqual(official.sort());
  });

  // A: 5 approvals for 9; B: 3 approvals for 2; budget 10 holds only one of them.
  const pair = parsePb(
    [
      'META',
      'key;value',
      'budget;10',
      'vote_type;approval',
      'PROJECTS',
      'project_id;cost',
      'A;9',
      'B;2',
      'VOTES',
      'voter_id;vote',
      '1;A',
      '2;A',
      '3;A',
      '4;A',
      '5;A,B',
      '6;B',
      '7;B',
    ].join('\n'),
  );

  it('ranks by approvals with cost satisfaction (pabulib greedy)', () => {
    expect(computeBudget(pair, { rule: 'greedy' }).selected).toEqual(['A']);
  });

  it('ranks by approvals per unit of cost with cardinality satisfaction', () => {
    expect(computeBudget(pair, { rule: 'greedy', satisfaction: 'cardinality' }).selected).toEqual(['B']);
  });
});

describe('explanations', () => {
  const outcome = computeBudget(minority, { rule: 'mes', explain: true });
  const explained = (id: string) => outcome.explanations?.find((entry) => entry.projectId === id);

  it('say who paid for a funded project and at what equal share', () => {
    expect(explained('P1')).toMatchObject({ status: 'funded', round: 1, payers: { full: 7, allTheyHad: 0 } });
    expect(explained('P1')?.pricePerSupporter).toBeCloseTo(5 / 7, 12);
    expect(explained('P1')?.effectiveVotes).toBeCloseTo(7, 12);
    expect(explained('P1')?.supportersMoney).toMatchObject({ min: 1, max: 1 });
  });

  it('read as a sentence naming the winner of the round', () => {
    const p2 = explained('P2');
    expect(p2 && describeExplanation(p2)).toMatch(
      /not funded, last affordable in round 1 .* beaten by P1 with 7\.0/,
    );
  });

  it('name the project that beat an unfunded one and the money its supporters had left', () => {
    const p2 = explained('P2');
    expect(p2).toMatchObject({
      status: 'not-funded',
      reason: 'outbid',
      round: 1,
      lostTo: { projectId: 'P1' },
    });
    expect(p2?.moneyWhenDropped).toBeCloseTo(7 * (1 - 5 / 7), 9);
  });
});

describe('jurisdictions', () => {
  const outcome = computeBudget(minority, {
    rule: 'mes',
    jurisdictions: {
      jurisdictionOfBallot: jurisdictionsFromColumn(minority, 'district'),
      contributions: { north: 6, south: 4 },
    },
  });
  const north = outcome.jurisdictions?.find((entry) => entry.jurisdiction === 'north');
  const south = outcome.jurisdictions?.find((entry) => entry.jurisdiction === 'south');

  it('attribute each funded project to the jurisdictions of its supporters', () => {
    // P1 (5) is supported only in the north, Q (3) only in the south.
    expect(north).toMatchObject({ voters: 7, benefit: 5, contributed: 6, contributionShare: 0.6 });
    expect(south).toMatchObject({ voters: 3, benefit: 3, contributed: 4 });
    expect(north?.benefitShare).toBeCloseTo(5 / 8, 12);
  });

  it('compare benefit share with contribution share', () => {
    expect(south?.benefitPerContribution).toBeCloseTo(3 / 8 / 0.4, 12);
  });

  it('report what MES charged each jurisdiction', () => {
    expect(north?.paidInMes).toBeCloseTo(5, 9);
    expect(south?.paidInMes).toBeCloseTo(3, 9);
  });

  it('name a missing VOTES column', () => {
    expect(() => jurisdictionsFromColumn(minority, 'neighborhood')).toThrow(/no column "neighborhood"/);
  });
});

describe('voter weights', () => {
  it('count a voter of weight k like k voters with the same ballot', () => {
    fc.assert(
      fc.property(
        arbitraryInstance({ maxProjects: 5, maxBallots: 6 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
        fc.constantFrom('none', 'add1', 'utilitarian' as const),
        (instance, weights, completion) => {
          const voterWeights = instance.ballots.map((_, index) => weights[index] ?? 1);
          const copies = instance.ballots.flatMap((ballot, index) =>
            Array.from({ length: voterWeights[index] ?? 1 }, (_, copy) => ({
              ...ballot,
              voterId: `${ballot.voterId}.${copy}`,
            })),
          );
          const weighted = computeBudget(instance, { rule: 'mes', completion, voterWeights });
          const expanded = computeBudget({ ...instance, ballots: copies }, { rule: 'mes', completion });
          expect(weighted.selected).toEqual(expanded.selected);
          expect(computeBudget(instance, { rule: 'greedy', voterWeights }).selected).toEqual(
            computeBudget({ ...instance, ballots: copies }, { rule: 'greedy' }).selected,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a weight that is not a whole number', () => {
    expect(() =>
      computeBudget(minority, { rule: 'mes', voterWeights: minority.ballots.map(() => 0.5) }),
    ).toThrow(/whole number/);
  });
});
