import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/database.ts';
import { as, createOrganisation, createSpace, createTestUser, type TestUser } from '../factories.ts';

export const ROLES = ['anonymous', 'outsider', 'member', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A small world in which every role means one thing:
 * - manager: owner of organisation A (and D) and manager of space S (members-only, co-owned by A and D);
 * - member: member of organisation A and a `contribute` member of S;
 * - outsider: signed in, no relation (owns organisation C, unrelated to S);
 * - admin: platform admin, owner of organisation B, which S has asked to co-own.
 */
export interface World {
  users: Record<Exclude<Role, 'anonymous'>, TestUser> & { extra: TestUser; applicant: TestUser };
  orgA: { id: string; slug: string };
  orgB: { id: string; slug: string };
  orgC: { id: string; slug: string };
  orgD: { id: string; slug: string };
  space: { id: string; slug: string };
  orgInvitationId: string;
  orgInvitationForNobodyId: string;
  joinRequestId: string;
  spaceInvitationId: string;
  ownerRequestId: string;
}

async function ok<T>(promise: Promise<{ statusCode: number; body: string; json(): T }>): Promise<T> {
  const response = await promise;
  if (response.statusCode >= 300)
    throw new Error(`world setup failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

async function joinOrganisation(app: FastifyInstance, owner: TestUser, slug: string, user: TestUser) {
  const invitation = await ok<{ id: string }>(
    as(
      app,
      owner,
    )({
      method: 'POST',
      url: `/api/organisations/${slug}/invitations`,
      payload: { email: user.email, role: 'member' },
    }),
  );
  await as(app, user)({ method: 'POST', url: `/api/me/invitations/organisation/${invitation.id}/accept` });
}

async function joinSpace(
  app: FastifyInstance,
  manager: TestUser,
  slug: string,
  user: TestUser,
  role: string,
) {
  const invitation = await ok<{ id: string }>(
    as(
      app,
      manager,
    )({ method: 'POST', url: `/api/spaces/${slug}/invitations`, payload: { email: user.email, role } }),
  );
  await as(app, user)({ method: 'POST', url: `/api/me/invitations/space/${invitation.id}/accept` });
}

export async function buildWorld(app: FastifyInstance, db: Database): Promise<World> {
  const users = {
    outsider: await createTestUser(db, { name: 'Outsider' }),
    member: await createTestUser(db, { name: 'Member' }),
    manager: await createTestUser(db, { name: 'Manager' }),
    admin: await createTestUser(db, { name: 'Admin', platformRole: 'admin' }),
    extra: await createTestUser(db, { name: 'Extra' }),
    applicant: await createTestUser(db, { name: 'Applicant' }),
  };
  const orgA = await createOrganisation(app, users.manager);
  const orgD = await createOrganisation(app, users.manager);
  const orgB = await createOrganisation(app, users.admin);
  const orgC = await createOrganisation(app, users.outsider);
  await joinOrganisation(app, users.manager, orgA.slug, users.member);
  await joinOrganisation(app, users.manager, orgA.slug, users.extra);
  const space = await createSpace(app, users.manager, [orgA.id, orgD.id, orgB.id]);
  await joinSpace(app, users.manager, space.slug, users.member, 'contribute');
  await joinSpace(app, users.manager, space.slug, users.extra, 'view');
  const orgInvitation = await ok<{ id: string }>(
    as(
      app,
      users.manager,
    )({
      method: 'POST',
      url: `/api/organisations/${orgA.slug}/invitations`,
      payload: { email: 'invitee@example.org', role: 'member' },
    }),
  );
  const joinRequest = await ok<{ id: string }>(
    as(
      app,
      users.applicant,
    )({ method: 'POST', url: `/api/organisations/${orgA.slug}/join-requests`, payload: {} }),
  );
  const spaceInvitation = await ok<{ id: string }>(
    as(
      app,
      users.manager,
    )({
      method: 'POST',
      url: `/api/spaces/${space.slug}/invitations`,
      payload: { email: 'guest@example.org', role: 'view' },
    }),
  );
  const ownerRequests = await ok<{ items: { id: string }[] }>(
    as(app, users.admin)({ method: 'GET', url: `/api/organisations/${orgB.slug}/owner-requests` }),
  );
  const [ownerRequest] = ownerRequests.items;
  if (!ownerRequest) throw new Error('world setup failed: no co-ownership request');
  return {
    users,
    orgA,
    orgB,
    orgC,
    orgD,
    space,
    orgInvitationId: orgInvitation.id,
    orgInvitationForNobodyId: orgInvitation.id,
    joinRequestId: joinRequest.id,
    spaceInvitationId: spaceInvitation.id,
    ownerRequestId: ownerRequest.id,
  };
}
