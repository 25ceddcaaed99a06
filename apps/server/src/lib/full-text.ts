import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { rowsOf } from './schemas.ts';

/**
 * The dictionaries a query is stemmed with. Records are indexed in each text's own language (migration 0006):
 * ORing the query stemmed every way finds "klimatanpassningen" in a Swedish record and "adaptation
 * climatique" in a French one, whatever the reader's interface language.
 */
const QUERY_CONFIGS = [
  'simple',
  'english',
  'french',
  'spanish',
  'arabic',
  'swedish',
  'finnish',
  'german',
  'portuguese',
  'italian',
  'dutch',
  'danish',
  'norwegian',
] as const;

/**
 * How many matching records a ranked search looks at. A broad query ("housing") can match a tenth of a
 * large directory; ranking all of them costs tens of milliseconds, so the best are chosen among the first
 * `RANKED_CANDIDATES` the index finds. Filters narrow the set before this cap applies.
 */
export const RANKED_CANDIDATES = 400;

/** Counts stop here: "more than 1,000 results" is what a reader needs to know. */
export const COUNT_CAP = 1000;

/** The last word as a prefix ("kvark" finds "Kvarken"), for people typing the start of a name. */
export function prefixQueryText(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  const last = words?.at(-1);
  if (!words || !last || last.length < 3) return null;
  return [...words.slice(0, -1), `${last}:*`].join(' & ');
}

/**
 * Compiles a search text into one tsquery (as text): the query stemmed with each dictionary, duplicates
 * removed, ORed, plus the prefix form. One small round trip; the search itself then binds the result as a
 * constant, so the planner estimates it well. Null when nothing searchable is left (only stop words).
 */
export async function compileQuery(db: Queryable, text: string): Promise<string | null> {
  const stemmed = QUERY_CONFIGS.map(
    (config) => sql`websearch_to_tsquery(${sql.raw(`'${config}'`)}::regconfig, ${text})::text`,
  );
  const prefix = prefixQueryText(text);
  const parts = prefix ? [...stemmed, sql`to_tsquery('simple'::regconfig, ${prefix})::text`] : stemmed;
  const result = await db.execute(
    sql`select string_agg(distinct '(' || part || ')', ' | ') as query
        from unnest(array[${sql.join(parts, sql`, `)}]) as part where part <> ''`,
  );
  return rowsOf<{ query: string | null }>(result)[0]?.query ?? null;
}

export const matchesQuery = (vector: SQL | unknown, query: string) => sql`${vector} @@ ${query}::tsquery`;

/** A count that stops at COUNT_CAP + 1, so that "more than" costs no more than the cap. */
export function cappedCount(rows: number): { total: number; totalCapped: boolean } {
  return rows > COUNT_CAP ? { total: COUNT_CAP, totalCapped: true } : { total: rows, totalCapped: false };
}
