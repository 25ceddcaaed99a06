import type { SpaceRole, SpaceVisibility } from '@crossgov/shared';
import { eq, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { preparedPerDatabase } from '../../db/prepared.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound, unauthorized } from '../../lib/errors.ts';
import type { SpaceOwnerView } from './space.dto.ts';
import { type SpacePermissions, spacePermissions } from './space.policy.ts';
import { spaces } from './space.table.ts';

export type SpaceRow = typeof spaces.$inferSelect;

export interface SpaceAccess {
  space: SpaceRow;
  /** The owner organisations, in the order they joined. */
  owners: SpaceOwnerView[];
  ownerIds: string[];
  memberCount: number;
  memberRole: SpaceRole | null;
  permissions: SpacePermissions;
}

// Drizzle names the selected table's columns unqualified ("id"), which inside a subquery would bind to the
// subquery's own table: the subqueries below name the outer row as spaces.id.
const spaceAccessQuery = preparedPerDatabase((db) => {
  const userId = sql.placeholder('userId');
  return db
    .select({
      space: spaces,
      owners: sql<SpaceOwnerView[]>`(select coalesce(json_agg(json_build_object(
          'organisationId', org.id, 'slug', org.slug, 'names', org.names, 'country', org.country,
          'verified', org.verified_at is not null) order by o.added_at), '[]'::json)
        from space_owners o join organisations org on org.id = o.organisation_id where o.space_id = spaces.id)`,
      memberCount: sql<number>`(select count(*)::int from space_members m where m.space_id = spaces.id)`,
      memberRole: sql<SpaceRole | null>`(select m.role from space_members m
        where m.space_id = spaces.id and m.user_id = ${userId}::uuid)`,
      ownerOrganisationRoles: sql<string[]>`(select coalesce(json_agg(om.role), '[]'::json)
        from space_owners o join organisation_members om on om.organisation_id = o.organisation_id
        where o.space_id = spaces.id and om.user_id = ${userId}::uuid)`,
    })
    .from(spaces)
    .where(eq(spaces.slug, sql.placeholder('slug')))
    .limit(1)
    .prepare('space_access_by_slug');
});

/**
 * Loads a space and what the actor may do in it, in one round trip: the space, its owner organisations, its
 * member count, the actor's own membership and the actor's roles in the owner organisations (every space
 * request starts here, and the space page needs nothing more).
 */
export async function loadSpaceAccess(
  db: Database,
  slug: string,
  actor: Actor | null,
): Promise<SpaceAccess | null> {
  const [found] = await spaceAccessQuery(db).execute({ slug, userId: actor?.userId ?? null });
  if (!found) return null;
  const { space, owners, memberCount, memberRole, ownerOrganisationRoles } = found;
  const permissions = spacePermissions({
    visibility: space.visibility as SpaceVisibility,
    actor,
    memberRole,
    administersAnOwner: ownerOrganisationRoles.some((role) => role === 'owner' || role === 'admin'),
    inOwnerNetwork: ownerOrganisationRoles.length > 0,
  });
  return {
    space,
    owners,
    ownerIds: owners.map((owner) => owner.organisationId),
    memberCount,
    memberRole,
    permissions,
  };
}

/**
 * Loads a space and checks one permission. A space the actor may not even view answers 404 (as on GitHub),
 * so that private spaces do not reveal that they exist; one they may view but not act in answers 401 or 403.
 */
export async function requireSpace(
  db: Database,
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

/**
 * Serialises the changes to one space's members and owners: "is this the last manager (or owner)?" is only
 * true while no one else is removing or demoting one at the same moment.
 */
export async function lockSpace(tx: Queryable, spaceId: string): Promise<void> {
  await tx.execute(sql`select 1 from spaces where id = ${spaceId} for update`);
}
