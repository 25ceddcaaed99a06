import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMesWithCompletion } from './completion.ts';
import { computeBudget } from './compute.ts';
import type { PbInstance } from './instance.ts';
import { runMes, type Satisfaction } from './mes.ts';
import { parsePb } from './pb-parse.ts';
import { buildProfile } from './profile.ts';
import { Rational } from './rational.ts';
import { arbitraryInstance } from './testing/arbitraries.ts';
import { naiveExactMes } from './testing/exact-mes.ts';
import { DEFAULT_TIE_BREAKING } from './tie-breaking.ts';

const fixture = (name: string) =>
  parsePb(readFileSync(new URL(`../test-fixtures/${name}`, import.meta.url), 'utf8'));
const officiallySelected = (instance: PbInstance) =>
  instance.projects
    .filter((project) => project.fields.selected === '1')
    .map((project) => project.id)
    .sort();

/** Instances with few distinct costs and small electorates, so that exact ties are frequent. */
const tieProne = arbitraryInstance({ maxProjects: 6, maxBallots: 10 }).map((instance) => ({
  ...instance,
  projects: instance.projects.map((project, index) => ({
    ...project,
    cost: [0, 30, 60, 90, 60, 30][index % 6] ?? 30,
  })),
  budget: 10 * Math.round(instance.budget / 10),
}));

describe('Method of Equal Shares', () => {
  it('selects exactly the official Wieliczka 2023 projects with Add1 (rule equalshares/add1)', () => {
    const instance = fixture('poland_wieliczka_2023_green-budget.pb');
    const outcome = computeBudget(instance, { rule: 'mes', completion: 'add1' });
    expect([...outcome.selected].sort()).toEqual(officiallySelected(instance));
    expect(outcome.cost).toBeLessThanOrEqual(instance.budget);
  });

  it('ends the Wieliczka Add1 loop at 315 per voter, as the research note measured', () => {
    const outcome = computeBudget(fixture('poland_wieliczka_2023_green-budget.pb'), {
      rule: 'mes',
      completion: 'add1',
    });
    expect(outcome.endowment).toBe(315);
  });

  it('stops at 302 per voter with add1e, 3 projects away from the official result (research note)', () => {
    const instance = fixture('poland_wieliczka_2023_green-budget.pb');
    const add1e = computeBudget(instance, { rule: 'mes', completion: 'add1e' });
    const official = officiallySelected(instance);
    const differing = [
      ...official.filter((id) => !add1e.selected.includes(id)),
      ...add1e.selected.filter((id) => !official.includes(id)),
    ];
    expect(add1e.endowment).toBe(302);
    expect(differing).toHaveLength(3);
  });

  it.each(['cost', 'cardinality'] as const)(
    'agrees with a naive exact MES on random instances (%s)',
    (satisfaction: Satisfaction) => {
      let exactChecks = 0;
      fc.assert(
        fc.property(fc.oneof(tieProne, arbitraryInstance()), (instance) => {
          const profile = buildProfile(instance);
          if (profile.voterCount === 0) return;
          const endowment = Rational.fromNumber(instance.budget).div(Rational.of(BigInt(profile.voterCount)));
          const fast = runMes(profile, endowment, { satisfaction, tieBreaking: DEFAULT_TIE_BREAKING });
          exactChecks += fast.exactChecks;
          expect(fast.selected).toEqual(
            naiveExactMes(profile, endowment, satisfaction, DEFAULT_TIE_BREAKING),
          );
        }),
        { numRuns: 300 },
      );
      // The property is only meaningful if near-ties really reached the exact path.
      expect(exactChecks).toBeGreaterThan(0);
    },
  );

  it('finds the same prices by sorting supporters as by poor/rich passes', () => {
    fc.assert(
      fc.property(
        fc.oneof(tieProne, arbitraryInstance()),
        fc.constantFrom('cost', 'cardinality' as const),
        (instance, satisfaction) => {
          const profile = buildProfile(instance);
          if (profile.voterCount === 0) return;
          const endowment = Rational.fromNumber(instance.budget).div(Rational.of(BigInt(profile.voterCount)));
          const sorted = runMes(profile, endowment, {
            satisfaction,
            tieBreaking: DEFAULT_TIE_BREAKING,
            poorRichPasses: 0,
          });
          expect(sorted.selected).toEqual(
            naiveExactMes(profile, endowment, satisfaction, DEFAULT_TIE_BREAKING),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees with the naive exact MES on the cumulative Częstochowa ballots', () => {
    const profile = buildProfile(fixture('poland_czestochowa_2020_grabowka.pb'));
    const endowment = Rational.fromNumber(profile.budget).div(Rational.of(BigInt(profile.voterCount)));
    for (const satisfaction of ['cost', 'cardinality'] as const) {
      const fast = runMes(profile, endowment, { satisfaction, tieBreaking: DEFAULT_TIE_BREAKING });
      expect(fast.selected).toEqual(naiveExactMes(profile, endowment, satisfaction, DEFAULT_TIE_BREAKING));
    }
  });

  it('repeats the Add1 steps of the exact oracle on random instances', () => {
    fc.assert(
      fc.property(tieProne, (instance) => {
        const profile = buildProfile(instance);
        if (profile.voterCount === 0 || profile.voterCount > 6) return;
        const cost = (projects: number[]) =>
          projects.reduce((sum, project) => sum + (profile.cost[project] ?? 0), 0);
        const all = profile.projectIds.map((_, index) => index);
        const outcome = runMesWithCompletion(profile, {
          satisfaction: 'cost',
          completion: 'add1',
          tieBreaking: DEFAULT_TIE_BREAKING,
        });
        const supported = all.filter((project) => (profile.totalPoints[project] ?? 0) > 0);
        // Without a budget-exceeding outcome the textbook +1 loop never ends; tested separately below.
        if (cost(supported) <= profile.budget) return;
        let endowment = Math.floor(profile.budget / profile.voterCount);
        let expected = naiveExactMes(profile, Rational.of(BigInt(endowment)), 'cost', DEFAULT_TIE_BREAKING);
        for (;;) {
          const next = naiveExactMes(
            profile,
            Rational.of(BigInt(endowment + 1)),
            'cost',
            DEFAULT_TIE_BREAKING,
          );
          if (cost(next) > profile.budget) break;
          endowment++;
          expected = next;
        }
        expect(outcome.selected).toEqual(expected);
        expect(outcome.endowment.toNumber()).toBe(endowment);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Add1 when every supported project fits', () => {
  const text = [
    'META',
    'key;value',
    'budget;100',
    'vote_type;approval',
    'PROJECTS',
    'project_id;cost',
    'a;50',
    'b;40',
    'nobody;500',
    'VOTES',
    'voter_id;vote',
    '1;a',
    '2;a',
    '3;b',
    '4;a,b',
  ].join('\n');

  it('ends and funds all supported projects', () => {
    expect(computeBudget(parsePb(text), { rule: 'mes', completion: 'add1' }).selected.sort()).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('tie-breaking', () => {
  // Two projects that every rule rates equally: same price per supporter, same number of supporters.
  const tied = parsePb(
    [
      'META',
      'key;value',
      'budget;80',
      'vote_type;approval',
      'PROJECTS',
      'project_id;cost',
      'b;10',
      'a;30',
      'VOTES',
      'voter_id;vote',
      '1;b',
      '2;b',
      '3;a',
      '4;a',
    ].join('\n'),
  );

  it('prefers the cheaper project by default after an equal vote count', () => {
    expect(computeBudget(tied, { rule: 'mes' }).selected).toEqual(['b', 'a']);
  });

  it('follows a caller-chosen order such as higher cost first', () => {
    expect(computeBudget(tied, { rule: 'mes', tieBreaking: ['maxCost'] }).selected).toEqual(['a', 'b']);
  });

  it('decides the tie with exact fractions', () => {
    expect(computeBudget(tied, { rule: 'mes' }).exactChecks).toBeGreaterThan(0);
  });
});
