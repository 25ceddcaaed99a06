import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePb } from '@crossgov/budgeting';
import { afterAll, describe, expect, it } from 'vitest';
import { runBudgetCompute, runBudgetConvert, runBudgetExplain, runBudgetFairness } from './budget.ts';

const fixtures = new URL('../../../../packages/budgeting/test-fixtures/', import.meta.url);
const wieliczka = new URL('poland_wieliczka_2023_green-budget.pb', fixtures).pathname;
const czestochowa = new URL('poland_czestochowa_2020_grabowka.pb', fixtures).pathname;
const directory = mkdtempSync(join(tmpdir(), 'crossgov-budget-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

const official = parsePb(readFileSync(wieliczka, 'utf8'))
  .projects.filter((project) => project.fields.selected === '1')
  .map((project) => project.id);

describe('crossgov budget compute', () => {
  it('prints exactly the contract keys with --json', async () => {
    const result = await runBudgetCompute(wieliczka, { rule: 'mes', completion: 'add1', json: true });
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['rule', 'completion', 'selected', 'cost', 'budget', 'seconds']);
    expect(output).toMatchObject({ rule: 'mes', completion: 'add1', budget: 1_000_000 });
    expect(typeof output.seconds).toBe('number');
  });

  it('selects the official Wieliczka projects with mes and add1', async () => {
    const output = JSON.parse(
      (await runBudgetCompute(wieliczka, { rule: 'mes', completion: 'add1', json: true })).stdout,
    );
    expect([...output.selected].sort()).toEqual([...official].sort());
    expect(output.cost).toBeLessThanOrEqual(output.budget);
  });

  it('defaults to completion none for mes', async () => {
    const output = JSON.parse((await runBudgetCompute(czestochowa, { rule: 'mes', json: true })).stdout);
    expect(output.completion).toBe('none');
  });

  it('reports greedy with completion none', async () => {
    const output = JSON.parse((await runBudgetCompute(czestochowa, { rule: 'greedy', json: true })).stdout);
    expect(output).toMatchObject({ rule: 'greedy', completion: 'none' });
  });

  it('prints a readable report with the funded projects and why', async () => {
    const result = await runBudgetCompute(czestochowa, { rule: 'mes', completion: 'add1' });
    expect(result.stdout).toContain('funded');
    expect(result.stdout).toContain('why:');
    expect(result.stdout).toMatch(/196 \(cost 25,000/);
  });

  it('exits 2 and names the line of a malformed file', async () => {
    const broken = file('broken.pb', readFileSync(czestochowa, 'utf8').replace('112;196;10', '112;999;10'));
    const result = await runBudgetCompute(broken, { rule: 'mes', json: true });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/line 35: vote names unknown project "999"/);
    expect(result.stdout).toBe('');
  });

  it('exits 2 for a file that does not exist', async () => {
    expect((await runBudgetCompute(join(directory, 'missing.pb'), { rule: 'mes' })).exitCode).toBe(2);
  });

  it('refuses a completion with the greedy rule', async () => {
    const result = await runBudgetCompute(czestochowa, { rule: 'greedy', completion: 'add1', json: true });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('mes rule only');
  });

  it('refuses an unknown tie-breaking rule', async () => {
    expect((await runBudgetCompute(czestochowa, { rule: 'mes', tieBreaking: 'random' })).exitCode).toBe(1);
  });
});

describe('crossgov budget explain, fairness, convert', () => {
  it('explains one project', async () => {
    const result = await runBudgetExplain(wieliczka, {
      rule: 'mes',
      completion: 'add1',
      project: '24',
      json: true,
    });
    const [entry] = JSON.parse(result.stdout);
    expect(entry).toMatchObject({ projectId: '24', status: 'funded', reason: 'mes', round: 1 });
  });

  const pooled = [
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
  ].join('\n');

  it('reports contributions and benefit per jurisdiction', async () => {
    const path = file('pooled.pb', pooled);
    const result = await runBudgetFairness(path, {
      rule: 'mes',
      jurisdictionColumn: 'district',
      contributions: 'north=6,south=4',
      json: true,
    });
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.jurisdictions).toMatchObject([
      { jurisdiction: 'north', voters: 7, contributed: 6, benefit: 5 },
      { jurisdiction: 'south', voters: 3, contributed: 4, benefit: 3 },
    ]);
  });

  it('weights voters by a VOTES column', async () => {
    // With weight 3 each, the three Q voters outweigh the seven P voters.
    const weighted = pooled
      .replace('voter_id;vote;district', 'voter_id;vote;district;weight')
      .replace(/;(north|south)$/gm, (_, side) => `;${side};${side === 'south' ? 3 : 1}`);
    const result = await runBudgetCompute(file('weighted.pb', weighted), {
      rule: 'greedy',
      weightColumn: 'weight',
      json: true,
    });
    expect(JSON.parse(result.stdout).selected).toEqual(['Q', 'P1']);
  });

  it('names a jurisdiction column the file does not have', async () => {
    const result = await runBudgetFairness(file('pooled2.pb', pooled), {
      rule: 'mes',
      jurisdictionColumn: 'ward',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('no column "ward"');
  });

  it('re-writes a file that parses back to the same instance', async () => {
    const out = join(directory, 'rewritten.pb');
    expect((await runBudgetConvert(wieliczka, out)).exitCode).toBe(0);
    expect(parsePb(readFileSync(out, 'utf8'))).toEqual(parsePb(readFileSync(wieliczka, 'utf8')));
  });
});
