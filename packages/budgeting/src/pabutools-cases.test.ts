import { describe, expect, it } from 'vitest';
import { computeBudget } from './compute.ts';
import type { PbInstance } from './instance.ts';
import type { Satisfaction } from './mes.ts';

/**
 * Small elections whose outcomes pabutools' own test-suite states (COMSOC-Community/pabutools,
 * tests/rules/test_rule.py: AppEx_1 to AppEx_4, AllAfford and the running example of Lackner & Skowron
 * 2023). pabutools lists every outcome a tie could give; a resolute rule must return one of them.
 */
function election(budget: number, costs: Record<string, number>, ballots: string[][]): PbInstance {
  return {
    meta: [
      ['budget', String(budget)],
      ['vote_type', 'approval'],
    ],
    voteType: 'approval',
    budget,
    projectColumns: ['project_id', 'cost'],
    projects: Object.entries(costs).map(([id, cost]) => ({ id, cost, fields: {} })),
    voteColumns: ['voter_id', 'vote'],
    ballots: ballots.map((projects, index) => ({
      voterId: String(index),
      projects,
      points: null,
      fields: {},
    })),
  };
}

const example2Ballots = [['p0'], ['p1', 'p2', 'p3'], ['p1', 'p2', 'p3'], ['p2']];
const cases: {
  name: string;
  instance: PbInstance;
  rule: 'mes' | 'greedy';
  satisfaction: Satisfaction;
  allowed: string[][];
}[] = [
  {
    name: 'AppEx_1 greedy, cost',
    instance: election(3, { p0: 1, p1: 3, p2: 2, p3: 1 }, [
      ['p0', 'p1', 'p2', 'p3'],
      ['p0', 'p1', 'p2', 'p3'],
    ]),
    rule: 'greedy',
    satisfaction: 'cost',
    allowed: [['p0', 'p2'], ['p0', 'p3'], ['p1'], ['p2', 'p3']],
  },
  {
    name: 'AppEx_1 greedy, cardinality',
    instance: election(3, { p0: 1, p1: 3, p2: 2, p3: 1 }, [
      ['p0', 'p1', 'p2', 'p3'],
      ['p0', 'p1', 'p2', 'p3'],
    ]),
    rule: 'greedy',
    satisfaction: 'cardinality',
    allowed: [['p0', 'p3']],
  },
  {
    name: 'AppEx_2 MES, cardinality',
    instance: election(4, { p0: 1, p1: 0.9, p2: 2, p3: 1.09 }, example2Ballots),
    rule: 'mes',
    satisfaction: 'cardinality',
    allowed: [['p0', 'p1', 'p3']],
  },
  {
    name: 'AppEx_2 MES, cost',
    instance: election(4, { p0: 1, p1: 0.9, p2: 2, p3: 1.09 }, example2Ballots),
    rule: 'mes',
    satisfaction: 'cost',
    allowed: [['p0', 'p2']],
  },
  {
    name: 'AppEx_3 (unsupported projects) MES, cardinality',
    instance: election(4, { p0: 1, p1: 0.9, p2: 2, p3: 1.09, p4: 1.09, p5: 1.09 }, example2Ballots),
    rule: 'mes',
    satisfaction: 'cardinality',
    allowed: [['p0', 'p1', 'p3']],
  },
  {
    name: 'AppEx_3 (unsupported projects) MES, cost',
    instance: election(4, { p0: 1, p1: 0.9, p2: 2, p3: 1.09, p4: 1.09, p5: 1.09 }, example2Ballots),
    rule: 'mes',
    satisfaction: 'cost',
    allowed: [['p0', 'p2']],
  },
  ...(['cost', 'cardinality'] as const).map((satisfaction) => ({
    name: `AppEx_4 (free project) greedy, ${satisfaction}`,
    instance: election(2, { p0: 0, p1: 1, p2: 2 }, [['p0'], ['p0', 'p1', 'p2'], ['p2']]),
    rule: 'greedy' as const,
    satisfaction,
    allowed:
      satisfaction === 'cost'
        ? [['p0', 'p2']]
        : [
            ['p0', 'p1'],
            ['p0', 'p2'],
          ],
  })),
  ...(['cost', 'cardinality'] as const).map((satisfaction) => ({
    name: `AppEx_4 (free project) MES, ${satisfaction}`,
    instance: election(2, { p0: 0, p1: 1, p2: 2 }, [['p0'], ['p0', 'p1', 'p2'], ['p2']]),
    rule: 'mes' as const,
    satisfaction,
    allowed: satisfaction === 'cost' ? [[]] : [['p0']],
  })),
  ...(['mes', 'greedy'] as const).flatMap((rule) =>
    (['cost', 'cardinality'] as const).map((satisfaction) => ({
      name: `AllAfford ${rule}, ${satisfaction}`,
      instance: election(7, { p0: 1, p1: 3, p2: 2, p3: 1 }, [['p0', 'p1', 'p2', 'p3']]),
      rule,
      satisfaction,
      allowed: [['p0', 'p1', 'p2', 'p3']],
    })),
  ),
  ...(['cost', 'cardinality'] as const).map((satisfaction) => ({
    name: `Lackner & Skowron running example, MES, ${satisfaction}`,
    instance: election(4, { a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1 }, [
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'c'],
      ['a', 'c'],
      ['a', 'd'],
      ['a', 'd'],
      ['b', 'c', 'f'],
      ['e'],
      ['f'],
      ['g'],
    ]),
    rule: 'mes' as const,
    satisfaction,
    allowed: [['a']],
  })),
];

describe('pabutools test-suite expectations', () => {
  it.each(cases)('$name', ({ instance, rule, satisfaction, allowed }) => {
    const selected = computeBudget(instance, { rule, satisfaction }).selected.sort();
    expect(allowed.map((outcome) => [...outcome].sort())).toContainEqual(selected);
  });
});
