import { and, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { compileQuery, matchesQuery } from '../../lib/full-text.ts';
import type { OrganisationRow } from './organisation.repo.ts';
import { organisations } from './organisation.table.ts';

export interface PartnerCandidate {
  organisation: OrganisationRow;
  textRank: number;
  sharedSdgs: number[];
}

export interface PartnerCandidateQuery {
  problem: string;
  country: string;
  sdgs: number[];
  /** Countries across a land border from the asker's, and those sharing a grouping with it. */
  neighbours: string[];
  groupmates: string[];
  languages: string[];
  types?: string[] | undefined;
  limit: number;
}

const textArray = (values: string[]) => sql`${`{${values.join(',')}}`}::text[]`;

/**
 * Organisations outside the asker's country that work on the problem: they share one of its goals, or their
 * texts match it in some language. The database orders them by the find-partners score with the text match
 * counted as yes or no (the exact, graded text match needs the best match among candidates, which the
 * caller computes); the first `limit` go to the scorer.
 */
export async function partnerCandidates(
  db: Queryable,
  input: PartnerCandidateQuery,
): Promise<PartnerCandidate[]> {
  const query = await compileQuery(db, input.problem.slice(0, 400));
  if (!query && input.sdgs.length === 0) return [];
  const sdgs = sql`${`{${input.sdgs.join(',')}}`}::smallint[]`;
  const textMatch: SQL = query ? matchesQuery(organisations.searchVector, query) : sql`false`;
  const topical: SQL = input.sdgs.length
    ? sql`(${organisations.sdgs} && ${sdgs} or ${textMatch})`
    : textMatch;
  const shared = sql<
    number[]
  >`array(select s from unnest(${organisations.sdgs}) s where s = any(${sdgs}) order by s)`;
  // Containment per goal is cheap; unnesting every candidate's goals is not (tens of thousands of rows).
  const sharedCount = input.sdgs.length
    ? sql.join(
        input.sdgs.map((goal) => sql`(${organisations.sdgs} @> array[${goal}]::smallint[])::int`),
        sql` + `,
      )
    : sql`0`;
  const goals = Math.max(1, input.sdgs.length);
  const prescore = sql`(
    ${input.sdgs.length ? 0.3 : 0}::float * (${sharedCount}) / ${goals}::float
    + ${input.sdgs.length ? 0.3 : 0.6}::float * (${textMatch})::int
    + 0.2 * (case when ${organisations.country} = any(${textArray(input.neighbours)}) then 1
                  when ${organisations.country} = any(${textArray(input.groupmates)}) then 0.7 else 0.3 end)
    + 0.2 * (${organisations.workingLanguages} && ${textArray(input.languages)})::int)`;
  const textRank = query
    ? sql<number>`ts_rank(${organisations.searchVector}, ${query}::tsquery)`
    : sql<number>`0::real`;
  // Sort narrow rows (id and score), then read the few winners whole.
  const best = db
    .select({
      id: organisations.id,
      prescore: sql<number>`${prescore}`.as('prescore'),
      slug: organisations.slug,
    })
    .from(organisations)
    .where(
      and(
        ne(organisations.country, input.country),
        topical,
        input.types?.length ? inArray(organisations.type, input.types) : undefined,
      ),
    )
    .orderBy(desc(prescore), organisations.slug)
    .limit(input.limit)
    .as('best');
  const rows = await db
    .select({ organisation: organisations, textRank, sharedSdgs: shared })
    .from(best)
    .innerJoin(organisations, eq(organisations.id, best.id))
    .orderBy(desc(best.prescore), best.slug);
  return rows.map((row) => ({
    ...row,
    textRank: Number(row.textRank),
    sharedSdgs: row.sharedSdgs.map(Number),
  }));
}
