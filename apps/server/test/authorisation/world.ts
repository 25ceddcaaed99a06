import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/database.ts';
import { createBudget } from '../budget-factories.ts';
import { as, createOrganisation, createSpace, createTestUser, type TestUser } from '../factories.ts';
import { type AssemblyWorld, buildAssemblyWorld } from './assembly-world.ts';

export const ROLES = ['anonymous', 'outsider', 'member', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A small world in which every role means one thing:
 * - manager: owner of organisation A (and D) and manager of space S (members-only, co-owned by A and D);
 * - member: member of organisation A and a `contribute` member of S;
 * - outsider: signed in, no relation (owns organisation C, unrelated to S);
 * - admin: platform admin, owner of organisation B, which S has asked to co-own.
 */
export interface World extends AssemblyWorld {
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
  /** Coordinated by the manager in person and through organisation A; C (the outsider's) is a member. */
  network: { slug: string; version: number };
  networkRequestId: string;
  /** The extra user's own membership of the network, and organisation D's. */
  networkPersonMemberId: string;
  networkOrgMemberId: string;
  /** A public budget co-owned by A and D (manager manages it), voting and proposals open, one feasible project. */
  budget: { slug: string; projectId: string; projectVersion: number; version: number };
  /** Organisation A's pairing cohort: member (in Finland) with extra (in Sweden), pairs proposed. */
  cohort: { id: string; version: number };
  /** A members-only conversation co-owned by A: manager manages, member contributes; statement 0 is a seed. */
  conversation: { slug: string };
  /** An empty conversation of organisation A, for the import route. */
  emptyConversation: { slug: string };
  /** A public consultation managed by the manager (organisation A): the member's idea, with a human translation. */
  consultation: { slug: string; ideaId: string; commentId: string; translationId: string };
}

async function ok<T>(promise: Promise<{ statusCode: number; body: string; json(): T }>): Promise<T> {
  const response = await promise;
  if (response.statusCode >= 300)
    throw new Error(`world setup failed: ${response.statusCode} ${response.body}`);
  return (response.body ? response.json() : undefined) as T;
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
  const directory = await buildDirectory(app, { users, orgA, orgC, orgD });
  const conversation = await createSpace(app, users.manager, [orgA.id], { kind: 'conversation' });
  await joinSpace(app, users.manager, conversation.slug, users.member, 'contribute');
  await ok(
    as(
      app,
      users.manager,
    )({
      method: 'POST',
      url: `/api/spaces/${conversation.slug}/conversation/statements`,
      payload: { text: 'The ferry should run every hour', language: 'en' },
    }),
  );
  const emptyConversation = await createSpace(app, users.manager, [orgA.id], { kind: 'conversation' });
  const consultation = await buildConsultation(app, users, orgA);
  const budget = await createBudget(app, users.manager, [orgA.id, orgD.id], [40_000]);
  const [project] = budget.projects;
  if (!project) throw new Error('world setup failed: no budget project');
  const assembly = await buildAssemblyWorld(app, db, {
    manager: users.manager,
    member: users.member,
    orgIds: [orgA.id, orgD.id],
    invite: (slug) => joinSpace(app, users.manager, slug, users.member, 'contribute'),
  });
  return {
    ...directory,
    ...assembly,
    conversation: { slug: conversation.slug },
    emptyConversation: { slug: emptyConversation.slug },
    consultation,
    budget: { slug: budget.slug, projectId: project.id, projectVersion: project.version, version: 2 },
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

async function buildDirectory(
  app: FastifyInstance,
  w: Pick<World, 'users' | 'orgA' | 'orgC' | 'orgD'>,
): Promise<
  Pick<World, 'network' | 'networkRequestId' | 'networkPersonMemberId' | 'networkOrgMemberId' | 'cohort'>
> {
  const { users } = w;
  const slug = `net-${Math.random().toString(36).slice(2, 10)}`;
  await ok(
    as(
      app,
      users.manager,
    )({
      method: 'POST',
      url: '/api/networks',
      payload: {
        slug,
        names: { en: { text: 'Matrix network' } },
        kind: 'community_of_practice',
        joinPolicy: 'approval',
        foundingOrganisationId: w.orgA.id,
      },
    }),
  );
  const join = (user: TestUser, payload: object) =>
    ok<{ requestId: string }>(as(app, user)({ method: 'POST', url: `/api/networks/${slug}/join`, payload }));
  const decide = (requestId: string) =>
    ok(
      as(
        app,
        users.manager,
      )({
        method: 'POST',
        url: `/api/networks/${slug}/join-requests/${requestId}/decision`,
        payload: { approve: true },
      }),
    );
  await decide((await join(users.extra, {})).requestId);
  await decide((await join(users.outsider, { organisationId: w.orgC.id })).requestId);
  await decide((await join(users.manager, { organisationId: w.orgD.id })).requestId);
  const request = await join(users.applicant, {});
  const members = await ok<{
    items: { id: string; person: { userId: string } | null; organisation: { id: string } | null }[];
  }>(as(app, users.manager)({ method: 'GET', url: `/api/networks/${slug}/members?limit=100` }));
  const personMember = members.items.find((m) => m.person?.userId === users.extra.id);
  const orgMember = members.items.find((m) => m.organisation?.id === w.orgD.id);
  if (!personMember || !orgMember) throw new Error('world setup failed: network members');
  const profile = (user: TestUser, jurisdiction: string) =>
    ok(
      as(
        app,
        user,
      )({
        method: 'PUT',
        url: '/api/me/profile',
        payload: { jurisdiction, languages: ['en'], expertise: ['water'], openToSdgs: [6] },
      }),
    );
  await profile(users.member, 'FI');
  await profile(users.extra, 'SE');
  const cohort = await ok<{ id: string; version: number }>(
    as(
      app,
      users.manager,
    )({
      method: 'POST',
      url: `/api/organisations/${w.orgA.slug}/pairing-cohorts`,
      payload: { name: 'Matrix cohort', country: 'FI', cohort: [users.member.id], pool: [users.extra.id] },
    }),
  );
  const proposed = await ok<{ version: number }>(
    as(
      app,
      users.manager,
    )({
      method: 'POST',
      url: `/api/pairing-cohorts/${cohort.id}/proposal`,
      payload: { version: cohort.version },
    }),
  );
  return {
    network: { slug, version: 1 },
    networkRequestId: request.requestId,
    networkPersonMemberId: personMember.id,
    networkOrgMemberId: orgMember.id,
    cohort: { id: cohort.id, version: proposed.version },
  };
}

async function buildConsultation(app: FastifyInstance, users: World['users'], orgA: World['orgA']) {
  const space = await createSpace(app, users.manager, [orgA.id], {
    kind: 'consultation',
    visibility: 'public',
  });
  const idea = await ok<{ id: string }>(
    as(
      app,
      users.member,
    )({
      method: 'POST',
      url: `/api/spaces/${space.slug}/consultation/ideas`,
      payload: { title: 'Matrix idea', body: 'An idea to test who may do what.', language: 'en' },
    }),
  );
  const translation = await ok<{ id: string }>(
    as(
      app,
      users.extra,
    )({
      method: 'POST',
      url: `/api/spaces/${space.slug}/consultation/contributions/${idea.id}/translations`,
      payload: { language: 'sv', title: 'Matrisidé', body: 'En idé för att pröva vem som får göra vad.' },
    }),
  );
  const commented = await ok<{ comments: { id: string }[] }>(
    as(
      app,
      users.member,
    )({
      method: 'POST',
      url: `/api/spaces/${space.slug}/consultation/ideas/${idea.id}/comments`,
      payload: { body: 'A comment to test who may edit it.', language: 'en' },
    }),
  );
  const commentId = commented.comments[0]?.id ?? '';
  return { slug: space.slug, ideaId: idea.id, commentId, translationId: translation.id };
}
