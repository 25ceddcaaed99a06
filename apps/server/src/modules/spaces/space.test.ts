import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createOrganisation,
  createSpace,
  createTestUser,
  inviteToSpace,
  spaceBody,
  type TestUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { auditLog } from '../audit/audit.table.ts';
import { outbox } from '../mail/mail.table.ts';
import { spaceMembers } from './space.table.ts';

describe('co-owned spaces', () => {
  let t: TestApp;
  let swede: TestUser;
  let finn: TestUser;
  let outsider: TestUser;
  let sweden: { id: string; slug: string };
  let finland: { id: string; slug: string };
  beforeAll(async () => {
    t = await createTestApp();
    swede = await createTestUser(t.database.db, { name: 'Swedish lead' });
    finn = await createTestUser(t.database.db, { name: 'Finnish lead' });
    outsider = await createTestUser(t.database.db, { name: 'Outsider' });
    sweden = await createOrganisation(t.app, swede, { country: 'SE' });
    finland = await createOrganisation(t.app, finn, { country: 'FI' });
  });
  afterAll(() => t.close());

  it('asks the other organisation to co-own, and its admin accepts', async () => {
    const space = await createSpace(t.app, swede, [sweden.id, finland.id]);
    const before = (await as(t.app, swede)({ method: 'GET', url: `/api/spaces/${space.slug}` })).json();
    expect(before.owners.map((owner: { slug: string }) => owner.slug)).toEqual([sweden.slug]);
    expect(before.myRole).toBe('manage');

    const pending = await as(
      t.app,
      finn,
    )({ method: 'GET', url: `/api/organisations/${finland.slug}/owner-requests` });
    const [request] = pending.json().items;
    expect(request.space.slug).toBe(space.slug);
    // The admin is told by e-mail, with a link that works from a mail client (absolute).
    const [asked] = await t.database.db.select().from(outbox).where(eq(outbox.toAddress, finn.email));
    expect(asked?.bodyText).toContain(`${t.config.publicUrl}/organisations/${finland.slug}`);
    const decideUrl = `/api/spaces/${space.slug}/owner-requests/${request.id}/decision`;
    expect(
      (await as(t.app, swede)({ method: 'POST', url: decideUrl, payload: { accept: true } })).statusCode,
    ).toBe(403);
    expect(
      (await as(t.app, finn)({ method: 'POST', url: decideUrl, payload: { accept: true } })).statusCode,
    ).toBe(204);

    const after = (await as(t.app, finn)({ method: 'GET', url: `/api/spaces/${space.slug}` })).json();
    expect(after.owners.map((owner: { slug: string }) => owner.slug).sort()).toEqual(
      [sweden.slug, finland.slug].sort(),
    );
    expect(after.permissions.manage).toBe(true);
  });

  it('requires the creator to administer at least one owner', async () => {
    const response = await as(
      t.app,
      outsider,
    )({ method: 'POST', url: '/api/spaces', payload: spaceBody([sweden.id]) });
    expect(response.statusCode).toBe(403);
  });

  it('names an unknown owner organisation', async () => {
    const response = await as(
      t.app,
      swede,
    )({
      method: 'POST',
      url: '/api/spaces',
      payload: spaceBody([sweden.id, '00000000-0000-4000-8000-000000000000']),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].field).toBe('body.ownerOrganisationIds.1');
  });

  it.each([
    ['public', { anonymous: 200, outsider: 200, ownerMember: 200 }],
    ['signed_in', { anonymous: 404, outsider: 200, ownerMember: 200 }],
    ['network', { anonymous: 404, outsider: 404, ownerMember: 200 }],
    ['members', { anonymous: 404, outsider: 404, ownerMember: 404 }],
  ] as const)('shows a %s space to the right people', async (visibility, expected) => {
    const colleague = await createTestUser(t.database.db, { name: 'Colleague' });
    const organisation = await createOrganisation(t.app, swede);
    await as(
      t.app,
      swede,
    )({
      method: 'POST',
      url: `/api/organisations/${organisation.slug}/invitations`,
      payload: { email: colleague.email, role: 'member' },
    });
    const [invitation] = (await as(t.app, colleague)({ method: 'GET', url: '/api/me/invitations' })).json()
      .organisations;
    await as(
      t.app,
      colleague,
    )({ method: 'POST', url: `/api/me/invitations/organisation/${invitation.id}/accept` });
    const space = await createSpace(t.app, swede, [organisation.id], { visibility });
    const url = `/api/spaces/${space.slug}`;
    expect((await as(t.app, null)({ method: 'GET', url })).statusCode).toBe(expected.anonymous);
    expect((await as(t.app, outsider)({ method: 'GET', url })).statusCode).toBe(expected.outsider);
    expect((await as(t.app, colleague)({ method: 'GET', url })).statusCode).toBe(expected.ownerMember);
    const listed = (await as(t.app, outsider)({ method: 'GET', url: `/api/spaces?q=${space.slug}` })).json()
      .items;
    expect(listed.length).toBe(expected.outsider === 200 ? 1 : 0);
  });

  it('invites a colleague from another organisation with a role', async () => {
    const space = await createSpace(t.app, swede, [sweden.id]);
    await inviteToSpace(t.app, swede, space.slug, {
      email: finn.email,
      role: 'edit',
      organisationId: finland.id,
    });
    const mails = await t.database.db.select().from(outbox).where(eq(outbox.toAddress, finn.email));
    const mail = mails.find((candidate) => candidate.bodyText.includes('/invitations/space?token='));
    const token = mail?.bodyText.match(/invitations\/space\?token=([\w-]+)/)?.[1] ?? '';
    const accepted = await as(
      t.app,
      finn,
    )({ method: 'POST', url: '/api/invitations/space/accept', payload: { token } });
    expect(accepted.json()).toEqual({ space: { slug: space.slug } });
    const members = (
      await as(t.app, finn)({ method: 'GET', url: `/api/spaces/${space.slug}/members` })
    ).json().items;
    const finnAsMember = members.find((member: { userId: string }) => member.userId === finn.id);
    expect(finnAsMember).toMatchObject({ role: 'edit', organisation: { slug: finland.slug } });
    const view = (await as(t.app, finn)({ method: 'GET', url: `/api/spaces/${space.slug}` })).json();
    expect(view.permissions).toEqual({
      view: true,
      contribute: true,
      edit: true,
      manage: false,
      participate: true,
    });
    const invite = await as(
      t.app,
      finn,
    )({
      method: 'POST',
      url: `/api/spaces/${space.slug}/invitations`,
      payload: { email: 'someone@example.org', role: 'view' },
    });
    expect(invite.statusCode).toBe(403);
  });

  it('writes an invitation in the invitee’s language, or the inviter’s when the address has no account', async () => {
    const inviter = await createTestUser(t.database.db, { name: 'Svensk värd', language: 'sv' });
    const organisation = await createOrganisation(t.app, inviter, { country: 'SE' });
    const space = await createSpace(t.app, inviter, [organisation.id]);
    const finnishSpeaker = await createTestUser(t.database.db, { name: 'Aino', language: 'fi' });
    await inviteToSpace(t.app, inviter, space.slug, { email: finnishSpeaker.email, role: 'contribute' });
    await inviteToSpace(t.app, inviter, space.slug, { email: 'no.account.yet@example.org', role: 'view' });
    const [finnish] = await t.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.toAddress, finnishSpeaker.email));
    expect(finnish?.subject).toMatch(/^Kutsu tilaan ”/);
    expect(finnish?.bodyText).toContain('(rooli: osallistuminen)');
    const [swedish] = await t.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.toAddress, 'no.account.yet@example.org'));
    expect(swedish?.subject).toMatch(/^Inbjudan till ”/);
    expect(swedish?.bodyText).toMatch(/invitations\/space\?token=[\w-]+/);
  });

  it('never lowers a role through an invitation, and uses each invitation once', async () => {
    const space = await createSpace(t.app, swede, [sweden.id]);
    const sent = await inviteToSpace(t.app, swede, space.slug, { email: swede.email, role: 'view' });
    const accept = () =>
      as(t.app, swede)({ method: 'POST', url: `/api/me/invitations/space/${sent.id}/accept` });
    expect((await accept()).statusCode).toBe(204);
    const members = (
      await as(t.app, swede)({ method: 'GET', url: `/api/spaces/${space.slug}/members` })
    ).json().items;
    expect(members.find((member: { userId: string }) => member.userId === swede.id)?.role).toBe('manage');
    const again = await accept();
    expect(again.statusCode).toBe(410);
    expect(again.json().type).toMatch(/invitation_unavailable$/);
  });

  it('keeps at least one manager', async () => {
    const space = await createSpace(t.app, swede, [sweden.id]);
    const url = `/api/spaces/${space.slug}/members/${swede.id}`;
    const demote = await as(t.app, swede)({ method: 'PATCH', url, payload: { role: 'view', version: 1 } });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().type).toMatch(/\/conflict$/);
    expect((await as(t.app, swede)({ method: 'DELETE', url })).statusCode).toBe(409);
  });

  it('never lets a manager act on a right that another manager took away at the same moment', async () => {
    const space = await createSpace(t.app, swede, [sweden.id]);
    const [b, c] = [await createTestUser(t.database.db), await createTestUser(t.database.db)];
    for (const person of [b, c])
      await t.database.db
        .insert(spaceMembers)
        .values({ spaceId: space.id, userId: person.id, role: 'manage' });
    const demote = (by: TestUser, whom: TestUser) =>
      as(
        t.app,
        by,
      )({
        method: 'PATCH',
        url: `/api/spaces/${space.slug}/members/${whom.id}`,
        payload: { role: 'view', version: 1 },
      });
    const [first, second] = await Promise.all([demote(swede, b), demote(b, c)]);
    expect(first.statusCode).toBe(204);
    const changes = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.spaceId, space.id), eq(auditLog.action, 'space.member_role_changed')))
      .orderBy(auditLog.seq);
    if (second.statusCode === 204) {
      // Both may succeed only if B acted while still a manager, that is before being demoted.
      expect(changes.map((change) => change.actorId)).toEqual([b.id, swede.id]);
    } else {
      expect(second.statusCode).toBe(403);
      expect(changes.map((change) => change.actorId)).toEqual([swede.id]);
    }
  });

  it('refuses a role change made on a stale membership with 409 and keeps the first', async () => {
    const space = await createSpace(t.app, swede, [sweden.id]);
    await t.database.db.insert(spaceMembers).values({ spaceId: space.id, userId: outsider.id, role: 'view' });
    const url = `/api/spaces/${space.slug}/members/${outsider.id}`;
    const change = (role: string) =>
      as(t.app, swede)({ method: 'PATCH', url, payload: { role, version: 1 } });
    expect((await change('edit')).statusCode).toBe(204);
    const stale = await change('contribute');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().type).toMatch(/version_conflict$/);
    const members = (
      await as(t.app, swede)({ method: 'GET', url: `/api/spaces/${space.slug}/members` })
    ).json().items;
    expect(members.find((member: { userId: string }) => member.userId === outsider.id)).toMatchObject({
      role: 'edit',
      version: 2,
    });
  });

  it('keeps at least one owner organisation', async () => {
    const space = await createSpace(t.app, swede, [sweden.id]);
    const response = await as(
      t.app,
      swede,
    )({ method: 'DELETE', url: `/api/spaces/${space.slug}/owners/${sweden.id}` });
    expect(response.statusCode).toBe(409);
  });

  it('refuses a stale edit with 409 and keeps the first', async () => {
    const space = await createSpace(t.app, swede, [sweden.id]);
    const edit = (text: string) =>
      as(
        t.app,
        swede,
      )({
        method: 'PATCH',
        url: `/api/spaces/${space.slug}`,
        payload: { titles: { en: { text } }, version: 1 },
      });
    expect((await edit('Kvarken mobility')).statusCode).toBe(200);
    expect((await edit('Something else')).statusCode).toBe(409);
  });

  it('shows its audit log to managers only', async () => {
    const space = await createSpace(t.app, swede, [sweden.id], { visibility: 'public' });
    const url = `/api/spaces/${space.slug}/audit`;
    const entries = (await as(t.app, swede)({ method: 'GET', url })).json().items;
    expect(entries.map((entry: { action: string }) => entry.action)).toContain('space.created');
    expect((await as(t.app, outsider)({ method: 'GET', url })).statusCode).toBe(403);
  });
});
