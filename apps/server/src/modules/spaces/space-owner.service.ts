import { pickText } from '@crossgov/shared';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { mailIn } from '../mail/mail-catalogue.ts';
import { findOrganisationsByIds } from '../organisations/organisation.repo.ts';
import { requireOrganisation, requireOrganisationAdmin } from '../organisations/organisation.service.ts';
import { organisationMembers, organisations } from '../organisations/organisation.table.ts';
import { lockSpaceAndRequire, requireSpace, type SpaceRow } from './space.access.ts';
import { spaceOwnerRequests, spaceOwners, spaces } from './space.table.ts';

type OwnerRequestStatus = 'pending' | 'accepted' | 'declined';

/** Asks another organisation to co-own a space; its owners and admins are told by e-mail (links on `publicUrl`). */
export async function createOwnerRequest(
  tx: Queryable,
  actor: Actor,
  space: SpaceRow,
  organisationId: string,
  publicUrl: string,
) {
  const [existing] = await tx
    .select({ id: spaceOwnerRequests.id })
    .from(spaceOwnerRequests)
    .where(
      and(
        eq(spaceOwnerRequests.spaceId, space.id),
        eq(spaceOwnerRequests.organisationId, organisationId),
        eq(spaceOwnerRequests.status, 'pending'),
      ),
    )
    .limit(1);
  if (existing) throw conflict('This organisation has already been asked to co-own the space.');
  const [request] = await tx
    .insert(spaceOwnerRequests)
    .values({ spaceId: space.id, organisationId, requestedBy: actor.userId })
    .returning();
  if (!request) throw new Error('insert returned nothing');
  const admins = await tx
    .select({ email: users.email, language: users.language, slug: organisations.slug })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(
      and(
        eq(organisationMembers.organisationId, organisationId),
        inArray(organisationMembers.role, ['owner', 'admin']),
      ),
    );
  for (const admin of admins)
    await enqueueMail(tx, {
      to: admin.email,
      ...mailIn(admin.language, 'coOwnerRequest', {
        requester: actor.displayName,
        space: pickText(space.titles, admin.language),
        link: `${publicUrl}/organisations/${admin.slug}`,
      }),
    });
  await recordAudit(tx, {
    actor,
    action: 'space.owner_requested',
    entityType: 'space_owner_request',
    entityId: request.id,
    spaceId: space.id,
    organisationId,
    after: { organisationId },
  });
  return request;
}

export async function requestCoOwner(
  db: Database,
  actor: Actor | null,
  slug: string,
  organisationId: string,
  publicUrl: string,
) {
  const user = signedIn(actor);
  const { space, ownerIds } = await requireSpace(db, slug, actor, 'manage');
  if (ownerIds.includes(organisationId)) throw conflict('This organisation already co-owns the space.');
  const [organisation] = await findOrganisationsByIds(db, [organisationId]);
  if (!organisation)
    throw invalid('Unknown organisation.', [
      { field: 'body.organisationId', message: 'unknown organisation' },
    ]);
  const request = await db.transaction((tx) =>
    createOwnerRequest(tx, user, space, organisationId, publicUrl),
  );
  return ownerRequestView(request, space, organisation);
}

function ownerRequestView(
  request: typeof spaceOwnerRequests.$inferSelect,
  space: Pick<SpaceRow, 'id' | 'slug' | 'titles'>,
  organisation: { id: string; slug: string; names: SpaceRow['titles'] },
) {
  return {
    id: request.id,
    space: { id: space.id, slug: space.slug, titles: space.titles },
    organisation: { id: organisation.id, slug: organisation.slug, names: organisation.names },
    status: request.status as OwnerRequestStatus,
    createdAt: iso(request.createdAt),
  };
}

async function ownerRequestsWhere(db: Database, where: ReturnType<typeof and>) {
  const rows = await db
    .select({ request: spaceOwnerRequests, space: spaces, organisation: organisations })
    .from(spaceOwnerRequests)
    .innerJoin(spaces, eq(spaces.id, spaceOwnerRequests.spaceId))
    .innerJoin(organisations, eq(organisations.id, spaceOwnerRequests.organisationId))
    .where(where)
    .orderBy(desc(spaceOwnerRequests.createdAt))
    .limit(200);
  return { items: rows.map((row) => ownerRequestView(row.request, row.space, row.organisation)) };
}

export async function listSpaceOwnerRequests(db: Database, actor: Actor | null, slug: string) {
  const { space } = await requireSpace(db, slug, actor, 'manage');
  return ownerRequestsWhere(db, and(eq(spaceOwnerRequests.spaceId, space.id)));
}

/** Pending requests for an organisation to co-own spaces, for its owners and admins. */
export async function listOrganisationOwnerRequests(
  db: Database,
  actor: Actor | null,
  organisationSlug: string,
) {
  const organisation = await requireOrganisation(db, organisationSlug);
  await requireOrganisationAdmin(db, organisation, actor);
  return ownerRequestsWhere(
    db,
    and(eq(spaceOwnerRequests.organisationId, organisation.id), eq(spaceOwnerRequests.status, 'pending')),
  );
}

export async function decideOwnerRequest(
  db: Database,
  actor: Actor | null,
  spaceSlug: string,
  id: string,
  accept: boolean,
) {
  const user = signedIn(actor);
  const [row] = await db
    .select({ request: spaceOwnerRequests, space: spaces })
    .from(spaceOwnerRequests)
    .innerJoin(spaces, eq(spaces.id, spaceOwnerRequests.spaceId))
    .where(and(eq(spaceOwnerRequests.id, id), eq(spaces.slug, spaceSlug)))
    .limit(1);
  if (row?.request.status !== 'pending') throw notFound('A pending co-ownership request with this id');
  const [organisation] = await findOrganisationsByIds(db, [row.request.organisationId]);
  if (!organisation) throw notFound('The organisation');
  await requireOrganisationAdmin(db, organisation, user);
  await db.transaction(async (tx) => {
    // Decided once: a second admin answering at the same moment finds it no longer pending.
    const [decided] = await tx
      .update(spaceOwnerRequests)
      .set({ status: accept ? 'accepted' : 'declined', decidedBy: user.userId, decidedAt: new Date() })
      .where(
        and(
          eq(spaceOwnerRequests.spaceId, row.space.id),
          eq(spaceOwnerRequests.id, id),
          eq(spaceOwnerRequests.status, 'pending'),
        ),
      )
      .returning({ id: spaceOwnerRequests.id });
    if (!decided) throw notFound('A pending co-ownership request with this id');
    if (accept)
      await tx
        .insert(spaceOwners)
        .values({ spaceId: row.space.id, organisationId: organisation.id })
        .onConflictDoNothing();
    await recordAudit(tx, {
      actor: user,
      action: accept ? 'space.owner_added' : 'space.owner_declined',
      entityType: 'space_owner_request',
      entityId: id,
      spaceId: row.space.id,
      organisationId: organisation.id,
      before: { status: 'pending' },
      after: { status: accept ? 'accepted' : 'declined' },
    });
  });
}

export async function removeOwner(db: Database, actor: Actor | null, slug: string, organisationId: string) {
  const { space, ownerIds } = await requireSpace(db, slug, actor, 'manage');
  if (!ownerIds.includes(organisationId)) throw notFound('This owner');
  await db.transaction(async (tx) => {
    // Two managers removing the last two owners at once must not both succeed.
    await lockSpaceAndRequire(tx, space.id, actor, 'manage');
    const [remaining] = await tx
      .select({ n: count() })
      .from(spaceOwners)
      .where(eq(spaceOwners.spaceId, space.id));
    if ((remaining?.n ?? 0) <= 1) throw conflict('A space needs at least one owner organisation.');
    const removed = await tx
      .delete(spaceOwners)
      .where(and(eq(spaceOwners.spaceId, space.id), eq(spaceOwners.organisationId, organisationId)))
      .returning({ organisationId: spaceOwners.organisationId });
    if (removed.length === 0) throw notFound('This owner');
    await recordAudit(tx, {
      actor,
      action: 'space.owner_removed',
      entityType: 'space_owner',
      entityId: `${space.id}:${organisationId}`,
      spaceId: space.id,
      organisationId,
      before: { organisationId },
    });
  });
}
