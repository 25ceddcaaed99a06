import { describe, expect, it } from 'vitest';
import { fairnessOf } from './fairness.ts';
import { selectPanels } from './select.ts';
import { panelViolation, structureOf } from './structure.ts';
import {
  exampleSmall,
  referenceProbabilities,
  referenceStatistic,
  sortitionAlgorithmsFixture,
} from './testing/fixtures.ts';

describe('LEXIMIN on example_small_20 (n=200, k=20)', async () => {
  const problem = exampleSmall();
  const result = await selectPanels(problem, 'leximin', { seed: 1 });

  it('gives every person probability k/n = 0.1, as the paper reports', () => {
    for (const probability of result.probabilities) expect(probability).toBeCloseTo(0.1, 6);
  });

  it('matches the reference sorted probabilities within 1e-3', () => {
    const reference = referenceProbabilities('LexiMin');
    const ours = [...result.probabilities].sort((a, b) => a - b);
    expect(ours).toHaveLength(reference.length);
    const worst = Math.max(...ours.map((p, i) => Math.abs(p - (reference[i] ?? Number.NaN))));
    expect(worst).toBeLessThan(1e-3);
  });

  it('matches the statistics file: minimum, Gini and geometric mean', () => {
    const fairness = fairnessOf(result.probabilities);
    expect(fairness.minProbability).toBeCloseTo(referenceStatistic('LEXIMIN minimum probability'), 3);
    expect(fairness.gini).toBeCloseTo(referenceStatistic('gini coefficient of LEXIMIN'), 3);
    expect(fairness.geometricMean).toBeCloseTo(referenceStatistic('geometric mean of LEXIMIN'), 3);
  });

  it('reports a minimum equal to the dual certificate bound (the LP optimum)', () => {
    const bound = result.stats.minProbabilityBound ?? Number.NaN;
    const minimum = Math.min(...result.probabilities);
    expect(bound).toBeGreaterThanOrEqual(minimum - 1e-9);
    expect(bound - minimum).toBeLessThan(1e-6);
  });

  it('returns a proper distribution of quota-respecting panels', () => {
    const structure = structureOf(problem);
    const total = result.distribution.probabilities.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 9);
    for (const panel of result.distribution.panels) expect(panelViolation(structure, panel)).toBeUndefined();
  });
});

describe('LEGACY on example_small_20', () => {
  it('roughly reproduces the reference LEGACY shape (seeded simulation, 3,000 draws)', async () => {
    const result = await selectPanels(exampleSmall(), 'legacy', { seed: 7, legacyRuns: 3000 });
    const ours = [...result.probabilities].sort((a, b) => a - b);
    const reference = referenceProbabilities('Legacy');
    const meanGap = ours.reduce((sum, p, i) => sum + Math.abs(p - (reference[i] ?? 0)), 0) / ours.length;
    expect(meanGap).toBeLessThan(0.01);
    // The reference has a handful of people far below k/n; so must we.
    const lowOurs = ours.filter((p) => p < 0.05).length;
    const lowReference = reference.filter((p) => p < 0.05).length;
    expect(Math.abs(lowOurs - lowReference)).toBeLessThanOrEqual(3);
    // The paper's LEGACY minimum is <= 1.21% (99% bound); sampling noise at 3,000 draws is about 0.2%.
    expect(Math.min(...ours)).toBeLessThan(referenceStatistic('LEGACY minimum probability') + 0.01);
  }, 60_000);
});

describe('LEXIMIN on the sortition-algorithms fixture (150 people, 4 categories, k=22)', async () => {
  const problem = sortitionAlgorithmsFixture();
  const result = await selectPanels(problem, 'leximin', { seed: 3 });

  it('keeps the quotas in every panel of the distribution', () => {
    const structure = structureOf(problem);
    for (const panel of result.distribution.panels) expect(panelViolation(structure, panel)).toBeUndefined();
  });

  it('gives probabilities that sum to k from a proper distribution', () => {
    expect(result.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(22, 6);
    expect(result.distribution.probabilities.every((p) => p > 0)).toBe(true);
    expect(result.distribution.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('reaches the certified maximin value as its minimum', () => {
    const bound = result.stats.minProbabilityBound ?? Number.NaN;
    expect(bound - Math.min(...result.probabilities)).toBeLessThan(1e-6);
  });
});
