import type { ProfileAudience } from '@crossgov/shared';
import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import {
  COUNT_CAP,
  cappedCount,
  compileQuery,
  matchesQuery,
  RANKED_CANDIDATES,
} from '../../lib/full-text.ts';
import { rowsOf } from '../../lib/schemas.ts';
import { users } from '../accounts/account.table.ts';
import { personProfiles } from './person.table.ts';

export type PersonProfileRow = typeof personProfiles.$inferSelect;
export interface PersonRow {
  profile: PersonProfileRow;
  displayName: string;
}

export async function findPerson(db: Queryable, userId: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select({ profile: personProfiles, displayName: users.displayName })
    .from(personProfiles)
    .innerJoin(users, eq(users.id, personProfiles.userId))
    .where(and(eq(personProfiles.userId, userId), sql`${users.disabledAt} is null`))
    .limit(1);
  return row;
}

/** Profiles of these people, in one query (people without a profile, or disabled, are left out). */
export async function findPeople(db: Queryable, userIds: string[]): Promise<PersonRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ profile: personProfiles, displayName: users.displayName })
    .from(personProfiles)
    .innerJoin(users, eq(users.id, personProfiles.userId))
    .where(and(inArray(personProfiles.userId, userIds), sql`${users.disabledAt} is null`));
}

/**
 * Whether two people are partners: they share an organisation, or a network (in person or through their
 * organisations). Partners may see the parts of each other's profiles kept for partners.
 */
export async function arePartners(db: Queryable, a: string, b: string): Promise<boolean> {
  const result = await db.execute(sql`
    with mine as (
      select m.network_id from network_members m where m.user_id = ${a}
      union select m.network_id from network_members m
        join organisation_members om on om.organisation_id = m.organisation_id where om.user_id = ${a}
    ), theirs as (
      select m.network_id from network_members m where m.user_id = ${b}
      union select m.network_id from network_members m
        join organisation_members om on om.organisation_id = m.organisation_id where om.user_id = ${b}
    )
    select (exists(select 1 from organisation_members x join organisation_members y
                   on x.organisation_id = y.organisation_id where x.user_id = ${a} and y.user_id = ${b})
         or exists(select 1 from mine join theirs using (network_id))) as partners`);
  return Boolean(rowsOf<{ partners: boolean }>(result)[0]?.partners);
}

export interface PeopleFilter {
  q?: string | undefined;
  country?: string | undefined;
  language?: string | undefined;
  sdg?: number | undefined;
  expertise?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * People search. The text query matches names and the public parts of profiles (the search vector holds only
 * those); the filters match a part only where this reader may see it.
 */
export async function listPeople(
  db: Queryable,
  filter: PeopleFilter,
  audiences: ProfileAudience[],
): Promise<{ rows: PersonRow[]; total: number; totalCapped: boolean }> {
  const query = filter.q ? await compileQuery(db, filter.q) : null;
  if (filter.q && !query) return { rows: [], total: 0, totalCapped: false };
  const sees = (part: string) => sql`(${personProfiles.visibility}->>${part}) in ${audiences}`;
  const where: SQL | undefined = and(
    sql`${users.disabledAt} is null`,
    query ? matchesQuery(personProfiles.searchVector, query) : undefined,
    filter.country ? eq(personProfiles.country, filter.country) : undefined,
    filter.language
      ? and(sql`${personProfiles.languages} @> array[${filter.language}]::text[]`, sees('about'))
      : undefined,
    filter.sdg
      ? and(sql`${personProfiles.openToSdgs} @> array[${filter.sdg}]::smallint[]`, sees('expertise'))
      : undefined,
    filter.expertise
      ? and(sql`${personProfiles.expertise} @> array[${filter.expertise}]::text[]`, sees('expertise'))
      : undefined,
  );
  const base = () =>
    db
      .select({ profile: personProfiles, displayName: users.displayName })
      .from(personProfiles)
      .innerJoin(users, eq(users.id, personProfiles.userId));
  const counted = db
    .select({ one: sql`1` })
    .from(personProfiles)
    .innerJoin(users, eq(users.id, personProfiles.userId))
    .where(where)
    .limit(COUNT_CAP + 1)
    .as('counted');
  const countQuery = db.select({ n: count() }).from(counted);
  if (!query) {
    const [rows, totals] = await Promise.all([
      base().where(where).orderBy(users.displayName).limit(filter.limit).offset(filter.offset),
      countQuery,
    ]);
    return { rows, ...cappedCount(totals[0]?.n ?? 0) };
  }
  const candidates = db
    .select({
      userId: personProfiles.userId,
      rank: sql<number>`ts_rank(${personProfiles.searchVector}, ${query}::tsquery)`.as('rank'),
    })
    .from(personProfiles)
    .innerJoin(users, eq(users.id, personProfiles.userId))
    .where(where)
    .limit(Math.max(RANKED_CANDIDATES, filter.offset + filter.limit))
    .as('candidates');
  const [rows, totals] = await Promise.all([
    base()
      .innerJoin(candidates, eq(candidates.userId, personProfiles.userId))
      .orderBy(desc(candidates.rank), users.displayName)
      .limit(filter.limit)
      .offset(filter.offset),
    countQuery,
  ]);
  return { rows, ...cappedCount(totals[0]?.n ?? 0) };
}
