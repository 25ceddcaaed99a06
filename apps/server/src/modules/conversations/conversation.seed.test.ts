import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { seedDemoWorld } from '../seed/demo-seed.service.ts';

describe('the demo conversation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoWorld(t.database.db, { adminPassword: 'an admin password for the test' });
  });
  afterAll(() => t.close());

  it('shows opinion groups and statements that bridge Sweden and Finland once mapped', async () => {
    const space = (await t.app.inject({ method: 'GET', url: '/api/spaces/kvarken-ferry-future' })).json() as {
      id: string;
      kind: string;
    };
    expect(space.kind).toBe('conversation');
    t.app.conversationAnalysis.notify(space.id, true);
    await t.app.conversationAnalysis.idle();
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/spaces/kvarken-ferry-future/conversation/results',
    });
    const { results, statements } = response.json() as {
      statements: { id: number; language: string }[];
      results: {
        groups: unknown[];
        bridging: unknown[];
        countries: { country: string }[];
        inConversation: number;
      };
    };
    expect(new Set(statements.map((s) => s.language))).toEqual(new Set(['sv', 'fi', 'en']));
    expect(results.inConversation).toBe(250);
    expect(results.groups.length).toBeGreaterThanOrEqual(2);
    expect(results.countries.map((c) => c.country)).toEqual(['FI', 'SE']);
    expect(results.bridging.length).toBeGreaterThan(0);
  });
});
