import type { Database } from './database.ts';

/**
 * A query that Drizzle builds once per database and that runs as a named prepared statement, so neither
 * Drizzle nor PostgreSQL builds or plans it again on each request. Kept for the hottest reads (the
 * organisation and space pages); `pages` in bench/ measures what it buys. Transactions use the plain queries.
 */
export function preparedPerDatabase<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
