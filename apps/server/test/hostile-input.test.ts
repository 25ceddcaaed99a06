import { count } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../src/modules/organisations/organisation.table.ts';
import { spaces } from '../src/modules/spaces/space.table.ts';
import {
  as,
  createOrganisation,
  createTestUser,
  organisationBody,
  spaceBody,
  type TestUser,
} from './factories.ts';
import { createTestApp, type TestApp } from './harness.ts';

/** Random and hostile bodies: the API answers 2xx or a problem+json 4xx, never 500, and writes nothing on 4xx. */
describe('hostile input', () => {
  let t: TestApp;
  let user: TestUser;
  let organisationId: string;
  beforeAll(async () => {
    t = await createTestApp();
    user = await createTestUser(t.database.db);
    organisationId = (await createOrganisation(t.app, user)).id;
  });
  afterAll(() => t.close());

  const rows = async (table: typeof organisations | typeof spaces) =>
    (await t.database.db.select({ n: count() }).from(table))[0]?.n ?? 0;

  // Valid bodies with random fields replaced by random values, plus wholly random values.
  const mutated = (base: Record<string, unknown>) =>
    fc.oneof(
      fc.anything(),
      fc
        .record({ key: fc.constantFrom(...Object.keys(base)), value: fc.anything() })
        .map(({ key, value }) => ({ ...base, [key]: value })),
      fc.dictionary(fc.string(), fc.jsonValue()).map((extra) => ({ ...base, ...extra })),
    );

  it.each([
    ['/api/organisations', organisations, () => organisationBody()],
    ['/api/spaces', spaces, () => spaceBody([organisationId])],
  ] as const)('POST %s', async (url, table, body) => {
    await fc.assert(
      fc.asyncProperty(mutated(body()), async (payload) => {
        const before = await rows(table);
        const response = await as(
          t.app,
          user,
        )({
          method: 'POST',
          url,
          payload: JSON.stringify(payload) ?? 'null',
          headers: { 'content-type': 'application/json' },
        });
        expect(response.statusCode).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expect(response.headers['content-type']).toContain('application/problem+json');
          expect(response.body).not.toMatch(/at .+\.ts:\d+/);
          expect(await rows(table)).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('names a field the route does not know, and saves nothing', async () => {
    const organisation = await createOrganisation(t.app, user);
    const response = await as(
      t.app,
      user,
    )({
      method: 'PATCH',
      url: `/api/organisations/${organisation.slug}`,
      payload: { website: 'https://changed.example.org', webiste: 'https://typo.example.org', version: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'body.webiste', message: 'unknown field' }]);
    const nested = await as(
      t.app,
      user,
    )({
      method: 'PATCH',
      url: `/api/organisations/${organisation.slug}`,
      payload: { names: { sv: { text: 'Förbundet', provenence: 'official' } }, version: 1 },
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().errors).toEqual([{ field: 'body.names.sv.provenence', message: 'unknown field' }]);
    const view = (
      await as(t.app, user)({ method: 'GET', url: `/api/organisations/${organisation.slug}` })
    ).json();
    expect(view).toMatchObject({ version: 1, website: organisationBody().website ?? null });
  });

  it('refuses bodies over the limit with 413', async () => {
    const response = await as(
      t.app,
      user,
    )({
      method: 'POST',
      url: '/api/organisations',
      payload: { ...organisationBody(), padding: 'x'.repeat(300_000) },
    });
    expect(response.statusCode).toBe(413);
  });

  it('caps page sizes', async () => {
    const response = await as(t.app, null)({ method: 'GET', url: '/api/organisations?limit=100000' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('querystring.limit');
  });
});
