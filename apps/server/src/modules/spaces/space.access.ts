import type { SpaceRole, SpaceVisibility } from '@crossgov/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound, unauthorized } from '../../lib/errors.ts';
import { organisationMembers } from '../organisations/organisation.table.ts';
import { type SpacePermissions, spacePermissions } from './space.policy.ts';
import { spaceMembers, spaceOwners, spaces } from './space.table.ts';

export type SpaceRow = typeof spaces.$inferSelect;

export interface SpaceAccess {
  space: SpaceRow;
  ownerIds: string[];
  memberRole: SpaceRole | null;
  permissions: SpacePermissions;
}

/** Loads a space and what the actor may do in it. */
export async function loadSpaceAccess(
  db: Queryable,
  slug: string,
  actor: Actor | null,
): Promise<SpaceAccess | null> {
  const [space] = await db.select().from(spaces).where(eq(spaces.slug, slug)).limit(1);
  if (!space) return null;
  const owners = await db
    .select({ organisationId: spaceOwners.organisationId })
    .from(spaceOwners)
    .where(eq(spaceOwners.spaceId, space.id));
  const ownerIds = owners.map((owner) => owner.organisationId);
  let memberRole: SpaceRole | null = null;
  let administersAnOwner = false;
  let inOwnerNetwork = false;
  if (actor) {
    const [membership] = await db
      .select({ role: spaceMembers.role })
      .from(spaceMembers)
      .where(and(eq(spaceMembers.spaceId, space.id), eq(spaceMembers.userId, actor.userId)))
      .limit(1);
    memberRole = (membership?.role as SpaceRole | undefined) ?? null;
    if (ownerIds.length > 0) {
      const roles = await db
        .select({ role: organisationMembers.role })
        .from(organisationMembers)
        .where(
          and(
            eq(organisationMembers.userId, actor.userId),
            inArray(organisationMembers.organisationId, ownerIds),
          ),
        );
      inOwnerNetwork = roles.length > 0;
      administersAnOwner = roles.some((row) => row.role === 'owner' || row.role === 'admin');
    }
  }
  const permissions = spacePermissions({
    visibility: space.visibility as SpaceVisibility,
    actor,
    memberRole,
    administersAnOwner,
    inOwnerNetwork,
  });
  return { space, ownerIds, memberRole, permissions };
}

/**
 * Loads a space and checks one permission. A space the actor may not even view answers 404 (as on GitHub),
 * so that private spaces do not reveal that they exist; one they may view but not act in answers 401 or 403.
 */
export async function requireSpace(
  db: Queryable,
  slug: string,
  actor: Actor | null,
  permission: keyof SpacePermissions = 'view',
): Promise<SpaceAccess> {
  const access = await loadSpaceAccess(db, slug, actor);
  if (!access?.permissions.view) throw notFound(`Space "${slug}"`);
  if (!access.permissions[permission]) {
    if (!actor) throw unauthorized();
    throw forbidden(`You need the "${permission}" right in this space.`);
  }
  return access;
}
