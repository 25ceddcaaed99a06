import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createOrganisation, createTestUser, type TestUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';

const names = { en: { text: 'Climate adaptation practitioners', provenance: 'original' } };

describe('networks', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let applicant: TestUser;
  let orgOwner: TestUser;
  let counter = 0;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await createTestUser(t.database.db, { name: 'Coordinator' });
    applicant = await createTestUser(t.database.db, { name: 'Applicant' });
    orgOwner = await createTestUser(t.database.db, { name: 'Org owner' });
  });
  afterAll(() => t.close());

  async function createNetwork(joinPolicy: 'open' | 'approval') {
    counter++;
    const slug = `network-${counter}`;
    const response = await as(
      t.app,
      coordinator,
    )({
      method: 'POST',
      url: '/api/networks',
      payload: { slug, names, kind: 'community_of_practice', joinPolicy, sdgs: [13] },
    });
    expect(response.statusCode).toBe(201);
    return slug;
  }

  const members = async (slug: string, user: TestUser | null = coordinator) =>
    (
      (await as(t.app, user)({ method: 'GET', url: `/api/networks/${slug}/members` })).json() as {
        items: {
          id: string;
          kind: string;
          role: string;
          version: number;
          person: { userId: string } | null;
        }[];
      }
    ).items;

  it('makes its founder the coordinator', async () => {
    const slug = await createNetwork('approval');
    const view = (await as(t.app, coordinator)({ method: 'GET', url: `/api/networks/${slug}` })).json();
    expect(view).toMatchObject({ myRole: 'coordinator', canCoordinate: true, personCount: 1 });
  });

  it('admits at once to an open network', async () => {
    const slug = await createNetwork('open');
    const joined = await as(
      t.app,
      applicant,
    )({ method: 'POST', url: `/api/networks/${slug}/join`, payload: {} });
    expect(joined.json()).toEqual({ outcome: 'joined', requestId: null });
    expect(
      (await as(t.app, applicant)({ method: 'GET', url: `/api/networks/${slug}` })).json(),
    ).toMatchObject({ myRole: 'member' });
  });

  it('turns an approved request into membership, decided once', async () => {
    const slug = await createNetwork('approval');
    const asked = await as(
      t.app,
      applicant,
    )({ method: 'POST', url: `/api/networks/${slug}/join`, payload: { message: 'We work on floods' } });
    const { requestId } = asked.json() as { requestId: string };
    expect(
      (await as(t.app, applicant)({ method: 'GET', url: `/api/networks/${slug}` })).json(),
    ).toMatchObject({ myRole: null, myPendingRequest: true });
    const again = await as(
      t.app,
      applicant,
    )({ method: 'POST', url: `/api/networks/${slug}/join`, payload: {} });
    expect(again.statusCode).toBe(409);
    const decide = () =>
      as(
        t.app,
        coordinator,
      )({
        method: 'POST',
        url: `/api/networks/${slug}/join-requests/${requestId}/decision`,
        payload: { approve: true },
      });
    expect((await decide()).statusCode).toBe(204);
    expect((await decide()).statusCode).toBe(404);
    expect((await members(slug)).map((member) => member.person?.userId)).toContain(applicant.id);
  });

  it('lets an organisation join only through its owners or admins', async () => {
    const slug = await createNetwork('open');
    const organisation = await createOrganisation(t.app, orgOwner);
    const stranger = await as(
      t.app,
      applicant,
    )({ method: 'POST', url: `/api/networks/${slug}/join`, payload: { organisationId: organisation.id } });
    expect(stranger.statusCode).toBe(403);
    const owner = await as(
      t.app,
      orgOwner,
    )({ method: 'POST', url: `/api/networks/${slug}/join`, payload: { organisationId: organisation.id } });
    expect(owner.json()).toMatchObject({ outcome: 'joined' });
    const listed = await as(
      t.app,
      null,
    )({ method: 'GET', url: `/api/organisations/${organisation.slug}/networks` });
    expect(listed.json()).toMatchObject({ items: [{ network: { slug }, role: 'member' }] });
    const found = await as(t.app, null)({ method: 'GET', url: `/api/networks?country=SE&q=adaptation` });
    expect((found.json() as { items: { slug: string }[] }).items.map((n) => n.slug)).toContain(slug);
  });

  it('keeps its last coordinator', async () => {
    const slug = await createNetwork('open');
    const [only] = await members(slug);
    if (!only) throw new Error('no member');
    const leave = await as(
      t.app,
      coordinator,
    )({ method: 'DELETE', url: `/api/networks/${slug}/members/${only.id}` });
    expect(leave.statusCode).toBe(409);
    const demote = await as(
      t.app,
      coordinator,
    )({
      method: 'PATCH',
      url: `/api/networks/${slug}/members/${only.id}`,
      payload: { role: 'member', version: only.version },
    });
    expect(demote.statusCode).toBe(422);
  });

  it('refuses a stale edit instead of overwriting a co-coordinator’s change', async () => {
    const slug = await createNetwork('open');
    const edit = (tags: string[]) =>
      as(
        t.app,
        coordinator,
      )({ method: 'PATCH', url: `/api/networks/${slug}`, payload: { tags, version: 1 } });
    expect((await edit(['floods'])).statusCode).toBe(200);
    expect((await edit(['drought'])).statusCode).toBe(409);
  });

  it('shows people members only to those their privacy setting allows', async () => {
    const slug = await createNetwork('open');
    const shy = await createTestUser(t.database.db, { name: 'Shy member' });
    await as(
      t.app,
      shy,
    )({
      method: 'PUT',
      url: '/api/me/profile',
      payload: {
        visibility: { about: 'public', expertise: 'public', memberships: 'partners', contact: 'partners' },
      },
    });
    await as(t.app, shy)({ method: 'POST', url: `/api/networks/${slug}/join`, payload: {} });
    const seenBy = async (user: TestUser | null) =>
      (await members(slug, user)).some((m) => m.person?.userId === shy.id);
    expect(await seenBy(null)).toBe(false);
    expect(await seenBy(applicant)).toBe(false);
    expect(await seenBy(coordinator)).toBe(true);
    expect(await seenBy(shy)).toBe(true);
  });
});
