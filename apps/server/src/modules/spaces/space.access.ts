import type { SpaceKind, SpaceRole, SpaceVisibility } from '@crossgov/shared';
import { eq, type Placeholder, sql } from 'drizzle-orm';
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

type AccessRow = Awaited<ReturnType<typeof accessQuery>>[number];

// Drizzle names the selected table's columns unqualified ("id"), which inside a subquery would bind to the
// subquery's own table: the subqueries below name the outer row as spaces.id.
/** The space picked by slug or id, with what the reader's rights depend on; values or placeholders. */
function accessQuery(
  db: Queryable,
  by: 'slug' | 'id',
  key: string | Placeholder,
  reader: string | null | Placeholder,
) {
  return db
    .select({
      space: spaces,
      owners: sql<SpaceOwnerView[]>`(select coalesce(json_agg(json_build_object(
          'organisationId', org.id, 'slug', org.slug, 'names', org.names, 'country', org.country,
          'verified', org.verified_at is not null) order by o.added_at), '[]'::json)
        from space_owners o join organisations org on org.id = o.organisation_id where o.space_id = spaces.id)`,
      memberCount: sql<number>`(select count(*)::int from space_members m where m.space_id = spaces.id)`,
      memberRole: sql<SpaceRole | null>`(select m.role from space_members m
        where m.space_id = spaces.id and m.user_id = ${reader}::uuid)`,
      ownerOrganisationRoles: sql<string[]>`(select coalesce(json_agg(om.role), '[]'::json)
        from space_owners o join organisation_members om on om.organisation_id = o.organisation_id
        where o.space_id = spaces.id and om.user_id = ${reader}::uuid)`,
    })
    .from(spaces)
    .where(eq(spaces[by], key))
    .limit(1);
}

const accessBySlug = preparedPerDatabase((db) =>
  accessQuery(db, 'slug', sql.placeholder('slug'), sql.placeholder('userId')).prepare('space_access_by_slug'),
);

function toAccess(found: AccessRow, actor: Actor | null): SpaceAccess {
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
 * Loads a space and what the actor may do in it, in one round trip: the space, its owner organisations, its
 * member count, the actor's own membership and the actor's roles in the owner organisations (every space
 * request starts here, and the space page needs nothing more).
 */
export async function loadSpaceAccess(
  db: Database,
  slug: string,
  actor: Actor | null,
): Promise<SpaceAccess | null> {
  const [found] = await accessBySlug(db).execute({ slug, userId: actor?.userId ?? null });
  return found ? toAccess(found, actor) : null;
}

function checked(
  access: SpaceAccess | null,
  what: string,
  actor: Actor | null,
  permission: keyof SpacePermissions,
): SpaceAccess {
  if (!access?.permissions.view) throw notFound(`Space "${what}"`);
  if (!access.permissions[permission]) {
    if (!actor) throw unauthorized();
    throw forbidden(`You need the "${permission}" right in this space.`);
  }
  return access;
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
  return checked(await loadSpaceAccess(db, slug, actor), slug, actor, permission);
}

/**
 * Loads a space of one kind (an assembly, a budget...) and checks one permission: a space of another kind answers
 * 404 like a missing one, before any permission is looked at.
 */
export async function requireSpaceOfKind(
  db: Database,
  slug: string,
  actor: Actor | null,
  kind: SpaceKind,
  what: string,
  permission: keyof SpacePermissions = 'view',
): Promise<SpaceAccess> {
  const access = await loadSpaceAccess(db, slug, actor);
  if (access?.space.kind !== kind) throw notFound(`${what} "${slug}"`);
  return checked(access, slug, actor, permission);
}

/**
 * Serialises the changes to one space's members and owners: "is this the last manager (or owner)?" is only
 * true while no one else is removing or demoting one at the same moment.
 */
export async function lockSpace(tx: Queryable, spaceId: string): Promise<void> {
  await tx.execute(sql`select 1 from spaces where id = ${spaceId} for update`);
}

/**
 * Locks a space for a change to its members or owners, then checks the actor's right again under the lock: the
 * change that held the lock before may just have taken that right away (a manager demoted by another).
 */
export async function lockSpaceAndRequire(
  tx: Queryable,
  spaceId: string,
  actor: Actor | null,
  permission: keyof SpacePermissions,
): Promise<SpaceAccess> {
  await lockSpace(tx, spaceId);
  const [found] = await accessQuery(tx, 'id', spaceId, actor?.userId ?? null);
  return checked(found ? toAccess(found, actor) : null, spaceId, actor, permission);
}
