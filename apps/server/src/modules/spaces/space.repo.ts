import { and, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { rowsOf } from '../../lib/schemas.ts';
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

/**
 * Joint work between organisations, for the ecosystem graph: pairs among `organisationIds` that co-own public
 * spaces, with how many (spaces of other visibilities are not shown to the public graph).
 */
export async function publicCoOwnerships(
  db: Queryable,
  organisationIds: string[],
): Promise<{ a: string; b: string; spaces: number }[]> {
  if (organisationIds.length < 2) return [];
  const ids = sql`${`{${organisationIds.join(',')}}`}::uuid[]`;
  const result = await db.execute(sql`
    select x.organisation_id as a, y.organisation_id as b, count(*)::int as spaces
    from space_owners x
    join space_owners y on y.space_id = x.space_id and x.organisation_id < y.organisation_id
    join spaces s on s.id = x.space_id and s.visibility = 'public'
    where x.organisation_id = any(${ids}) and y.organisation_id = any(${ids})
    group by 1, 2`);
  return rowsOf<{ a: string; b: string; spaces: number }>(result).map((row) => ({
    a: String(row.a),
    b: String(row.b),
    spaces: Number(row.spaces),
  }));
}
