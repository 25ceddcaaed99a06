import { and, desc, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { multilingualQuery } from '../../lib/full-text.ts';
import type { OrganisationRow } from './organisation.repo.ts';
import { organisations } from './organisation.table.ts';

export interface PartnerCandidate {
  organisation: OrganisationRow;
  textRank: number;
  sharedSdgs: number[];
}

/**
 * Organisations outside the asker's country that work on the problem: they share one of its goals, or their
 * texts match it in some language. At most `limit`, the most promising first, for the scorer to rank.
 */
export async function partnerCandidates(
  db: Queryable,
  input: { problem: string; country: string; sdgs: number[]; types?: string[] | undefined; limit: number },
): Promise<PartnerCandidate[]> {
  const query = multilingualQuery(input.problem.slice(0, 400));
  const sdgs = sql`${`{${input.sdgs.join(',')}}`}::smallint[]`;
  const topical: SQL = input.sdgs.length
    ? sql`(${organisations.sdgs} && ${sdgs} or ${organisations.searchVector} @@ ${query})`
    : sql`${organisations.searchVector} @@ ${query}`;
  const textRank = sql<number>`ts_rank_cd(${organisations.searchVector}, ${query})`;
  const shared = sql<
    number[]
  >`array(select s from unnest(${organisations.sdgs}) s where s = any(${sdgs}) order by s)`;
  const rows = await db
    .select({ organisation: organisations, textRank, sharedSdgs: shared })
    .from(organisations)
    .where(
      and(
        ne(organisations.country, input.country),
        topical,
        input.types?.length ? inArray(organisations.type, input.types) : undefined,
      ),
    )
    .orderBy(desc(sql`cardinality(${shared})`), desc(textRank), organisations.slug)
    .limit(input.limit);
  return rows.map((row) => ({
    ...row,
    textRank: Number(row.textRank),
    sharedSdgs: row.sharedSdgs.map(Number),
  }));
}
