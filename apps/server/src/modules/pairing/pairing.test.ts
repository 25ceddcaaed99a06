import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createOrganisation, createTestUser, type TestUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { pairFit } from './pairing-fit.ts';

type Cohort = {
  id: string;
  version: number;
  status: string;
  pairs: {
    personId: string;
    counterpartId: string;
    score: number;
    source: string;
    reasons: Record<string, unknown>;
  }[];
  totalScore: number;
  unpaired: string[];
};

describe('pairing cohorts', () => {
  let t: TestApp;
  let manager: TestUser;
  let organisation: { slug: string };
  const finns: TestUser[] = [];
  const abroad: TestUser[] = [];
  const profile = async (user: TestUser, body: Record<string, unknown>) => {
    const response = await as(t.app, user)({ method: 'PUT', url: '/api/me/profile', payload: body });
    expect(response.statusCode).toBe(200);
  };
  beforeAll(async () => {
    t = await createTestApp();
    manager = await createTestUser(t.database.db, { name: 'Programme manager' });
    organisation = await createOrganisation(t.app, manager, { country: 'FI' });
    const people = [
      ['FI', ['fi', 'en'], ['water', 'flooding'], [6]],
      ['FI', ['fi', 'sv'], ['energy'], [7]],
      ['FI', ['fi', 'en'], ['housing'], [11]],
    ] as const;
    const counterparts = [
      ['SE', ['sv'], ['energy', 'heating'], [7]],
      ['FR', ['fr', 'en'], ['water', 'rivers'], [6]],
      ['CA', ['en', 'fr'], ['housing', 'planning'], [11]],
      ['JP', ['ja'], ['robots'], [9]],
    ] as const;
    for (const [index, [jurisdiction, languages, expertise, openToSdgs]] of people.entries()) {
      const user = await createTestUser(t.database.db, { name: `Finn ${index}` });
      await profile(user, { jurisdiction, languages, expertise, openToSdgs });
      finns.push(user);
    }
    for (const [index, [jurisdiction, languages, expertise, openToSdgs]] of counterparts.entries()) {
      const user = await createTestUser(t.database.db, { name: `Abroad ${index}` });
      await profile(user, { jurisdiction, languages, expertise, openToSdgs });
      abroad.push(user);
    }
  });
  afterAll(() => t.close());

  const create = async () => {
    const response = await as(
      t.app,
      manager,
    )({
      method: 'POST',
      url: `/api/organisations/${organisation.slug}/pairing-cohorts`,
      payload: {
        name: 'Apprentices 2027',
        country: 'FI',
        cohort: finns.map((u) => u.id),
        pool: abroad.map((u) => u.id),
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json() as Cohort;
  };
  const call = (method: 'POST' | 'PUT', url: string, payload: object) =>
    as(t.app, manager)({ method, url, payload });

  it('proposes the pairs with the greatest total fit, found exactly', async () => {
    const cohort = await create();
    const proposed = (
      await call('POST', `/api/pairing-cohorts/${cohort.id}/proposal`, { version: cohort.version })
    ).json() as Cohort;
    const pairOf = (user: TestUser) =>
      proposed.pairs.find((pair) => pair.personId === user.id)?.counterpartId;
    expect([
      pairOf(finns[0] as TestUser),
      pairOf(finns[1] as TestUser),
      pairOf(finns[2] as TestUser),
    ]).toEqual([abroad[1]?.id, abroad[0]?.id, abroad[2]?.id]);
    expect(proposed.status).toBe('proposed');
    expect(proposed.pairs[0]?.reasons).toHaveProperty('sharedExpertise');
    // No other one-to-one assignment of the three does better (brute force over all 24 injections).
    const profiles = [...finns, ...abroad].map((user) => user.id);
    expect(profiles).toHaveLength(7);
    const people = await Promise.all(
      [...finns, ...abroad].map(async (user) =>
        (await as(t.app, manager)({ method: 'GET', url: `/api/people/${user.id}` })).json(),
      ),
    );
    const fit = (a: number, b: number) => pairFit(people[a], people[3 + b])?.score ?? 0;
    let best = 0;
    for (let x = 0; x < 4; x++)
      for (let y = 0; y < 4; y++)
        for (let z = 0; z < 4; z++)
          if (new Set([x, y, z]).size === 3) best = Math.max(best, fit(0, x) + fit(1, y) + fit(2, z));
    expect(proposed.totalScore).toBeCloseTo(best, 3);
  });

  it('lets the manager swap pairs, scoring and marking the changed ones', async () => {
    const cohort = await create();
    const proposed = (
      await call('POST', `/api/pairing-cohorts/${cohort.id}/proposal`, { version: cohort.version })
    ).json() as Cohort;
    const pairs = [
      { personId: finns[0]?.id, counterpartId: abroad[0]?.id },
      { personId: finns[1]?.id, counterpartId: abroad[1]?.id },
      { personId: finns[2]?.id, counterpartId: abroad[2]?.id },
    ];
    const adjusted = (
      await call('PUT', `/api/pairing-cohorts/${cohort.id}/pairs`, { pairs, version: proposed.version })
    ).json() as Cohort;
    expect(adjusted.pairs.map((pair) => pair.source).sort()).toEqual(['adjusted', 'adjusted', 'proposed']);
    expect(adjusted.totalScore).toBeLessThan(proposed.totalScore);
    const stale = await call('PUT', `/api/pairing-cohorts/${cohort.id}/pairs`, {
      pairs,
      version: proposed.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a pair that is not one-to-one or not across the border, naming it', async () => {
    const cohort = await create();
    const twice = await call('PUT', `/api/pairing-cohorts/${cohort.id}/pairs`, {
      pairs: [
        { personId: finns[0]?.id, counterpartId: abroad[0]?.id },
        { personId: finns[1]?.id, counterpartId: abroad[0]?.id },
      ],
      version: cohort.version,
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.body).toContain('body.pairs.1');
    const homeInPool = await as(
      t.app,
      manager,
    )({
      method: 'POST',
      url: `/api/organisations/${organisation.slug}/pairing-cohorts`,
      payload: { name: 'Wrong', country: 'FI', cohort: [finns[0]?.id], pool: [finns[1]?.id] },
    });
    expect(homeInPool.statusCode).toBe(422);
    expect(homeInPool.body).toContain('body.pool');
  });

  it('freezes a confirmed cohort', async () => {
    const cohort = await create();
    const early = await call('POST', `/api/pairing-cohorts/${cohort.id}/confirmation`, {
      version: cohort.version,
    });
    expect(early.statusCode).toBe(409);
    const proposed = (
      await call('POST', `/api/pairing-cohorts/${cohort.id}/proposal`, { version: cohort.version })
    ).json() as Cohort;
    const confirmed = (
      await call('POST', `/api/pairing-cohorts/${cohort.id}/confirmation`, { version: proposed.version })
    ).json() as Cohort;
    expect(confirmed.status).toBe('confirmed');
    const after = await call('POST', `/api/pairing-cohorts/${cohort.id}/proposal`, {
      version: confirmed.version,
    });
    expect(after.statusCode).toBe(409);
  });
});
