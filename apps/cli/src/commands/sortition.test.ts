import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { outcomeOf, runSortitionDraw, runSortitionSelect } from './sortition.ts';

const fixtures = fileURLToPath(new URL('../../../../packages/sortition/test-fixtures/', import.meta.url));
const small = {
  categories: join(fixtures, 'example_small_20/categories.csv'),
  respondents: join(fixtures, 'example_small_20/respondents.csv'),
  panelSize: '20',
};
const directory = mkdtempSync(join(tmpdir(), 'crossgov-sortition-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const SEED = '00112233445566778899aabbccddeeff';

describe('crossgov sortition select --json', () => {
  it('prints the contract object for LEXIMIN on example_small_20', async () => {
    const outcome = await outcomeOf(() => runSortitionSelect({ ...small, algorithm: 'leximin', json: true }));
    expect(outcome.exitCode).toBe(0);
    const result = JSON.parse(outcome.output);
    expect(Object.keys(result).sort()).toEqual(
      [
        'algorithm',
        'geometricMean',
        'gini',
        'minProbability',
        'panelSize',
        'panels',
        'probabilities',
        'seconds',
      ].sort(),
    );
    expect(result.algorithm).toBe('leximin');
    expect(result.panelSize).toBe(20);
    expect(Object.keys(result.probabilities)).toHaveLength(200);
    expect(result.probabilities['0']).toBeCloseTo(0.1, 6);
    expect(result.minProbability).toBeCloseTo(0.1, 6);
    const total = result.panels.reduce(
      (sum: number, panel: { probability: number }) => sum + panel.probability,
      0,
    );
    expect(total).toBeCloseTo(1, 9);
    expect(result.panels[0].members).toHaveLength(20);
    expect(typeof result.panels[0].members[0]).toBe('string');
    expect(result.seconds).toBeGreaterThan(0);
  });

  it('uses the named id column', async () => {
    const outcome = await outcomeOf(() =>
      runSortitionSelect({
        categories: join(fixtures, 'sortition_algorithms_fixture/features.csv'),
        respondents: join(fixtures, 'sortition_algorithms_fixture/candidates.csv'),
        panelSize: '22',
        algorithm: 'legacy',
        idColumn: 'nationbuilder_id',
        legacyRuns: '50',
        json: true,
      }),
    );
    const result = JSON.parse(outcome.output);
    expect(Object.keys(result.probabilities)).toContain('p0');
    expect(result.panels[0].members[0]).toMatch(/^p\d+$/);
  });

  it('exits with code 2 naming a missing file', async () => {
    const outcome = await outcomeOf(() =>
      runSortitionSelect({
        ...small,
        categories: join(directory, 'nope.csv'),
        algorithm: 'leximin',
        json: true,
      }),
    );
    expect(outcome).toEqual({ exitCode: 2, output: expect.stringContaining('nope.csv: not found') });
  });

  it('exits with code 2 naming the line and field of a non-numeric min', async () => {
    const path = join(directory, 'bad.csv');
    writeFileSync(path, 'category,feature,min,max\ngender,female,nine,20\n');
    const outcome = await outcomeOf(() =>
      runSortitionSelect({ ...small, categories: path, algorithm: 'leximin' }),
    );
    expect(outcome.exitCode).toBe(2);
    expect(outcome.output).toContain('line 2, field "min"');
  });

  it('exits with code 2 naming an unknown category value in the respondents', async () => {
    const path = join(directory, 'pool.csv');
    writeFileSync(path, 'gender,leaning\nfemale,liberal\nrobot,liberal\n');
    const outcome = await outcomeOf(() =>
      runSortitionSelect({ ...small, respondents: path, panelSize: '1', algorithm: 'leximin' }),
    );
    expect(outcome.exitCode).toBe(2);
    expect(outcome.output).toContain('line 3, field "gender"');
  });

  it('exits with code 2 on an unknown algorithm', async () => {
    const outcome = await outcomeOf(() => runSortitionSelect({ ...small, algorithm: 'random' }));
    expect(outcome.exitCode).toBe(2);
  });

  it('exits with code 2 and names the clashing quotas when they are infeasible', async () => {
    const outcome = await outcomeOf(() =>
      runSortitionSelect({ ...small, panelSize: '17', algorithm: 'maximin' }),
    );
    expect(outcome.exitCode).toBe(2);
    expect(outcome.output).toMatch(/minimums of (gender|leaning) add up to 18/);
  });
});

describe('crossgov sortition select --lottery-out, then draw', async () => {
  const lottery = join(directory, 'lottery.json');
  const commitment = (await import('@crossgov/sortition')).seedCommitment(SEED);
  const selected = await outcomeOf(() =>
    runSortitionSelect({
      ...small,
      algorithm: 'maximin',
      lotteryOut: lottery,
      lotterySize: '100',
      seedHash: commitment,
      legacyRuns: '200',
    }),
  );

  it('prints a human report with LEGACY side by side', () => {
    expect(selected.exitCode).toBe(0);
    expect(selected.output).toMatch(/minimum probability\s+10\.00%/);
    expect(selected.output).toContain('LEGACY');
  });

  it('draws the same panel twice from the committed seed', async () => {
    const first = await outcomeOf(() => runSortitionDraw({ lottery, seed: SEED, json: true }));
    const second = await outcomeOf(() => runSortitionDraw({ lottery, seed: SEED, json: true }));
    expect(first.exitCode).toBe(0);
    expect(second.output).toBe(first.output);
    const drawn = JSON.parse(first.output);
    expect(drawn.members).toHaveLength(20);
    expect(drawn.seedHash).toBe(commitment);
  });

  it('refuses a seed that does not match the commitment', async () => {
    const outcome = await outcomeOf(() => runSortitionDraw({ lottery, seed: `${SEED.slice(0, -1)}0` }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.output).toContain('committed to');
  });
});
