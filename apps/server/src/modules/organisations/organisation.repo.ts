import type { OrganisationRole } from '@crossgov/shared';
import { and, count, desc, eq, isNotNull, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { preparedPerDatabase } from '../../db/prepared.ts';
import {
  COUNT_CAP,
  cappedCount,
  compileQuery,
  matchesQuery,
  RANKED_CANDIDATES,
} from '../../lib/full-text.ts';
import { organisationJoinRequests, organisationMembers, organisations } from './organisation.table.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

export async function findOrganisationBySlug(
  db: Queryable,
  slug: string,
): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug)).limit(1);
  return row;
}

/** What one reader sees with an organisation: how many members it has, and their own relation to it. */
export interface OrganisationWithReader {
  organisation: OrganisationRow;
  memberCount: number;
  myRole: OrganisationRole | null;
  myPendingJoinRequest: boolean;
}

// Drizzle names the selected table's columns unqualified ("id"), which inside a subquery would bind to the
// subquery's own table (organisation_join_requests has an id): the subqueries name the outer row explicitly.
function organisationWithReaderQuery(db: Database, by: 'id' | 'slug') {
  const reader = sql.placeholder('userId');
  return db
    .select({
      organisation: organisations,
      memberCount: sql<number>`(select count(*)::int from organisation_members m
        where m.organisation_id = organisations.id)`,
      myRole: sql<OrganisationRole | null>`(select m.role from organisation_members m
        where m.organisation_id = organisations.id and m.user_id = ${reader}::uuid)`,
      myPendingJoinRequest: sql<boolean>`exists(select 1 from organisation_join_requests r
        where r.organisation_id = organisations.id and r.user_id = ${reader}::uuid and r.status = 'pending')`,
    })
    .from(organisations)
    .where(eq(organisations[by], sql.placeholder('key')))
    .limit(1)
    .prepare(`organisation_with_reader_by_${by}`);
}

const byId = preparedPerDatabase((db) => organisationWithReaderQuery(db, 'id'));
const bySlug = preparedPerDatabase((db) => organisationWithReaderQuery(db, 'slug'));

/**
 * One organisation with its member count and the reader's role and pending join request, in one round trip
 * (the organisation page is the directory's busiest read).
 */
export async function findOrganisationWithReader(
  db: Database,
  key: { id: string } | { slug: string },
  userId: string | null,
): Promise<OrganisationWithReader | undefined> {
  const query = 'id' in key ? byId(db) : bySlug(db);
  const [row] = await query.execute({ key: 'id' in key ? key.id : key.slug, userId });
  return row;
}

export async function findOrganisationsByIds(db: Queryable, ids: string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(organisations).where(sql`${organisations.id} in ${ids}`);
}

export async function roleInOrganisation(
  db: Queryable,
  organisationId: string,
  userId: string,
): Promise<OrganisationRole | null> {
  const [row] = await db
    .select({ role: organisationMembers.role })
    .from(organisationMembers)
    .where(
      and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)),
    )
    .limit(1);
  return (row?.role as OrganisationRole | undefined) ?? null;
}

export async function hasPendingJoinRequest(
  db: Queryable,
  organisationId: string,
  userId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: organisationJoinRequests.id })
    .from(organisationJoinRequests)
    .where(
      and(
        eq(organisationJoinRequests.organisationId, organisationId),
        eq(organisationJoinRequests.userId, userId),
        eq(organisationJoinRequests.status, 'pending'),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export interface OrganisationFilter {
  q?: string | undefined;
  country?: string | undefined;
  jurisdiction?: string | undefined;
  type?: string | undefined;
  sdg?: number | undefined;
  language?: string | undefined;
  tag?: string | undefined;
  verified?: boolean | undefined;
  limit: number;
  offset: number;
}

function filterConditions(filter: OrganisationFilter, query: string | null): SQL | undefined {
  return and(
    query ? matchesQuery(organisations.searchVector, query) : undefined,
    filter.country ? eq(organisations.country, filter.country) : undefined,
    filter.jurisdiction
      ? or(
          eq(organisations.jurisdiction, filter.jurisdiction),
          like(organisations.jurisdiction, `${escapeLike(filter.jurisdiction)}-%`),
        )
      : undefined,
    filter.type ? eq(organisations.type, filter.type) : undefined,
    filter.sdg ? sql`${organisations.sdgs} @> array[${filter.sdg}]::smallint[]` : undefined,
    filter.language ? sql`${organisations.workingLanguages} @> array[${filter.language}]::text[]` : undefined,
    filter.tag ? sql`${organisations.tags} @> array[${filter.tag}]::text[]` : undefined,
    filter.verified === undefined
      ? undefined
      : filter.verified
        ? isNotNull(organisations.verifiedAt)
        : isNull(organisations.verifiedAt),
  );
}

export interface OrganisationPage {
  rows: OrganisationRow[];
  total: number;
  /** True when more records match than `total` says (counts stop at COUNT_CAP). */
  totalCapped: boolean;
}

/**
 * The directory's organisation search: full text in every record's own language, ranked (names first) among
 * the first RANKED_CANDIDATES matches, or alphabetical by address without a query; the filters narrow either.
 */
export async function listOrganisations(
  db: Queryable,
  filter: OrganisationFilter,
): Promise<OrganisationPage> {
  const query = filter.q ? await compileQuery(db, filter.q) : null;
  if (filter.q && !query) return { rows: [], total: 0, totalCapped: false };
  const where = filterConditions(filter, query);
  const counted = db
    .select({ one: sql`1` })
    .from(organisations)
    .where(where)
    .limit(COUNT_CAP + 1)
    .as('counted');
  const countQuery = db.select({ n: count() }).from(counted);
  if (!query) {
    const [rows, totals] = await Promise.all([
      db
        .select()
        .from(organisations)
        .where(where)
        .orderBy(organisations.slug)
        .limit(filter.limit)
        .offset(filter.offset),
      countQuery,
    ]);
    return { rows, ...cappedCount(totals[0]?.n ?? 0) };
  }
  // Ranked searches count their candidates in the same statement (a window over at most the cap): a second
  // counting scan cost as much as the search itself.
  const cap = Math.max(RANKED_CANDIDATES, filter.offset + filter.limit);
  const candidates = db
    .select({ id: organisations.id, slug: organisations.slug, vector: organisations.searchVector })
    .from(organisations)
    .where(where)
    .limit(cap)
    .as('candidates');
  const ranked = await db
    .select({ id: candidates.id, found: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(candidates)
    .orderBy(desc(sql`ts_rank(${candidates.vector}, ${query}::tsquery)`), candidates.slug)
    .limit(filter.limit)
    .offset(filter.offset);
  const found = ranked[0]?.found ?? (filter.offset > 0 ? ((await countQuery)[0]?.n ?? 0) : 0);
  const byId = new Map(
    (
      await findOrganisationsByIds(
        db,
        ranked.map((row) => row.id),
      )
    ).map((row) => [row.id, row]),
  );
  return {
    rows: ranked.flatMap((row) => byId.get(row.id) ?? []),
    total: Math.min(found, cap),
    totalCapped: found >= cap,
  };
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export async function organisationsOfUser(
  db: Queryable,
  userId: string,
): Promise<{ organisation: OrganisationRow; role: OrganisationRole }[]> {
  const rows = await db
    .select({ organisation: organisations, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(organisations.slug);
  return rows.map((row) => ({ organisation: row.organisation, role: row.role as OrganisationRole }));
}
