import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createOrganisation, createTestUser, type TestUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { organisationMembers } from '../organisations/organisation.table.ts';

describe('people in the directory', () => {
  let t: TestApp;
  let expert: TestUser;
  let colleague: TestUser;
  let stranger: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    expert = await createTestUser(t.database.db, { name: 'Ingrid Expert' });
    colleague = await createTestUser(t.database.db, { name: 'Colleague' });
    stranger = await createTestUser(t.database.db, { name: 'Stranger' });
    const organisation = await createOrganisation(t.app, expert);
    await t.database.db
      .insert(organisationMembers)
      .values({ organisationId: organisation.id, userId: colleague.id, role: 'member' });
    const saved = await as(
      t.app,
      expert,
    )({
      method: 'PUT',
      url: '/api/me/profile',
      payload: {
        headlines: { sv: { text: 'Expert på klimatanpassning' } },
        jurisdiction: 'SE-AC',
        languages: ['sv', 'en'],
        expertise: ['flooding', 'hydrology'],
        openToSdgs: [13],
        contactEmail: 'ingrid@example.org',
        visibility: {
          about: 'public',
          expertise: 'signed_in',
          memberships: 'signed_in',
          contact: 'partners',
        },
      },
    });
    expect(saved.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  const view = async (user: TestUser | null) =>
    (await as(t.app, user)({ method: 'GET', url: `/api/people/${expert.id}` })).json() as Record<
      string,
      unknown
    >;

  it('shows each part of a profile only to the audience its owner chose', async () => {
    const anonymous = await view(null);
    expect(anonymous).toMatchObject({ country: 'SE', expertise: [], contactEmail: null, relation: 'public' });
    expect(anonymous.hiddenParts).toEqual(['expertise', 'memberships', 'contact']);
    expect(await view(stranger)).toMatchObject({
      expertise: ['flooding', 'hydrology'],
      contactEmail: null,
      relation: 'signed_in',
    });
    expect(await view(colleague)).toMatchObject({
      contactEmail: 'ingrid@example.org',
      relation: 'partner',
      hiddenParts: [],
    });
    expect(await view(expert)).toMatchObject({ relation: 'self', version: 1 });
  });

  it('never lets search reveal a part the reader may not see', async () => {
    const search = async (user: TestUser | null, query: string) =>
      (
        (await as(t.app, user)({ method: 'GET', url: `/api/people?${query}` })).json() as {
          items: { userId: string }[];
        }
      ).items.map((item) => item.userId);
    // Expertise is for signed-in users: anonymous text search and filters do not match it.
    expect(await search(null, 'q=hydrology')).toEqual([]);
    expect(await search(null, 'expertise=hydrology')).toEqual([]);
    expect(await search(stranger, 'expertise=hydrology')).toEqual([expert.id]);
    expect(await search(null, 'q=klimatanpassningen')).toEqual([expert.id]);
    expect(await search(null, 'country=SE&language=sv')).toEqual([expert.id]);
  });

  it('refuses an edit that does not name the version it started from', async () => {
    const blind = await as(
      t.app,
      expert,
    )({ method: 'PUT', url: '/api/me/profile', payload: { languages: ['en'] } });
    expect(blind.statusCode).toBe(409);
    const edit = await as(
      t.app,
      expert,
    )({ method: 'PUT', url: '/api/me/profile', payload: { languages: ['sv', 'en', 'fi'], version: 1 } });
    expect(edit.json()).toMatchObject({ languages: ['sv', 'en', 'fi'], version: 2 });
  });

  it('names the field of a bad profile', async () => {
    const response = await as(
      t.app,
      stranger,
    )({
      method: 'PUT',
      url: '/api/me/profile',
      payload: {
        jurisdiction: 'XX-99',
        visibility: { about: 'everyone', expertise: 'public', memberships: 'public', contact: 'public' },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('jurisdiction');
    expect(response.body).toContain('visibility');
  });
});
