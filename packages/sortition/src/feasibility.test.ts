import { describe, expect, it } from 'vitest';
import { findQuotaClashes, InfeasibleQuotasError } from './feasibility.ts';
import { selectPanels, sharedHighsSolver } from './select.ts';
import type { Person, Quota, SelectionProblem } from './types.ts';

const person = (id: string, a: string, b: string, c = 'c0'): Person => ({
  id,
  features: { A: a, B: b, C: c },
});
const quota = (category: string, feature: string, min: number, max: number): Quota => ({
  category,
  feature,
  min,
  max,
});

const people = [
  person('1', 'a1', 'b2'),
  person('2', 'a1', 'b2'),
  person('3', 'a1', 'b2'),
  person('4', 'a2', 'b1'),
  person('5', 'a2', 'b1'),
  person('6', 'a2', 'b1'),
];
const loose = [quota('C', 'c0', 0, 4)];

async function clashes(problem: SelectionProblem) {
  return findQuotaClashes(problem, await sharedHighsSolver());
}

describe('quota feasibility', () => {
  it('names a category whose minimums exceed the panel size', async () => {
    const quotas = [
      quota('A', 'a1', 3, 4),
      quota('A', 'a2', 2, 4),
      quota('B', 'b1', 0, 4),
      quota('B', 'b2', 0, 4),
      ...loose,
    ];
    const found = await clashes({ people, quotas, panelSize: 4 });
    expect(found.map((clash) => clash.kind)).toContain('mins-exceed-size');
    expect(found[0]?.message).toMatch(/minimums of A add up to 5/);
  });

  it('names a category whose maximums fall short of the panel size', async () => {
    const quotas = [
      quota('A', 'a1', 0, 1),
      quota('A', 'a2', 0, 2),
      quota('B', 'b1', 0, 4),
      quota('B', 'b2', 0, 4),
      ...loose,
    ];
    const found = await clashes({ people, quotas, panelSize: 4 });
    expect(found.map((clash) => clash.kind)).toEqual(['maxes-below-size']);
  });

  it('names a feature whose minimum exceeds the people having it', async () => {
    const quotas = [
      quota('A', 'a1', 4, 4),
      quota('A', 'a2', 0, 4),
      quota('B', 'b1', 0, 4),
      quota('B', 'b2', 0, 4),
      ...loose,
    ];
    const found = await clashes({ people, quotas, panelSize: 4 });
    expect(found.map((clash) => clash.kind)).toEqual(['too-few-people']);
    expect(found[0]?.quotas).toEqual([quotas[0]]);
  });

  it('finds a clash between two categories with the ILP and leaves the innocent category out', async () => {
    // Everyone with a1 has b2, so "3 of a1" and "3 of b1" cannot both hold on 4 seats.
    const quotas = [
      quota('A', 'a1', 3, 4),
      quota('A', 'a2', 0, 4),
      quota('B', 'b1', 3, 4),
      quota('B', 'b2', 0, 4),
      ...loose,
    ];
    const found = await clashes({ people, quotas, panelSize: 4 });
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('no-panel');
    expect(new Set(found[0]?.quotas.map((q) => q.category))).toEqual(new Set(['A', 'B']));
  });

  it('reports nothing for feasible quotas', async () => {
    const quotas = [
      quota('A', 'a1', 1, 3),
      quota('A', 'a2', 1, 3),
      quota('B', 'b1', 1, 3),
      quota('B', 'b2', 1, 3),
      ...loose,
    ];
    expect(await clashes({ people, quotas, panelSize: 4 })).toEqual([]);
  });

  it('refuses to select from infeasible quotas, with the clash in the error', async () => {
    const quotas = [
      quota('A', 'a1', 3, 4),
      quota('A', 'a2', 0, 4),
      quota('B', 'b1', 3, 4),
      quota('B', 'b2', 0, 4),
      ...loose,
    ];
    const run = selectPanels({ people, quotas, panelSize: 4 }, 'leximin');
    await expect(run).rejects.toBeInstanceOf(InfeasibleQuotasError);
    await expect(run).rejects.toThrow(/A and B/);
  }, 60_000);

  it('counts one selectable person per household', async () => {
    const shared = people.map((p, i) => ({ ...p, household: i < 3 ? 'h' : `own${i}` }));
    const quotas = [
      quota('A', 'a1', 2, 4),
      quota('A', 'a2', 0, 4),
      quota('B', 'b1', 0, 4),
      quota('B', 'b2', 0, 4),
      ...loose,
    ];
    const found = await clashes({ people: shared, quotas, panelSize: 3 });
    expect(found.map((clash) => clash.kind)).toEqual(['too-few-people']);
  });
});
