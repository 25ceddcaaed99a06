import { count, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssembly } from '../../../test/assembly-fixtures.ts';
import { as, createOrganisation, createTestUser, type TestUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { assemblyVolunteers } from './assembly.table.ts';

/** Hostile pool files and registrations: a clean 2xx or 4xx, never a 500, and nothing half-written. */
describe('assembly input under random and hostile values', () => {
  let t: TestApp;
  let manager: TestUser;
  let space: { id: string; slug: string };
  beforeAll(async () => {
    t = await createTestApp();
    manager = await createTestUser(t.database.db, { name: 'Manager' });
    const org = await createOrganisation(t.app, manager);
    space = await createAssembly(t.app, manager, [org.id]);
  });
  afterAll(() => t.close());

  const poolSize = async () =>
    (
      await t.database.db
        .select({ n: count() })
        .from(assemblyVolunteers)
        .where(eq(assemblyVolunteers.spaceId, space.id))
    )[0]?.n ?? 0;

  const cell = fc.oneof(
    fc.constantFrom('woman', 'man', 'se', 'fi', '', '"', '""', ',', '\n', '\r\n', ' woman '),
    fc.string({ maxLength: 8 }),
  );
  const csv = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc
      .tuple(
        fc.constantFrom(
          'gender,country',
          'id,gender,country,email',
          'country,gender,household',
          'gender',
          'x,y',
        ),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
      )
      .map(([header, rows]) => [header, ...rows.map((row) => row.join(','))].join('\n')),
  );

  it('imports a whole file or none of it', async () => {
    await fc.assert(
      fc.asyncProperty(csv, async (text) => {
        const before = await poolSize();
        const response = await as(
          t.app,
          manager,
        )({
          method: 'POST',
          url: `/api/spaces/${space.slug}/assembly/volunteers/import`,
          payload: { csv: text },
        });
        expect([200, 422]).toContain(response.statusCode);
        const after = await poolSize();
        if (response.statusCode === 200) expect(after - before).toBe(response.json().imported);
        else expect(after).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('answers any registration body with a problem or a registration, never a 500', async () => {
    const base = {
      name: 'A',
      email: 'a@example.org',
      household: '65100',
      features: { gender: 'woman', country: 'fi' },
      consent: true,
      language: 'en',
    };
    await fc.assert(
      fc.asyncProperty(
        fc.record({ key: fc.constantFrom(...Object.keys(base)), value: fc.anything() }),
        async ({ key, value }) => {
          const before = await poolSize();
          const response = await as(
            t.app,
            null,
          )({
            method: 'POST',
            url: `/api/spaces/${space.slug}/assembly/registrations`,
            payload: { ...base, [key]: value },
          });
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode >= 400) expect(await poolSize()).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
