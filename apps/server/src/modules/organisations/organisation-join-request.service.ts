import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hasPendingJoinRequest, roleInOrganisation } from './organisation.repo.ts';
import { requireOrganisation, requireOrganisationAdmin } from './organisation.service.ts';
import { organisationJoinRequests, organisationMembers } from './organisation.table.ts';

type JoinStatus = 'pending' | 'approved' | 'rejected';

/** A person asks to be recognised as working for an organisation; its owners or admins decide. */
export async function requestToJoin(
  db: Database,
  actor: Actor | null,
  slug: string,
  message: string | undefined,
) {
  const user = signedIn(actor, 'Sign in to ask to join an organisation.');
  const organisation = await requireOrganisation(db, slug);
  if (await roleInOrganisation(db, organisation.id, user.userId))
    throw conflict('You are already a member of this organisation.');
  if (await hasPendingJoinRequest(db, organisation.id, user.userId))
    throw conflict('Your request to join is already waiting for a decision.');
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(organisationJoinRequests)
      .values({ organisationId: organisation.id, userId: user.userId, message: message ?? null })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      actor,
      action: 'organisation.join_requested',
      entityType: 'organisation_join_request',
      entityId: created.id,
      organisationId: organisation.id,
      after: { userId: user.userId, message: created.message },
    });
    return created;
  });
  return {
    id: row.id,
    userId: user.userId,
    displayName: user.displayName,
    message: row.message,
    status: row.status as JoinStatus,
    createdAt: iso(row.createdAt),
  };
}

export async function listJoinRequests(db: Database, actor: Actor | null, slug: string) {
  const organisation = await requireOrganisation(db, slug);
  await requireOrganisationAdmin(db, organisation, actor);
  const rows = await db
    .select({ request: organisationJoinRequests, user: users })
    .from(organisationJoinRequests)
    .innerJoin(users, eq(users.id, organisationJoinRequests.userId))
    .where(eq(organisationJoinRequests.organisationId, organisation.id))
    .orderBy(desc(organisationJoinRequests.createdAt))
    .limit(200);
  return {
    items: rows.map(({ request, user }) => ({
      id: request.id,
      userId: user.id,
      displayName: user.displayName,
      message: request.message,
      status: request.status as JoinStatus,
      createdAt: iso(request.createdAt),
    })),
  };
}

export async function decideJoinRequest(
  db: Database,
  actor: Actor | null,
  slug: string,
  id: string,
  approve: boolean,
) {
  const organisation = await requireOrganisation(db, slug);
  await requireOrganisationAdmin(db, organisation, actor);
  await db.transaction(async (tx) => {
    const [request] = await tx
      .update(organisationJoinRequests)
      .set({
        status: approve ? 'approved' : 'rejected',
        decidedBy: actor?.userId ?? null,
        decidedAt: new Date(),
      })
      .where(
        and(
          eq(organisationJoinRequests.id, id),
          eq(organisationJoinRequests.organisationId, organisation.id),
          eq(organisationJoinRequests.status, 'pending'),
        ),
      )
      .returning();
    if (!request) throw notFound('A pending join request with this id');
    if (approve)
      await tx
        .insert(organisationMembers)
        .values({ organisationId: organisation.id, userId: request.userId, role: 'member' })
        .onConflictDoNothing();
    await recordAudit(tx, {
      actor,
      action: approve ? 'organisation.join_approved' : 'organisation.join_rejected',
      entityType: 'organisation_join_request',
      entityId: id,
      organisationId: organisation.id,
      before: { status: 'pending' },
      after: { status: request.status, userId: request.userId },
    });
  });
}
