import { type SQL, sql } from 'drizzle-orm';

/**
 * The dictionaries a query is stemmed with. Records are indexed in each text's own language (migration 0004):
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

/** Every word as a prefix ("kvark" finds "Kvarken"), for people typing the start of a name. */
export function prefixQueryText(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((word) => `${word}:*`).join(' & ') : null;
}

/**
 * A tsquery that matches `text` in any of the dictionaries, as web search syntax ("quotes", -not, or), or as
 * the prefixes of its words.
 */
export function multilingualQuery(text: string): SQL {
  const stemmed = QUERY_CONFIGS.map(
    (config) => sql`websearch_to_tsquery(${sql.raw(`'${config}'`)}::regconfig, ${text})`,
  );
  const prefix = prefixQueryText(text);
  const parts = prefix ? [...stemmed, sql`to_tsquery('simple'::regconfig, ${prefix})`] : stemmed;
  return sql`(${sql.join(parts, sql` || `)})`;
}
