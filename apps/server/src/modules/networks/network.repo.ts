import type { NetworkRole } from '@crossgov/shared';
import { and, count, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { COUNT_CAP, cappedCount, compileQuery, matchesQuery } from '../../lib/full-text.ts';
import { organisationMembers } from '../organisations/organisation.table.ts';
import { networkJoinRequests, networkMembers, networks } from './network.table.ts';

export type NetworkRow = typeof networks.$inferSelect;
export type NetworkMemberRow = typeof networkMembers.$inferSelect;

/** Member counts and member organisations' countries, selected with each network. */
const networkStats = {
  organisationCount: sql<number>`(select count(*)::int from network_members m
    where m.network_id = networks.id and m.organisation_id is not null)`,
  personCount: sql<number>`(select count(*)::int from network_members m
    where m.network_id = networks.id and m.user_id is not null)`,
  countries: sql<string[]>`coalesce((select array_agg(distinct o.country order by o.country)
    from network_members m join organisations o on o.id = m.organisation_id
    where m.network_id = networks.id), '{}'::text[])`,
};

export interface NetworkWithStats {
  network: NetworkRow;
  organisationCount: number;
  personCount: number;
  countries: string[];
}

export interface NetworkFilter {
  q?: string | undefined;
  kind?: string | undefined;
  sdg?: number | undefined;
  country?: string | undefined;
  limit: number;
  offset: number;
}

export async function listNetworks(
  db: Queryable,
  filter: NetworkFilter,
): Promise<{ rows: NetworkWithStats[]; total: number; totalCapped: boolean }> {
  const query = filter.q ? await compileQuery(db, filter.q) : null;
  if (filter.q && !query) return { rows: [], total: 0, totalCapped: false };
  const where: SQL | undefined = and(
    query ? matchesQuery(networks.searchVector, query) : undefined,
    filter.kind ? eq(networks.kind, filter.kind) : undefined,
    filter.sdg ? sql`${networks.sdgs} @> array[${filter.sdg}]::smallint[]` : undefined,
    filter.country
      ? sql`exists(select 1 from network_members m join organisations o on o.id = m.organisation_id
          where m.network_id = ${networks.id} and o.country = ${filter.country})`
      : undefined,
  );
  const order = query
    ? [desc(sql`ts_rank(${networks.searchVector}, ${query}::tsquery)`), networks.slug]
    : [networks.slug];
  const counted = db
    .select({ one: sql`1` })
    .from(networks)
    .where(where)
    .limit(COUNT_CAP + 1)
    .as('counted');
  const [rows, totals] = await Promise.all([
    db
      .select({ network: networks, ...networkStats })
      .from(networks)
      .where(where)
      .orderBy(...order)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(counted),
  ]);
  return { rows, ...cappedCount(totals[0]?.n ?? 0) };
}

export async function findNetworkBySlug(db: Queryable, slug: string): Promise<NetworkWithStats | undefined> {
  const [row] = await db
    .select({ network: networks, ...networkStats })
    .from(networks)
    .where(eq(networks.slug, slug))
    .limit(1);
  return row;
}

/**
 * The strongest role a person holds in a network: their own membership, or that of an organisation they own
 * or administer (an organisation's owners and admins act for it).
 */
export async function roleInNetwork(
  db: Queryable,
  networkId: string,
  userId: string,
): Promise<NetworkRole | null> {
  const rows = await db
    .select({ role: networkMembers.role })
    .from(networkMembers)
    .leftJoin(
      organisationMembers,
      and(
        eq(organisationMembers.organisationId, networkMembers.organisationId),
        eq(organisationMembers.userId, userId),
        inArray(organisationMembers.role, ['owner', 'admin']),
      ),
    )
    .where(
      and(
        eq(networkMembers.networkId, networkId),
        sql`(${networkMembers.userId} = ${userId} or ${organisationMembers.userId} is not null)`,
      ),
    );
  if (rows.some((row) => row.role === 'coordinator')) return 'coordinator';
  return rows.length > 0 ? 'member' : null;
}

/** Whether the person belongs to the network in person or through any organisation they are a member of. */
export async function belongsToNetwork(db: Queryable, networkId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: networkMembers.id })
    .from(networkMembers)
    .leftJoin(organisationMembers, eq(organisationMembers.organisationId, networkMembers.organisationId))
    .where(
      and(
        eq(networkMembers.networkId, networkId),
        sql`(${networkMembers.userId} = ${userId} or ${organisationMembers.userId} = ${userId})`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function coordinatorCount(db: Queryable, networkId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.role, 'coordinator')));
  return row?.n ?? 0;
}

export async function pendingRequestFor(
  db: Queryable,
  networkId: string,
  member: { organisationId: string } | { userId: string },
) {
  const [row] = await db
    .select({ id: networkJoinRequests.id })
    .from(networkJoinRequests)
    .where(
      and(
        eq(networkJoinRequests.networkId, networkId),
        eq(networkJoinRequests.status, 'pending'),
        'organisationId' in member
          ? eq(networkJoinRequests.organisationId, member.organisationId)
          : and(eq(networkJoinRequests.userId, member.userId), isNotNull(networkJoinRequests.userId)),
      ),
    )
    .limit(1);
  return row;
}

export async function existingMember(
  db: Queryable,
  networkId: string,
  member: { organisationId: string } | { userId: string },
) {
  const [row] = await db
    .select()
    .from(networkMembers)
    .where(
      and(
        eq(networkMembers.networkId, networkId),
        'organisationId' in member
          ? eq(networkMembers.organisationId, member.organisationId)
          : eq(networkMembers.userId, member.userId),
      ),
    )
    .limit(1);
  return row;
}

/** The networks an organisation belongs to, with their member counts and its role, in one query. */
export async function networksOfOrganisationWithStats(db: Queryable, organisationId: string) {
  return db
    .select({ network: networks, ...networkStats, role: networkMembers.role })
    .from(networkMembers)
    .innerJoin(networks, eq(networks.id, networkMembers.networkId))
    .where(eq(networkMembers.organisationId, organisationId))
    .orderBy(networks.slug);
}

/** Networks and their member organisations, for the ecosystem graph (at most `limit` memberships). */
export async function networkMemberships(
  db: Queryable,
  filter: { networkId?: string | undefined; country?: string | undefined; limit: number },
) {
  const rows = await db
    .select({ network: networks, organisationId: networkMembers.organisationId })
    .from(networks)
    .leftJoin(
      networkMembers,
      and(eq(networkMembers.networkId, networks.id), isNotNull(networkMembers.organisationId)),
    )
    .where(
      and(
        filter.networkId ? eq(networks.id, filter.networkId) : undefined,
        filter.country
          ? sql`${networkMembers.organisationId} in (select id from organisations where country = ${filter.country})`
          : undefined,
      ),
    )
    .orderBy(networks.slug, networkMembers.createdAt)
    .limit(filter.limit + 1);
  return { rows: rows.slice(0, filter.limit), truncated: rows.length > filter.limit };
}
