import { readFileSync } from 'node:fs';
import { parseCategories, parseRespondents } from '../pool-input.ts';
import type { SelectionProblem } from '../types.ts';

/** Test-only: reads a fixture file beside the package (never /work/shared). */
export function fixtureText(path: string): string {
  return readFileSync(new URL(`../../test-fixtures/${path}`, import.meta.url), 'utf8');
}

export function exampleSmall(): SelectionProblem {
  const quotas = parseCategories(fixtureText('example_small_20/categories.csv'));
  const people = parseRespondents(fixtureText('example_small_20/respondents.csv'), quotas);
  return { people, quotas, panelSize: 20 };
}

export function sortitionAlgorithmsFixture(): SelectionProblem {
  const quotas = parseCategories(fixtureText('sortition_algorithms_fixture/features.csv'));
  const people = parseRespondents(fixtureText('sortition_algorithms_fixture/candidates.csv'), quotas, {
    idColumn: 'nationbuilder_id',
  });
  return { people, quotas, panelSize: 22 };
}

/** The reference's sorted per-person probabilities for one algorithm (`Legacy` or `LexiMin`). */
export function referenceProbabilities(algorithm: 'Legacy' | 'LexiMin'): number[] {
  return fixtureText('example_small_20/example_small_20_prob_allocs_data.csv')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([name]) => name === algorithm)
    .map(([, , probability]) => Number(probability))
    .sort((a, b) => a - b);
}

/** A percentage figure from the reference statistics file, e.g. `LEXIMIN minimum probability`. */
export function referenceStatistic(label: string): number {
  const line = fixtureText('example_small_20/example_small_20_statistics.txt')
    .split('\n')
    .find((row) => row.startsWith(label));
  const match = line?.match(/(\d+(?:\.\d+)?)%/);
  if (!match?.[1]) throw new Error(`statistic "${label}" not found`);
  return Number(match[1]) / 100;
}
