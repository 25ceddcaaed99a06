import { pickText, type SpaceRole, spaceRoleRank } from '@crossgov/shared';
import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import {
  conflict,
  forbidden,
  invalid,
  invitationUnavailable,
  notFound,
  versionConflict,
} from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { newSecret, sha256 } from '../../lib/tokens.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { mailIn } from '../mail/mail-catalogue.ts';
import { inviteeLanguage } from '../mail/recipient-language.ts';
import { findOrganisationsByIds } from '../organisations/organisation.repo.ts';
import { organisations } from '../organisations/organisation.table.ts';
import { lockSpace, lockSpaceAndRequire, requireSpace } from './space.access.ts';
import { spaceInvitations, spaceMembers, spaces } from './space.table.ts';

export const SPACE_INVITATION_DAYS = 14;

export async function listSpaceMembers(
  db: Database,
  actor: Actor | null,
  slug: string,
  page: { limit: number; offset: number },
) {
  const { space } = await requireSpace(db, slug, actor, 'view');
  const rows = await db
    .select({ member: spaceMembers, user: users, organisation: organisations })
    .from(spaceMembers)
    .innerJoin(users, eq(users.id, spaceMembers.userId))
    .leftJoin(organisations, eq(organisations.id, spaceMembers.organisationId))
    .where(eq(spaceMembers.spaceId, space.id))
    .orderBy(users.displayName, users.id)
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db
    .select({ n: count() })
    .from(spaceMembers)
    .where(eq(spaceMembers.spaceId, space.id));
  return {
    total: total?.n ?? 0,
    items: rows.map(({ member, user, organisation }) => ({
      userId: user.id,
      displayName: user.displayName,
      role: member.role as SpaceRole,
      organisation: organisation
        ? { id: organisation.id, slug: organisation.slug, names: organisation.names }
        : null,
      version: member.version,
      createdAt: iso(member.createdAt),
    })),
  };
}

async function managerCount(tx: Queryable, spaceId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(spaceMembers)
    .where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.role, 'manage')));
  return row?.n ?? 0;
}

async function memberRole(tx: Queryable, spaceId: string, userId: string): Promise<SpaceRole | null> {
  const [row] = await tx
    .select({ role: spaceMembers.role })
    .from(spaceMembers)
    .where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.userId, userId)))
    .limit(1);
  return (row?.role as SpaceRole | undefined) ?? null;
}

export async function changeSpaceMemberRole(
  db: Database,
  actor: Actor | null,
  slug: string,
  userId: string,
  change: { role: SpaceRole; version: number },
) {
  const { role } = change;
  const { space } = await requireSpace(db, slug, actor, 'manage');
  await db.transaction(async (tx) => {
    await lockSpaceAndRequire(tx, space.id, actor, 'manage');
    const [membership] = await tx
      .select({ role: spaceMembers.role, version: spaceMembers.version })
      .from(spaceMembers)
      .where(and(eq(spaceMembers.spaceId, space.id), eq(spaceMembers.userId, userId)))
      .limit(1);
    if (!membership) throw notFound('This member');
    if (membership.version !== change.version) throw versionConflict('This membership', membership.version);
    const current = membership.role as SpaceRole;
    if (current === 'manage' && role !== 'manage' && (await managerCount(tx, space.id)) <= 1)
      throw conflict('A space needs at least one manager.', [
        { field: 'body.role', message: 'last manager' },
      ]);
    const changed = await tx
      .update(spaceMembers)
      .set({ role, version: membership.version + 1 })
      .where(
        and(
          eq(spaceMembers.spaceId, space.id),
          eq(spaceMembers.userId, userId),
          eq(spaceMembers.version, membership.version),
        ),
      )
      .returning({ version: spaceMembers.version });
    if (changed.length === 0) throw versionConflict('This membership', membership.version + 1);
    await recordAudit(tx, {
      actor,
      action: 'space.member_role_changed',
      entityType: 'space_member',
      entityId: `${space.id}:${userId}`,
      spaceId: space.id,
      before: { role: current },
      after: { role },
    });
  });
}

export async function removeSpaceMember(db: Database, actor: Actor | null, slug: string, userId: string) {
  const user = signedIn(actor);
  const leaving = user.userId === userId;
  const { space } = await requireSpace(db, slug, actor, leaving ? 'view' : 'manage');
  await db.transaction(async (tx) => {
    await lockSpaceAndRequire(tx, space.id, actor, leaving ? 'view' : 'manage');
    const current = await memberRole(tx, space.id, userId);
    if (!current) throw notFound('This member');
    if (current === 'manage' && (await managerCount(tx, space.id)) <= 1)
      throw conflict('A space needs at least one manager: give the manage role to someone else first.');
    await tx
      .delete(spaceMembers)
      .where(and(eq(spaceMembers.spaceId, space.id), eq(spaceMembers.userId, userId)));
    await recordAudit(tx, {
      actor,
      action: leaving ? 'space.member_left' : 'space.member_removed',
      entityType: 'space_member',
      entityId: `${space.id}:${userId}`,
      spaceId: space.id,
      before: { userId, role: current },
    });
  });
}

type SpaceInvitationRow = typeof spaceInvitations.$inferSelect;

function invitationView(row: SpaceInvitationRow) {
  return {
    id: row.id,
    email: row.email,
    role: row.role as SpaceRole,
    organisationId: row.organisationId,
    createdAt: iso(row.createdAt),
    expiresAt: iso(row.expiresAt),
    acceptedAt: iso(row.acceptedAt),
    revokedAt: iso(row.revokedAt),
  };
}

export async function listSpaceInvitations(db: Database, actor: Actor | null, slug: string) {
  const { space } = await requireSpace(db, slug, actor, 'manage');
  const rows = await db
    .select()
    .from(spaceInvitations)
    .where(eq(spaceInvitations.spaceId, space.id))
    .orderBy(desc(spaceInvitations.createdAt))
    .limit(200);
  return { items: rows.map(invitationView) };
}

/** Invites a person, from any organisation, to take part in the space with a role. */
export async function inviteToSpace(
  db: Database,
  actor: Actor | null,
  publicUrl: string,
  slug: string,
  input: { email: string; role: SpaceRole; organisationId?: string | undefined },
) {
  const { space } = await requireSpace(db, slug, actor, 'manage');
  if (input.organisationId && (await findOrganisationsByIds(db, [input.organisationId])).length === 0)
    throw invalid('Unknown organisation.', [
      { field: 'body.organisationId', message: 'unknown organisation' },
    ]);
  const token = newSecret();
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(spaceInvitations)
      .values({
        spaceId: space.id,
        email: input.email,
        role: input.role,
        organisationId: input.organisationId ?? null,
        tokenHash: sha256(token),
        invitedBy: actor?.userId ?? null,
        expiresAt: new Date(Date.now() + SPACE_INVITATION_DAYS * 86_400_000),
      })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    // Spaces keep no list of languages: an address without an account gets the inviter's language.
    const language = await inviteeLanguage(tx, input.email, actor?.userId);
    await enqueueMail(tx, {
      to: input.email,
      ...mailIn(language, 'spaceInvitation', {
        inviter: actor?.displayName ?? null,
        space: pickText(space.titles, language),
        role: input.role,
        link: `${publicUrl}/invitations/space?token=${token}`,
        days: SPACE_INVITATION_DAYS,
      }),
    });
    await recordAudit(tx, {
      actor,
      action: 'space.invitation_sent',
      entityType: 'space_invitation',
      entityId: created.id,
      spaceId: space.id,
      after: { email: created.email, role: created.role, organisationId: created.organisationId },
    });
    return created;
  });
  return invitationView(row);
}

/**
 * Closes an invitation that is still open, by accepting or withdrawing it; undefined if it was no longer open
 * (so that of two requests at once, only one closes it).
 */
async function closeOpenInvitation(
  tx: Queryable,
  spaceId: string,
  id: string,
  closing: { acceptedAt: Date } | { revokedAt: Date },
) {
  const [row] = await tx
    .update(spaceInvitations)
    .set(closing)
    .where(
      and(
        eq(spaceInvitations.spaceId, spaceId),
        eq(spaceInvitations.id, id),
        isNull(spaceInvitations.acceptedAt),
        isNull(spaceInvitations.revokedAt),
      ),
    )
    .returning({ id: spaceInvitations.id });
  return row;
}

export async function revokeSpaceInvitation(db: Database, actor: Actor | null, slug: string, id: string) {
  const { space } = await requireSpace(db, slug, actor, 'manage');
  await db.transaction(async (tx) => {
    if (!(await closeOpenInvitation(tx, space.id, id, { revokedAt: new Date() })))
      throw notFound('An open invitation with this id');
    await recordAudit(tx, {
      actor,
      action: 'space.invitation_revoked',
      entityType: 'space_invitation',
      entityId: id,
      spaceId: space.id,
    });
  });
}

async function accept(
  db: Database,
  actor: Actor,
  invitation: SpaceInvitationRow | undefined,
): Promise<string> {
  if (!invitation || invitation.revokedAt || invitation.acceptedAt || invitation.expiresAt <= new Date())
    throw invitationUnavailable();
  if (invitation.email.toLowerCase() !== actor.email.toLowerCase())
    throw forbidden(
      `This invitation was sent to ${invitation.email}; sign in with that address to accept it.`,
    );
  return db.transaction(async (tx) => {
    // Memberships of one space change one at a time (see lockSpace); then claim the invitation, so that two
    // clicks (or two tabs) cannot both use it.
    await lockSpace(tx, invitation.spaceId);
    const claimed = await closeOpenInvitation(tx, invitation.spaceId, invitation.id, {
      acceptedAt: new Date(),
    });
    if (!claimed) throw invitationUnavailable();
    const current = await memberRole(tx, invitation.spaceId, actor.userId);
    // An invitation can raise a member's role, never lower it (it must not demote a manager).
    const invited = invitation.role as SpaceRole;
    const role = current && spaceRoleRank(current) >= spaceRoleRank(invited) ? current : invited;
    if (current)
      await tx
        .update(spaceMembers)
        .set({
          role,
          organisationId: invitation.organisationId ?? undefined,
          version: sql`${spaceMembers.version} + 1`,
        })
        .where(and(eq(spaceMembers.spaceId, invitation.spaceId), eq(spaceMembers.userId, actor.userId)));
    else
      await tx.insert(spaceMembers).values({
        spaceId: invitation.spaceId,
        userId: actor.userId,
        role,
        organisationId: invitation.organisationId,
      });
    await recordAudit(tx, {
      actor,
      action: 'space.invitation_accepted',
      entityType: 'space_member',
      entityId: `${invitation.spaceId}:${actor.userId}`,
      spaceId: invitation.spaceId,
      before: current ? { role: current } : null,
      after: { role, organisationId: invitation.organisationId },
    });
    const [space] = await tx
      .select({ slug: spaces.slug })
      .from(spaces)
      .where(eq(spaces.id, invitation.spaceId));
    return space?.slug ?? '';
  });
}

export async function acceptSpaceInvitationByToken(db: Database, actor: Actor | null, token: string) {
  const user = signedIn(actor, 'Sign in (or create an account) with the invited address to accept.');
  const [invitation] = await db
    .select()
    .from(spaceInvitations)
    .where(eq(spaceInvitations.tokenHash, sha256(token)))
    .limit(1);
  return accept(db, user, invitation);
}

export async function acceptSpaceInvitationById(db: Database, actor: Actor | null, id: string) {
  const user = signedIn(actor);
  const [invitation] = await db.select().from(spaceInvitations).where(eq(spaceInvitations.id, id)).limit(1);
  return accept(db, user, invitation);
}

export async function pendingSpaceInvitationsFor(db: Database, email: string) {
  return db
    .select({ invitation: spaceInvitations, space: spaces })
    .from(spaceInvitations)
    .innerJoin(spaces, eq(spaces.id, spaceInvitations.spaceId))
    .where(
      and(
        eq(spaceInvitations.email, email.toLowerCase()),
        isNull(spaceInvitations.acceptedAt),
        isNull(spaceInvitations.revokedAt),
        gt(spaceInvitations.expiresAt, new Date()),
      ),
    );
}
