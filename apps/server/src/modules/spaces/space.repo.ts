import { and, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { preparedPerDatabase } from '../../db/prepared.ts';
import type { Actor } from '../../lib/actor.ts';
import { escapeLike } from '../organisations/organisation.repo.ts';
import { organisationMembers, organisations } from '../organisations/organisation.table.ts';
import type { SpaceOwnerView } from './space.dto.ts';
import { spaceMembers, spaceOwners, spaces } from './space.table.ts';

export async function ownersOf(db: Queryable, spaceIds: string[]): Promise<Map<string, SpaceOwnerView[]>> {
  const result = new Map<string, SpaceOwnerView[]>();
  if (spaceIds.length === 0) return result;
  const rows = await db
    .select({ spaceId: spaceOwners.spaceId, organisation: organisations })
    .from(spaceOwners)
    .innerJoin(organisations, eq(organisations.id, spaceOwners.organisationId))
    .where(inArray(spaceOwners.spaceId, spaceIds))
    .orderBy(spaceOwners.addedAt);
  for (const { spaceId, organisation } of rows) {
    const list = result.get(spaceId) ?? [];
    list.push({
      organisationId: organisation.id,
      slug: organisation.slug,
      names: organisation.names,
      country: organisation.country,
      verified: organisation.verifiedAt !== null,
    });
    result.set(spaceId, list);
  }
  return result;
}

const ownersAndMemberCountQuery = preparedPerDatabase((db) => {
  const spaceId = sql.placeholder('spaceId');
  return db
    .select({
      memberCount: sql<number>`(select count(*)::int from space_members m where m.space_id = ${spaceId}::uuid)`,
      owners: sql<SpaceOwnerView[]>`coalesce(json_agg(json_build_object(
          'organisationId', ${organisations.id}, 'slug', ${organisations.slug}, 'names', ${organisations.names},
          'country', ${organisations.country}, 'verified', ${organisations.verifiedAt} is not null)
        order by ${spaceOwners.addedAt}), '[]'::json)`,
    })
    .from(spaceOwners)
    .innerJoin(organisations, eq(organisations.id, spaceOwners.organisationId))
    .where(eq(spaceOwners.spaceId, spaceId))
    .prepare('space_owners_and_member_count');
});

/** One space's owner organisations and member count, in one round trip (for the space page). */
export async function ownersAndMemberCount(
  db: Database,
  spaceId: string,
): Promise<{ owners: SpaceOwnerView[]; memberCount: number }> {
  const [row] = await ownersAndMemberCountQuery(db).execute({ spaceId });
  return { owners: row?.owners ?? [], memberCount: row?.memberCount ?? 0 };
}

/** The SQL twin of space.policy's `view`, for lists: what this actor may see. */
function visibleTo(actor: Actor | null): SQL | undefined {
  if (actor?.platformRole === 'admin') return undefined;
  const publicSpace = eq(spaces.visibility, 'public');
  if (!actor) return publicSpace;
  return or(
    publicSpace,
    eq(spaces.visibility, 'signed_in'),
    sql`exists (select 1 from ${spaceMembers} where ${spaceMembers.spaceId} = ${spaces.id} and ${spaceMembers.userId} = ${actor.userId})`,
    sql`exists (select 1 from ${spaceOwners} join ${organisationMembers} on ${organisationMembers.organisationId} = ${spaceOwners.organisationId}
        where ${spaceOwners.spaceId} = ${spaces.id} and ${organisationMembers.userId} = ${actor.userId}
        and (${spaces.visibility} = 'network' or ${organisationMembers.role} in ('owner', 'admin')))`,
  );
}

export interface SpaceFilter {
  kind?: string | undefined;
  q?: string | undefined;
  mine?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function listVisibleSpaces(db: Queryable, actor: Actor | null, filter: SpaceFilter) {
  const where = and(
    visibleTo(actor),
    filter.kind ? eq(spaces.kind, filter.kind) : undefined,
    filter.q
      ? ilike(sql`${spaces.slug} || ' ' || ${spaces.titles}::text`, `%${escapeLike(filter.q)}%`)
      : undefined,
    filter.mine && actor
      ? sql`exists (select 1 from ${spaceMembers} where ${spaceMembers.spaceId} = ${spaces.id} and ${spaceMembers.userId} = ${actor.userId})`
      : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(spaces)
      .where(where)
      .orderBy(desc(spaces.updatedAt), spaces.slug)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(spaces).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}
