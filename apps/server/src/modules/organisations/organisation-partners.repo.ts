import { inArray, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { compileQuery } from '../../lib/full-text.ts';
import { rowsOf } from '../../lib/schemas.ts';
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

/** Candidates sharing a goal, and candidates matching the text, that the score is computed over. */
const GOAL_POOL = 3000;
const TEXT_POOL = 1000;

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
  // The pool the score is computed over: up to GOAL_POOL organisations abroad sharing a goal and up to
  // TEXT_POOL whose texts match, each found through its index and flagged as a text match. A broad goal
  // (sustainable cities) can be shared by half a large directory; scoring all of them cost a second under load.
  const abroad = sql`o.country <> ${input.country}${input.types?.length ? sql` and o.type in ${input.types}` : sql``}`;
  const parts: SQL[] = [];
  if (input.sdgs.length)
    parts.push(sql`(select o.id, false as text_hit from organisations o
      where ${abroad} and o.sdgs && ${sdgs} limit ${GOAL_POOL})`);
  if (query)
    parts.push(sql`(select o.id, true as text_hit from organisations o
      where ${abroad} and o.search_vector @@ ${query}::tsquery limit ${TEXT_POOL})`);
  // Containment per goal is cheap; unnesting every candidate's goals is not.
  const sharedCount = input.sdgs.length
    ? sql.join(
        input.sdgs.map((goal) => sql`(o.sdgs @> array[${goal}]::smallint[])::int`),
        sql` + `,
      )
    : sql`0`;
  const goals = Math.max(1, input.sdgs.length);
  const result = await db.execute(sql`
    with pool as (
      select id, bool_or(text_hit) as text_hit from (${sql.join(parts, sql` union all `)}) found group by id
    ), best as (
      select o.id, o.slug, (
        ${input.sdgs.length ? 0.3 : 0}::float * (${sharedCount}) / ${goals}::float
        + ${input.sdgs.length ? 0.3 : 0.6}::float * pool.text_hit::int
        + 0.2 * (case when o.country = any(${textArray(input.neighbours)}) then 1
                      when o.country = any(${textArray(input.groupmates)}) then 0.7 else 0.3 end)
        + 0.2 * (o.working_languages && ${textArray(input.languages)})::int) as prescore
      from pool join organisations o on o.id = pool.id
      order by prescore desc, o.slug
      limit ${input.limit}
    )
    select best.id, best.prescore,
      ${query ? sql`ts_rank(o.search_vector, ${query}::tsquery)` : sql`0::real`} as text_rank,
      array(select s from unnest(o.sdgs) s where s = any(${sdgs}) order by s) as shared_sdgs
    from best join organisations o on o.id = best.id
    order by best.prescore desc, best.slug`);
  const found = rowsOf<{ id: string; text_rank: number; shared_sdgs: number[] }>(result);
  const byId = new Map(
    (
      await db
        .select()
        .from(organisations)
        .where(
          inArray(
            organisations.id,
            found.map((row) => row.id),
          ),
        )
    ).map((row) => [row.id, row]),
  );
  const rows = found.flatMap((row) => {
    const organisation = byId.get(row.id);
    return organisation ? [{ organisation, textRank: row.text_rank, sharedSdgs: row.shared_sdgs }] : [];
  });
  return rows.map((row) => ({
    ...row,
    textRank: Number(row.textRank),
    sharedSdgs: row.sharedSdgs.map(Number),
  }));
}
