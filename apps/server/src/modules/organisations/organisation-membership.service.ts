import { type OrganisationRole, pickText } from '@crossgov/shared';
import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, forbidden, invitationUnavailable, notFound, versionConflict } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { newSecret, sha256 } from '../../lib/tokens.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { mailIn } from '../mail/mail-catalogue.ts';
import { inviteeLanguage } from '../mail/recipient-language.ts';
import { roleInOrganisation } from './organisation.repo.ts';
import { ADMIN_ROLES, requireOrganisation, requireOrganisationAdmin } from './organisation.service.ts';
import { organisationInvitations, organisationMembers } from './organisation.table.ts';

export const INVITATION_DAYS = 14;

export async function listMembers(
  db: Database,
  actor: Actor | null,
  slug: string,
  page: { limit: number; offset: number },
) {
  const viewer = signedIn(actor, 'Sign in to see who works for this organisation.');
  const organisation = await requireOrganisation(db, slug);
  const viewerRole = await roleInOrganisation(db, organisation.id, viewer.userId);
  const showEmail = viewerRole !== null && ADMIN_ROLES.includes(viewerRole);
  const rows = await db
    .select({ member: organisationMembers, user: users })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, organisation.id))
    .orderBy(users.displayName, users.id)
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db
    .select({ n: count() })
    .from(organisationMembers)
    .where(eq(organisationMembers.organisationId, organisation.id));
  return {
    total: total?.n ?? 0,
    items: rows.map(({ member, user }) => ({
      userId: user.id,
      displayName: user.displayName,
      email: showEmail ? user.email : null,
      role: member.role as OrganisationRole,
      version: member.version,
      createdAt: iso(member.createdAt),
    })),
  };
}

/**
 * Serialises the membership changes of one organisation: "is this the last owner?" is only true while no one
 * else is removing or demoting an owner at the same moment.
 */
async function lockOrganisation(tx: Queryable, organisationId: string): Promise<void> {
  await tx.execute(sql`select 1 from organisations where id = ${organisationId} for update`);
}

async function membershipOf(tx: Queryable, organisationId: string, userId: string) {
  const [row] = await tx
    .select({ role: organisationMembers.role, version: organisationMembers.version })
    .from(organisationMembers)
    .where(
      and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)),
    )
    .limit(1);
  return row ? { role: row.role as OrganisationRole, version: row.version } : null;
}

async function ownerCount(db: Pick<Database, 'select'>, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(organisationMembers)
    .where(
      and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.role, 'owner')),
    );
  return row?.n ?? 0;
}

export async function changeMemberRole(
  db: Database,
  actor: Actor | null,
  slug: string,
  userId: string,
  change: { role: OrganisationRole; version: number },
) {
  const { role } = change;
  const organisation = await requireOrganisation(db, slug);
  await db.transaction(async (tx) => {
    await lockOrganisation(tx, organisation.id);
    const actorRole = await requireOrganisationAdmin(tx, organisation, actor);
    const membership = await membershipOf(tx, organisation.id, userId);
    if (!membership) throw notFound('This member');
    const current = membership.role;
    if (membership.version !== change.version) throw versionConflict('This membership', membership.version);
    if ((current === 'owner' || role === 'owner') && actorRole !== 'owner')
      throw forbidden('Only owners can make or unmake owners.');
    if (current === 'owner' && role !== 'owner' && (await ownerCount(tx, organisation.id)) <= 1)
      throw conflict('An organisation needs at least one owner.', [
        { field: 'body.role', message: 'last owner' },
      ]);
    await tx
      .update(organisationMembers)
      .set({ role, version: membership.version + 1 })
      .where(
        and(eq(organisationMembers.organisationId, organisation.id), eq(organisationMembers.userId, userId)),
      );
    await recordAudit(tx, {
      actor,
      action: 'organisation.member_role_changed',
      entityType: 'organisation_member',
      entityId: `${organisation.id}:${userId}`,
      organisationId: organisation.id,
      before: { role: current },
      after: { role },
    });
  });
}

/** Admins remove members; anyone may leave. The last owner can do neither. */
export async function removeMember(db: Database, actor: Actor | null, slug: string, userId: string) {
  const user = signedIn(actor);
  const organisation = await requireOrganisation(db, slug);
  await db.transaction(async (tx) => {
    await lockOrganisation(tx, organisation.id);
    const actorRole = user.userId === userId ? null : await requireOrganisationAdmin(tx, organisation, actor);
    const current = await roleInOrganisation(tx, organisation.id, userId);
    if (!current) throw notFound('This member');
    if (actorRole && current === 'owner' && actorRole !== 'owner')
      throw forbidden('Only owners can remove owners.');
    if (current === 'owner' && (await ownerCount(tx, organisation.id)) <= 1)
      throw conflict('An organisation needs at least one owner: make someone else owner first.');
    await tx
      .delete(organisationMembers)
      .where(
        and(eq(organisationMembers.organisationId, organisation.id), eq(organisationMembers.userId, userId)),
      );
    await recordAudit(tx, {
      actor,
      action: user.userId === userId ? 'organisation.member_left' : 'organisation.member_removed',
      entityType: 'organisation_member',
      entityId: `${organisation.id}:${userId}`,
      organisationId: organisation.id,
      before: { userId, role: current },
    });
  });
}

/**
 * Closes an invitation that is still open, by accepting or withdrawing it; undefined if it was no longer open
 * (so that of two requests at once, only one closes it).
 */
async function closeOpenInvitation(
  tx: Queryable,
  organisationId: string,
  id: string,
  closing: { acceptedAt: Date } | { revokedAt: Date },
) {
  const [row] = await tx
    .update(organisationInvitations)
    .set(closing)
    .where(
      and(
        eq(organisationInvitations.organisationId, organisationId),
        eq(organisationInvitations.id, id),
        isNull(organisationInvitations.acceptedAt),
        isNull(organisationInvitations.revokedAt),
      ),
    )
    .returning({ id: organisationInvitations.id });
  return row;
}

export async function listInvitations(db: Database, actor: Actor | null, slug: string) {
  const organisation = await requireOrganisation(db, slug);
  await requireOrganisationAdmin(db, organisation, actor);
  const rows = await db
    .select()
    .from(organisationInvitations)
    .where(eq(organisationInvitations.organisationId, organisation.id))
    .orderBy(desc(organisationInvitations.createdAt))
    .limit(200);
  return { items: rows.map(invitationView) };
}

export function invitationView(row: {
  id: string;
  email: string;
  role: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: iso(row.createdAt),
    expiresAt: iso(row.expiresAt),
    acceptedAt: iso(row.acceptedAt),
    revokedAt: iso(row.revokedAt),
  };
}

export async function inviteToOrganisation(
  db: Database,
  actor: Actor | null,
  publicUrl: string,
  slug: string,
  input: { email: string; role: OrganisationRole },
) {
  const organisation = await requireOrganisation(db, slug);
  const actorRole = await requireOrganisationAdmin(db, organisation, actor);
  if (input.role === 'owner' && actorRole !== 'owner') throw forbidden('Only owners can invite owners.');
  const token = newSecret();
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(organisationInvitations)
      .values({
        organisationId: organisation.id,
        email: input.email,
        role: input.role,
        tokenHash: sha256(token),
        invitedBy: actor?.userId ?? null,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    // An address without an account gets the inviter's language, else the organisation's working language.
    const language = await inviteeLanguage(tx, input.email, actor?.userId, organisation.workingLanguages);
    await enqueueMail(tx, {
      to: input.email,
      ...mailIn(language, 'organisationInvitation', {
        inviter: actor?.displayName ?? null,
        organisation: pickText(organisation.names, language),
        role: input.role,
        link: `${publicUrl}/invitations/organisation?token=${token}`,
        days: INVITATION_DAYS,
      }),
    });
    await recordAudit(tx, {
      actor,
      action: 'organisation.invitation_sent',
      entityType: 'organisation_invitation',
      entityId: created.id,
      organisationId: organisation.id,
      after: { email: created.email, role: created.role, expiresAt: created.expiresAt },
    });
    return created;
  });
  return invitationView(row);
}

export async function revokeOrganisationInvitation(
  db: Database,
  actor: Actor | null,
  slug: string,
  id: string,
) {
  const organisation = await requireOrganisation(db, slug);
  await requireOrganisationAdmin(db, organisation, actor);
  await db.transaction(async (tx) => {
    if (!(await closeOpenInvitation(tx, organisation.id, id, { revokedAt: new Date() })))
      throw notFound('An open invitation with this id');
    await recordAudit(tx, {
      actor,
      action: 'organisation.invitation_revoked',
      entityType: 'organisation_invitation',
      entityId: id,
      organisationId: organisation.id,
    });
  });
}

type InvitationRow = typeof organisationInvitations.$inferSelect;

/** Accepting needs the invited e-mail address: a forwarded link does not let someone else in. */
async function acceptInvitation(db: Database, actor: Actor, invitation: InvitationRow | undefined) {
  if (!invitation || invitation.revokedAt || invitation.acceptedAt || invitation.expiresAt <= new Date())
    throw invitationUnavailable();
  if (invitation.email.toLowerCase() !== actor.email.toLowerCase())
    throw forbidden(
      `This invitation was sent to ${invitation.email}; sign in with that address to accept it.`,
    );
  await db.transaction(async (tx) => {
    // Memberships of one organisation change one at a time; then claim the invitation, so that two clicks
    // (or two tabs) cannot both use it.
    await lockOrganisation(tx, invitation.organisationId);
    const claimed = await closeOpenInvitation(tx, invitation.organisationId, invitation.id, {
      acceptedAt: new Date(),
    });
    if (!claimed) throw invitationUnavailable();
    // Someone who is already a member keeps the role they have.
    const existing = await roleInOrganisation(tx, invitation.organisationId, actor.userId);
    if (!existing)
      await tx
        .insert(organisationMembers)
        .values({ organisationId: invitation.organisationId, userId: actor.userId, role: invitation.role });
    await recordAudit(tx, {
      actor,
      action: 'organisation.invitation_accepted',
      entityType: 'organisation_member',
      entityId: `${invitation.organisationId}:${actor.userId}`,
      organisationId: invitation.organisationId,
      before: existing ? { role: existing } : null,
      after: { role: existing ?? invitation.role },
    });
  });
  return invitation.organisationId;
}

export async function acceptOrganisationInvitationByToken(db: Database, actor: Actor | null, token: string) {
  const user = signedIn(actor, 'Sign in (or create an account) with the invited address to accept.');
  const [invitation] = await db
    .select()
    .from(organisationInvitations)
    .where(eq(organisationInvitations.tokenHash, sha256(token)))
    .limit(1);
  return acceptInvitation(db, user, invitation);
}

export async function acceptOrganisationInvitationById(db: Database, actor: Actor | null, id: string) {
  const user = signedIn(actor);
  const [invitation] = await db
    .select()
    .from(organisationInvitations)
    .where(eq(organisationInvitations.id, id))
    .limit(1);
  return acceptInvitation(db, user, invitation);
}

export async function pendingOrganisationInvitationsFor(db: Database, email: string) {
  return db
    .select()
    .from(organisationInvitations)
    .where(
      and(
        eq(organisationInvitations.email, email.toLowerCase()),
        isNull(organisationInvitations.acceptedAt),
        isNull(organisationInvitations.revokedAt),
        gt(organisationInvitations.expiresAt, new Date()),
      ),
    );
}
