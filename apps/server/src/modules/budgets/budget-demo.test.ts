import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { seedDemoWorld } from '../seed/demo-seed.service.ts';

describe('the demo budgets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoWorld(t.database.db, { adminPassword: 'a-known-admin-password' });
  });
  afterAll(() => t.close());

  it('publish the Kvarken 2026 results with both regions in the fairness report', async () => {
    const response = await as(
      t.app,
      null,
    )({ method: 'GET', url: '/api/spaces/kvarken-budget-2026/budgets/results' });
    expect(response.statusCode).toBe(200);
    const results = response.json();
    expect(results.voters).toBe(160);
    expect(results.selected.length).toBeGreaterThan(1);
    expect(results.cost).toBeLessThanOrEqual(results.pot);
    // The demo tells the comparison's story: equal shares and most-votes-first fund different projects.
    expect([...results.selected].sort()).not.toEqual([...results.greedySelected].sort());
    expect(results.fairness.map((row: { jurisdiction: string }) => row.jurisdiction)).toEqual([
      'FI-12',
      'SE-AC',
    ]);
  });

  it('leave Kvarken 2027 open for voting, with the unfeasible bridge kept off the ballot', async () => {
    const view = (
      await as(t.app, null)({ method: 'GET', url: '/api/spaces/kvarken-budget-2027/budgets/settings' })
    ).json();
    expect(view.phase).toBe('voting');
    expect(view.pot.total).toBe(604_500);
    const projects = (
      await as(t.app, null)({ method: 'GET', url: '/api/spaces/kvarken-budget-2027/budgets/projects' })
    ).json();
    const refused = projects.items.filter(
      (project: { feasibility: string }) => project.feasibility === 'not_feasible',
    );
    expect(refused).toHaveLength(1);
    expect(refused[0].feasibilityReason).toContain('whole budget');
  });
});
