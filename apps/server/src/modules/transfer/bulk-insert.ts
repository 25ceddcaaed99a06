import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { quoteIdentifier } from './table-order.ts';

/**
 * Inserts many rows with one statement and one parameter: the rows travel as a JSON array that
 * json_populate_recordset turns into typed records. It avoids PostgreSQL's 65,535-parameter limit, costs one
 * round trip per batch, and behaves the same on PGlite and PostgreSQL. Only the named columns are written,
 * so the others keep their defaults. `overriding system value` keeps given ids even for identity columns.
 *
 * Rows are keyed by column name (snake_case), as the database and the export file name them.
 */
export async function insertJsonRows(
  db: Queryable,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[],
): Promise<void> {
  if (rows.length === 0) return;
  const list = columns.map(quoteIdentifier).join(', ');
  const target = quoteIdentifier(table);
  await db.execute(
    sql`${sql.raw(`insert into ${target} (${list}) overriding system value select ${list} from json_populate_recordset(null::${target}, `)}${JSON.stringify(rows)}::json)`,
  );
}
