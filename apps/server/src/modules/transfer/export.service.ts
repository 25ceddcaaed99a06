import { sql } from 'drizzle-orm';
import { type DatabaseHandle, queryRows } from '../../db/database.ts';
import { quoteIdentifier, tablesInDependencyOrder } from './table-order.ts';

export const EXPORT_FORMAT = 'crossgov-export';
export const EXPORT_VERSION = 1;

/** The first line of an export file. */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** The latest migration applied to the exported database; import requires the same one. */
  migration: string;
  exportedAt: string;
}

export interface TransferSummary {
  rows: Record<string, number>;
}

/** Writes text and resolves when it may write more (back-pressure for files and pipes). */
export type TextSink = (text: string) => Promise<void> | void;

/** The database must be at this code's latest migration: export and import read the tables of schema.ts. */
export async function requireCurrentMigration(database: DatabaseHandle): Promise<string> {
  const status = await database.migrationStatus();
  if (!status.latest || status.applied !== status.available)
    throw new Error(
      `The database has ${status.applied} of ${status.available} migrations; run "crossgov migrate" first.`,
    );
  return status.latest;
}

/**
 * Writes the whole database as JSON lines: a header, then one `{table, row}` line per row, tables parents
 * first and rows in primary-key order. Rows come from PostgreSQL's own row_to_json, so timestamps keep their
 * microseconds (ISO 8601 in UTC), jsonb is written as stored and serial numbers are kept. One read-only
 * repeatable-read transaction gives a consistent snapshot while the app keeps running; a cursor per table
 * keeps memory flat on large databases.
 */
export async function exportDatabase(
  database: DatabaseHandle,
  write: TextSink,
  options: { batchSize?: number; now?: Date } = {},
): Promise<TransferSummary> {
  const batchSize = options.batchSize ?? 2000;
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    migration: await requireCurrentMigration(database),
    exportedAt: (options.now ?? new Date()).toISOString(),
  };
  await write(`${JSON.stringify(header)}\n`);
  const rows: Record<string, number> = {};
  await database.db.transaction(
    async (tx) => {
      await tx.execute(sql`set local timezone to 'UTC'`);
      for (const table of tablesInDependencyOrder()) {
        const name = quoteIdentifier(table.name);
        const orderBy = table.orderBy.map(quoteIdentifier).join(', ');
        const prefix = `{"table":${JSON.stringify(table.name)},"row":`;
        await tx.execute(
          sql.raw(
            `declare crossgov_export no scroll cursor for select row_to_json(t)::text as line from ${name} t order by ${orderBy}`,
          ),
        );
        let count = 0;
        for (;;) {
          const batch = await queryRows<{ line: string }>(
            tx,
            sql.raw(`fetch forward ${batchSize} from crossgov_export`),
          );
          if (batch.length === 0) break;
          count += batch.length;
          await write(batch.map((row) => `${prefix}${row.line}}\n`).join(''));
        }
        await tx.execute(sql`close crossgov_export`);
        rows[table.name] = count;
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return { rows };
}
