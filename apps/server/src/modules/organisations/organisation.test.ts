import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addOrganisationMember,
  as,
  createOrganisation,
  createTestUser,
  organisationBody,
  type TestUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { outbox } from '../mail/mail.table.ts';
import { organisationMembers } from './organisation.table.ts';

describe('organisations', () => {
  let t: TestApp;
  let owner: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await createTestUser(t.database.db, { name: 'Owner' });
    outsider = await createTestUser(t.database.db, { name: 'Outsider' });
    admin = await createTestUser(t.database.db, { name: 'Admin', platformRole: 'admin' });
  });
  afterAll(() => t.close());

  it('makes the creator the owner', async () => {
    const organisation = await createOrganisation(t.app, owner);
    const view = await as(t.app, owner)({ method: 'GET', url: `/api/organisations/${organisation.slug}` });
    expect(view.json()).toMatchObject({ myRole: 'owner', memberCount: 1, verified: false });
  });

  it('rejects anonymous creation with 401', async () => {
    const response = await as(
      t.app,
      null,
    )({ method: 'POST', url: '/api/organisations', payload: organisationBody() });
    expect(response.statusCode).toBe(401);
  });

  it('names the invalid fields and writes nothing', async () => {
    const body = organisationBody({ country: 'XX', type: 'castle' });
    const response = await as(t.app, owner)({ method: 'POST', url: '/api/organisations', payload: body });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const fields = response.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['body.country', 'body.type']));
    const lookup = await as(t.app, owner)({ method: 'GET', url: `/api/organisations/${body.slug}` });
    expect(lookup.statusCode).toBe(404);
  });

  it('answers 409 naming the slug when it is taken', async () => {
    const first = await createOrganisation(t.app, owner);
    const response = await as(
      t.app,
      owner,
    )({
      method: 'POST',
      url: '/api/organisations',
      payload: organisationBody({ slug: first.slug }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors[0].field).toBe('body.slug');
  });

  it('refuses a stale edit instead of overwriting a partner’s change', async () => {
    const organisation = await createOrganisation(t.app, owner);
    const edit = (text: string) =>
      as(
        t.app,
        owner,
      )({
        method: 'PATCH',
        url: `/api/organisations/${organisation.slug}`,
        payload: { names: { en: { text } }, version: organisation.version },
      });
    expect((await edit('First edit')).statusCode).toBe(200);
    const second = await edit('Second edit from an old copy');
    expect(second.statusCode).toBe(409);
    const now = await as(t.app, owner)({ method: 'GET', url: `/api/organisations/${organisation.slug}` });
    expect(now.json().names.en.text).toBe('First edit');
  });

  it('lets only owners and admins edit', async () => {
    const organisation = await createOrganisation(t.app, owner);
    const response = await as(
      t.app,
      outsider,
    )({
      method: 'PATCH',
      url: `/api/organisations/${organisation.slug}`,
      payload: { website: null, version: 1 },
    });
    expect(response.statusCode).toBe(403);
  });

  it('lets platform admins verify, and nobody else', async () => {
    const organisation = await createOrganisation(t.app, owner);
    const url = `/api/organisations/${organisation.slug}/verification`;
    expect((await as(t.app, owner)({ method: 'POST', url, payload: { verified: true } })).statusCode).toBe(
      403,
    );
    const verified = await as(t.app, admin)({ method: 'POST', url, payload: { verified: true } });
    expect(verified.json().verified).toBe(true);
    const list = await as(
      t.app,
      null,
    )({ method: 'GET', url: `/api/organisations?verified=true&q=${organisation.slug}` });
    expect(list.json().items.map((item: { slug: string }) => item.slug)).toEqual([organisation.slug]);
  });

  it('filters the directory by country, type and name in any language', async () => {
    const organisation = await createOrganisation(t.app, owner, {
      country: 'FI',
      type: 'cross_border_body',
      names: { fi: { text: 'Merenkurkun neuvosto' }, sv: { text: 'Kvarkenrådet' } },
    });
    const response = await as(
      t.app,
      null,
    )({
      method: 'GET',
      url: `/api/organisations?q=${encodeURIComponent('kvarkenråd')}&country=fi&type=cross_border_body`,
    });
    expect(response.json().items.map((item: { slug: string }) => item.slug)).toContain(organisation.slug);
  });

  it('invites by e-mail; only the invited address can accept', async () => {
    const organisation = await createOrganisation(t.app, owner);
    const invitee = await createTestUser(t.database.db, { name: 'Invitee' });
    const sent = await as(
      t.app,
      owner,
    )({
      method: 'POST',
      url: `/api/organisations/${organisation.slug}/invitations`,
      payload: { email: invitee.email.toUpperCase(), role: 'admin' },
    });
    expect(sent.statusCode).toBe(201);
    const [mail] = await t.database.db.select().from(outbox).where(eq(outbox.toAddress, invitee.email));
    const token = mail?.bodyText.match(/token=([\w-]+)/)?.[1] ?? '';
    expect(token.length).toBeGreaterThan(20);
    const wrong = await as(
      t.app,
      outsider,
    )({ method: 'POST', url: '/api/invitations/organisation/accept', payload: { token } });
    expect(wrong.statusCode).toBe(403);
    const accepted = await as(
      t.app,
      invitee,
    )({ method: 'POST', url: '/api/invitations/organisation/accept', payload: { token } });
    expect(accepted.json()).toEqual({ organisation: { slug: organisation.slug } });
    const again = await as(
      t.app,
      invitee,
    )({ method: 'POST', url: '/api/invitations/organisation/accept', payload: { token } });
    expect(again.statusCode).toBe(410);
    const view = await as(t.app, invitee)({ method: 'GET', url: `/api/organisations/${organisation.slug}` });
    expect(view.json().myRole).toBe('admin');
  });

  it('turns an approved join request into membership', async () => {
    const organisation = await createOrganisation(t.app, owner);
    const applicant = await createTestUser(t.database.db, { name: 'Applicant' });
    const asked = await as(
      t.app,
      applicant,
    )({
      method: 'POST',
      url: `/api/organisations/${organisation.slug}/join-requests`,
      payload: { message: 'I lead the digital team' },
    });
    expect(asked.statusCode).toBe(201);
    const twice = await as(
      t.app,
      applicant,
    )({ method: 'POST', url: `/api/organisations/${organisation.slug}/join-requests`, payload: {} });
    expect(twice.statusCode).toBe(409);
    const waiting = await as(
      t.app,
      applicant,
    )({ method: 'GET', url: `/api/organisations/${organisation.slug}` });
    expect(waiting.json()).toMatchObject({ myRole: null, myJoinRequest: 'pending' });
    const decide = await as(
      t.app,
      applicant,
    )({
      method: 'POST',
      url: `/api/organisations/${organisation.slug}/join-requests/${asked.json().id}/decision`,
      payload: { approve: true },
    });
    expect(decide.statusCode).toBe(403);
    const approved = await as(
      t.app,
      owner,
    )({
      method: 'POST',
      url: `/api/organisations/${organisation.slug}/join-requests/${asked.json().id}/decision`,
      payload: { approve: true },
    });
    expect(approved.statusCode).toBe(204);
    const view = await as(
      t.app,
      applicant,
    )({ method: 'GET', url: `/api/organisations/${organisation.slug}` });
    expect(view.json()).toMatchObject({ myRole: 'member', myJoinRequest: null, memberCount: 2 });
  });

  it('keeps one owner when two owners demote each other at the same moment', async () => {
    const organisation = await createOrganisation(t.app, owner);
    const second = await addOrganisationMember(t.database.db, organisation.id, 'owner', 'Second owner');
    const demote = (by: TestUser, whom: TestUser) =>
      as(
        t.app,
        by,
      )({
        method: 'PATCH',
        url: `/api/organisations/${organisation.slug}/members/${whom.id}`,
        payload: { role: 'member', version: 1 },
      });
    const answers = await Promise.all([demote(owner, second), demote(second, owner)]);
    // One wins; the other, no longer an owner by the time its turn comes, may not demote owners.
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([204, 403]);
    const owners = await t.database.db
      .select()
      .from(organisationMembers)
      .where(eq(organisationMembers.organisationId, organisation.id));
    expect(owners.filter((member) => member.role === 'owner')).toHaveLength(1);
  });

  it('refuses a role change made on a stale membership with 409', async () => {
    const organisation = await createOrganisation(t.app, owner);
    const colleague = await addOrganisationMember(t.database.db, organisation.id, 'member');
    const change = (role: string) =>
      as(
        t.app,
        owner,
      )({
        method: 'PATCH',
        url: `/api/organisations/${organisation.slug}/members/${colleague.id}`,
        payload: { role, version: 1 },
      });
    expect((await change('admin')).statusCode).toBe(204);
    const stale = await change('owner');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().type).toMatch(/version_conflict$/);
  });

  it('lists members by name a page at a time, with the total', async () => {
    const organisation = await createOrganisation(t.app, owner);
    for (const name of ['Ylva', 'Aapo'])
      await addOrganisationMember(t.database.db, organisation.id, 'member', name);
    const page = async (offset: number) =>
      (
        await as(
          t.app,
          owner,
        )({ method: 'GET', url: `/api/organisations/${organisation.slug}/members?limit=2&offset=${offset}` })
      ).json();
    const first = await page(0);
    const second = await page(2);
    expect(first.total).toBe(3);
    expect(first.items.map((member: { displayName: string }) => member.displayName)).toEqual([
      'Aapo',
      'Owner',
    ]);
    expect(second.items.map((member: { displayName: string }) => member.displayName)).toEqual(['Ylva']);
  });

  it('never leaves an organisation without an owner', async () => {
    const organisation = await createOrganisation(t.app, owner);
    const leave = await as(
      t.app,
      owner,
    )({ method: 'DELETE', url: `/api/organisations/${organisation.slug}/members/${owner.id}` });
    expect(leave.statusCode).toBe(409);
    const demote = await as(
      t.app,
      owner,
    )({
      method: 'PATCH',
      url: `/api/organisations/${organisation.slug}/members/${owner.id}`,
      payload: { role: 'member', version: 1 },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().type).toMatch(/\/conflict$/);
  });

  it('shows member e-mail addresses only to the organisation’s admins', async () => {
    const organisation = await createOrganisation(t.app, owner);
    const url = `/api/organisations/${organisation.slug}/members`;
    expect((await as(t.app, owner)({ method: 'GET', url })).json().items[0].email).toBe(owner.email);
    expect((await as(t.app, outsider)({ method: 'GET', url })).json().items[0].email).toBeNull();
  });
});
