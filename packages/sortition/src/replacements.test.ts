import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';
import { ReplacementImpossibleError, replaceDropouts } from './replacements.ts';
import { selectPanels, sharedHighsSolver } from './select.ts';
import { panelViolation, structureOf } from './structure.ts';
import { exampleSmall } from './testing/fixtures.ts';
import type { Person, SelectionProblem } from './types.ts';

describe('replacements', () => {
  it('restores the quotas, keeps the remaining members and never re-picks a dropout', async () => {
    const problem = exampleSmall();
    const result = await selectPanels(problem, 'leximin', { seed: 5 });
    const panel = result.distribution.panels[0] ?? [];
    const dropouts = panel.slice(0, 4);
    const replaced = await replaceDropouts(
      problem,
      panel,
      dropouts,
      await sharedHighsSolver(),
      createRandom(1),
    );
    expect(panelViolation(structureOf(problem), replaced.panel)).toBeUndefined();
    for (const member of panel.slice(4)) expect(replaced.panel).toContain(member);
    for (const dropout of dropouts) expect(replaced.panel).not.toContain(dropout);
    expect(replaced.added).toHaveLength(4);
  }, 60_000);

  it('respects households of remaining members and among replacements', async () => {
    const people: Person[] = [
      { id: 'a', features: { g: 'f' }, household: 'h1' },
      { id: 'b', features: { g: 'f' }, household: 'h1' },
      { id: 'c', features: { g: 'f' }, household: 'h2' },
      { id: 'd', features: { g: 'm' } },
      { id: 'e', features: { g: 'f' } },
    ];
    const problem: SelectionProblem = {
      people,
      quotas: [
        { category: 'g', feature: 'f', min: 2, max: 2 },
        { category: 'g', feature: 'm', min: 0, max: 1 },
      ],
      panelSize: 2,
    };
    // Panel {a, c}; c drops out. b shares a's household, so only e can replace c.
    const replaced = await replaceDropouts(problem, [0, 2], [2], await sharedHighsSolver(), createRandom(3));
    expect(replaced.panel).toEqual([0, 4]);
  }, 60_000);

  it('says when no replacement can restore the quotas', async () => {
    const people: Person[] = [
      { id: 'a', features: { g: 'f' } },
      { id: 'b', features: { g: 'f' } },
      { id: 'c', features: { g: 'm' } },
    ];
    const problem: SelectionProblem = {
      people,
      quotas: [
        { category: 'g', feature: 'f', min: 2, max: 2 },
        { category: 'g', feature: 'm', min: 0, max: 0 },
      ],
      panelSize: 2,
    };
    const run = replaceDropouts(problem, [0, 1], [1], await sharedHighsSolver(), createRandom(3));
    await expect(run).rejects.toBeInstanceOf(ReplacementImpossibleError);
  }, 60_000);
});
