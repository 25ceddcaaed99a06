import type { NetworkRole, ProfileAudience } from '@crossgov/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, forbidden, invalid, notFound, versionConflict } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  organisationSummariesByIds,
  requireOrganisationAdminById,
} from '../organisations/organisation.service.ts';
import { personProfiles } from '../people/person.table.ts';
import type { NetworkMemberView } from './network.dto.ts';
import {
  belongsToNetwork,
  coordinatorCount,
  existingMember,
  pendingRequestFor,
  roleInNetwork,
} from './network.repo.ts';
import { requireCoordinator, requireNetwork } from './network.service.ts';
import { networkJoinRequests, networkMembers, networks } from './network.table.ts';

type Candidate = { organisationId: string } | { userId: string };

/** Locks the network row, so that two decisions on its members are taken one after the other. */
async function lockNetwork(tx: Queryable, networkId: string) {
  await tx.execute(sql`select 1 from ${networks} where ${networks.id} = ${networkId} for update`);
}

/**
 * Join a network, in person or on behalf of an organisation one owns or administers. An open network admits
 * at once; otherwise a coordinator decides on the request.
 */
export async function joinNetwork(
  db: Database,
  anyActor: Actor | null,
  slug: string,
  input: { organisationId?: string | undefined; message?: string | undefined },
) {
  const actor = signedIn(anyActor, 'Sign in to join a network.');
  const { network } = await requireNetwork(db, slug);
  if (input.organisationId) await requireOrganisationAdminById(db, actor, input.organisationId);
  const candidate: Candidate = input.organisationId
    ? { organisationId: input.organisationId }
    : { userId: actor.userId };
  const who = input.organisationId ? 'This organisation is' : 'You are';
  if (await existingMember(db, network.id, candidate))
    throw conflict(`${who} already a member of this network.`);
  if (await pendingRequestFor(db, network.id, candidate))
    throw conflict(`${who} already waiting for a decision on joining this network.`);
  if (network.joinPolicy === 'open') {
    await db.transaction(async (tx) => {
      const [member] = await tx
        .insert(networkMembers)
        .values({ networkId: network.id, ...candidate, role: 'member' })
        .returning();
      await recordAudit(tx, {
        actor,
        action: 'network.member_joined',
        entityType: 'network',
        entityId: network.id,
        organisationId: input.organisationId ?? null,
        after: member,
      });
    });
    return { outcome: 'joined' as const, requestId: null };
  }
  const request = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(networkJoinRequests)
      .values({
        networkId: network.id,
        ...candidate,
        requestedBy: actor.userId,
        message: input.message ?? null,
      })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      actor,
      action: 'network.join_requested',
      entityType: 'network_join_request',
      entityId: created.id,
      organisationId: input.organisationId ?? null,
      after: created,
    });
    return created;
  });
  return { outcome: 'requested' as const, requestId: request.id };
}

export async function listNetworkJoinRequests(db: Database, actor: Actor | null, slug: string) {
  const { network } = await requireNetwork(db, slug);
  await requireCoordinator(db, network.id, actor);
  const rows = await db
    .select({ request: networkJoinRequests, requester: users })
    .from(networkJoinRequests)
    .innerJoin(users, eq(users.id, networkJoinRequests.requestedBy))
    .where(and(eq(networkJoinRequests.networkId, network.id), eq(networkJoinRequests.status, 'pending')))
    .orderBy(desc(networkJoinRequests.createdAt))
    .limit(200);
  const organisations = await organisationSummariesByIds(
    db,
    rows.flatMap(({ request }) => (request.organisationId ? [request.organisationId] : [])),
  );
  return {
    items: rows.map(({ request, requester }) => ({
      id: request.id,
      kind: request.organisationId ? ('organisation' as const) : ('person' as const),
      organisation: request.organisationId ? (organisations.get(request.organisationId) ?? null) : null,
      person: request.userId ? { userId: requester.id, displayName: requester.displayName } : null,
      requestedBy: { userId: requester.id, displayName: requester.displayName },
      message: request.message,
      status: request.status as 'pending',
      createdAt: iso(request.createdAt),
    })),
  };
}

/** A coordinator admits or turns down a request; each request is decided once. */
export async function decideNetworkJoinRequest(
  db: Database,
  actor: Actor | null,
  slug: string,
  requestId: string,
  approve: boolean,
) {
  const { network } = await requireNetwork(db, slug);
  await requireCoordinator(db, network.id, actor);
  await db.transaction(async (tx) => {
    const [request] = await tx
      .update(networkJoinRequests)
      .set({
        status: approve ? 'approved' : 'rejected',
        decidedBy: actor?.userId ?? null,
        decidedAt: new Date(),
      })
      .where(
        and(
          eq(networkJoinRequests.id, requestId),
          eq(networkJoinRequests.networkId, network.id),
          eq(networkJoinRequests.status, 'pending'),
        ),
      )
      .returning();
    if (!request) throw notFound('A pending request to join with this id');
    if (approve)
      await tx
        .insert(networkMembers)
        .values({
          networkId: network.id,
          organisationId: request.organisationId,
          userId: request.userId,
          role: 'member',
        })
        .onConflictDoNothing();
    await recordAudit(tx, {
      actor,
      action: approve ? 'network.join_approved' : 'network.join_rejected',
      entityType: 'network_join_request',
      entityId: request.id,
      organisationId: request.organisationId,
      before: { status: 'pending' },
      after: { status: request.status },
    });
  });
}

/** Which people members a reader may see: a person's "memberships" audience decides. */
function audiencesFor(actor: Actor | null, isNetworkMember: boolean): ProfileAudience[] {
  if (!actor) return ['public'];
  return isNetworkMember ? ['public', 'signed_in', 'partners'] : ['public', 'signed_in'];
}

/** The member directory: organisations, and people who let this reader see their memberships. */
export async function listNetworkMembers(
  db: Database,
  actor: Actor | null,
  slug: string,
  options: { kind?: 'organisation' | 'person' | undefined; limit: number; offset: number },
): Promise<{ items: NetworkMemberView[]; total: number }> {
  const { network } = await requireNetwork(db, slug);
  const isMember = actor ? await belongsToNetwork(db, network.id, actor.userId) : false;
  const audiences = audiencesFor(actor, isMember);
  const visiblePerson = sql`(${networkMembers.userId} is null or ${networkMembers.userId} = ${actor?.userId ?? null}
    or coalesce(${personProfiles.visibility}->>'memberships', 'signed_in') in ${audiences})`;
  const where = and(
    eq(networkMembers.networkId, network.id),
    visiblePerson,
    options.kind === 'organisation' ? sql`${networkMembers.organisationId} is not null` : undefined,
    options.kind === 'person' ? sql`${networkMembers.userId} is not null` : undefined,
  );
  const base = db
    .select({ member: networkMembers, user: users, country: personProfiles.country })
    .from(networkMembers)
    .leftJoin(users, eq(users.id, networkMembers.userId))
    .leftJoin(personProfiles, eq(personProfiles.userId, networkMembers.userId))
    .where(where);
  const [rows, totals] = await Promise.all([
    base
      .orderBy(sql`${networkMembers.role} = 'coordinator' desc`, networkMembers.createdAt)
      .limit(options.limit)
      .offset(options.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(networkMembers)
      .leftJoin(personProfiles, eq(personProfiles.userId, networkMembers.userId))
      .where(where),
  ]);
  const organisations = await organisationSummariesByIds(
    db,
    rows.flatMap(({ member }) => (member.organisationId ? [member.organisationId] : [])),
  );
  const items = rows.map(({ member, user, country }) => ({
    id: member.id,
    kind: member.organisationId ? ('organisation' as const) : ('person' as const),
    role: member.role as NetworkRole,
    organisation: member.organisationId ? (organisations.get(member.organisationId) ?? null) : null,
    person: user ? { userId: user.id, displayName: user.displayName, country: country ?? null } : null,
    version: member.version,
    createdAt: iso(member.createdAt),
  }));
  return { items, total: totals[0]?.n ?? 0 };
}

async function requireMember(tx: Queryable, networkId: string, memberId: string) {
  const [member] = await tx
    .select()
    .from(networkMembers)
    .where(and(eq(networkMembers.id, memberId), eq(networkMembers.networkId, networkId)))
    .limit(1);
  if (!member) throw notFound('A member with this id');
  return member;
}

/** Whether the actor speaks for this member: it is them, or an organisation they own or administer. */
async function speaksFor(tx: Queryable, actor: Actor, member: typeof networkMembers.$inferSelect) {
  if (member.userId) return member.userId === actor.userId;
  if (!member.organisationId) return false;
  try {
    await requireOrganisationAdminById(tx, actor, member.organisationId);
    return true;
  } catch {
    return false;
  }
}

/** A member leaves (or an organisation is taken out by its admins), or a coordinator removes a member. */
export async function removeNetworkMember(
  db: Database,
  anyActor: Actor | null,
  slug: string,
  memberId: string,
) {
  const actor = signedIn(anyActor);
  const { network } = await requireNetwork(db, slug);
  await db.transaction(async (tx) => {
    await lockNetwork(tx, network.id);
    const member = await requireMember(tx, network.id, memberId);
    const self = await speaksFor(tx, actor, member);
    if (!self && (await roleInNetwork(tx, network.id, actor.userId)) !== 'coordinator')
      throw forbidden('Only the network’s coordinators can remove other members.');
    if (member.role === 'coordinator' && (await coordinatorCount(tx, network.id)) <= 1)
      throw conflict('A network keeps at least one coordinator: name another one first.');
    await tx.delete(networkMembers).where(eq(networkMembers.id, member.id));
    await recordAudit(tx, {
      actor,
      action: self ? 'network.member_left' : 'network.member_removed',
      entityType: 'network',
      entityId: network.id,
      organisationId: member.organisationId,
      before: member,
    });
  });
}

export async function changeNetworkMemberRole(
  db: Database,
  actor: Actor | null,
  slug: string,
  memberId: string,
  change: { role: NetworkRole; version: number },
) {
  const { network } = await requireNetwork(db, slug);
  await db.transaction(async (tx) => {
    await lockNetwork(tx, network.id);
    await requireCoordinator(tx, network.id, actor);
    const member = await requireMember(tx, network.id, memberId);
    if (member.version !== change.version) throw versionConflict('This membership', member.version);
    if (
      member.role === 'coordinator' &&
      change.role !== 'coordinator' &&
      (await coordinatorCount(tx, network.id)) <= 1
    )
      throw invalid('A network keeps at least one coordinator.', [
        { field: 'body.role', message: 'the last coordinator stays coordinator' },
      ]);
    const [row] = await tx
      .update(networkMembers)
      .set({ role: change.role, version: member.version + 1 })
      .where(and(eq(networkMembers.id, member.id), eq(networkMembers.version, change.version)))
      .returning();
    if (!row) throw versionConflict('This membership', member.version);
    await recordAudit(tx, {
      actor,
      action: 'network.member_role_changed',
      entityType: 'network',
      entityId: network.id,
      organisationId: member.organisationId,
      before: { role: member.role },
      after: { role: row.role },
    });
  });
}
