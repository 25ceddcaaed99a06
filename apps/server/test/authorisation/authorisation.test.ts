import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, inBrowserOf } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { MATRIX, type Outcome } from './matrix.ts';
import { buildWorld, ROLES, type World } from './world.ts';

function matches(status: number, outcome: Outcome): boolean {
  return outcome === 'ok' ? status >= 200 && status < 300 : status === outcome;
}

describe('authorisation matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('has an entry for every API route', () => {
    const routes = t.app.routeList.map((route) => `${route.method} ${route.url}`);
    const missing = routes.filter((route) => !(route in MATRIX));
    const stale = Object.keys(MATRIX).filter((key) => !routes.includes(key));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  // Every route answers the same whether the person calls with an API token or from a signed-in browser
  // (session cookie and CSRF header): permissions live in the services, not in the way of signing in.
  describe.each([
    ['with an API token', as, false],
    ['from a signed-in browser', inBrowserOf, true],
  ] as const)('%s', (_credentials, caller, fromBrowser) => {
    describe.each(Object.entries(MATRIX))('%s', (_route, entry) => {
      let world: World;
      beforeAll(async () => {
        world = await buildWorld(t.app, t.database.db);
      });

      // Roles run in order, weakest first, against one world per route, so a permitted change by a stronger
      // role cannot hide a refusal that a weaker role should have had.
      it.each(ROLES)('%s', async (role) => {
        const user = role === 'anonymous' ? null : world.users[role];
        const response = await caller(t.app, user)(entry.request(world, role));
        const expected = ((fromBrowser && entry.expectFromBrowser) || entry.expect)[role];
        if (!matches(response.statusCode, expected))
          throw new Error(`expected ${expected}, got ${response.statusCode}: ${response.body.slice(0, 300)}`);
        if (response.statusCode >= 400)
          expect(response.headers['content-type']).toContain('application/problem+json');
      });
    });
  });
});
