import { sql } from 'drizzle-orm';
import { type DatabaseHandle, type Queryable, queryRows } from '../../db/database.ts';
import { insertJsonRows } from './bulk-insert.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportHeader,
  requireCurrentMigration,
  type TransferSummary,
} from './export.service.ts';
import { quoteIdentifier, type TransferTable, tablesInDependencyOrder } from './table-order.ts';

/** A problem in the import file, with the line a person should look at. */
export class ImportFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'ImportFileError';
  }
}

function parseLine(text: string, line: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ImportFileError(line, 'not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ImportFileError(line, 'expected a JSON object');
  return value as Record<string, unknown>;
}

function checkHeader(value: Record<string, unknown>, migration: string): void {
  if (value.format !== EXPORT_FORMAT)
    throw new ImportFileError(
      1,
      `not a Crossgov export (the first line must have format "${EXPORT_FORMAT}")`,
    );
  if (value.version !== EXPORT_VERSION)
    throw new ImportFileError(1, `export format version ${String(value.version)} is not supported`);
  const header = value as unknown as ExportHeader;
  if (header.migration !== migration)
    throw new ImportFileError(
      1,
      `the export was made at migration "${String(header.migration)}" but this database is at "${migration}"; ` +
        'import with the same Crossgov version that exported it',
    );
}

function checkRow(table: TransferTable, row: unknown, line: number): Record<string, unknown> {
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    throw new ImportFileError(line, '"row" must be a JSON object');
  const record = row as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !table.columns.includes(key));
  if (unknown.length > 0)
    throw new ImportFileError(line, `table ${table.name} has no column ${unknown.join(', ')}`);
  // A missing column would silently become NULL, so every column must be there.
  const missing = table.columns.filter((column) => !(column in record));
  if (missing.length > 0) throw new ImportFileError(line, `row lacks column ${missing.join(', ')}`);
  return record;
}

/** The database's own message: drizzle's wrapper repeats the whole statement and its (large) parameter. */
function databaseReason(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

async function firstNonEmptyTable(tx: Queryable, tables: TransferTable[]): Promise<string | null> {
  for (const table of tables) {
    const [row] = await queryRows<{ present: boolean }>(
      tx,
      sql.raw(`select exists (select 1 from ${quoteIdentifier(table.name)}) as present`),
    );
    if (row?.present) return table.name;
  }
  return null;
}

/** Serial and identity columns continue after the imported rows (audit_log.seq above all). */
async function resetSequences(tx: Queryable, tables: TransferTable[]): Promise<void> {
  for (const table of tables) {
    for (const column of table.columns) {
      const [found] = await queryRows<{ sequence: string | null }>(
        tx,
        sql`select pg_get_serial_sequence(${quoteIdentifier(table.name)}, ${column}) as sequence`,
      );
      if (!found?.sequence) continue;
      const max = `(select coalesce(max(${quoteIdentifier(column)}), 0) + 1 from ${quoteIdentifier(table.name)})`;
      await tx.execute(sql`select setval(${found.sequence}::regclass, ${sql.raw(max)}, false)`);
    }
  }
}

/**
 * Loads an export (see export.service) into an empty database at the same migration, in one transaction:
 * a bad line anywhere leaves the database as empty as it was. Rows go in batches, parents before children;
 * sequences are moved past the imported values so new rows do not collide.
 */
export async function importDatabase(
  database: DatabaseHandle,
  lines: AsyncIterable<string> | Iterable<string>,
  options: { batchSize?: number; onRows?: (count: number) => void } = {},
): Promise<TransferSummary> {
  const batchSize = options.batchSize ?? 2000;
  const migration = await requireCurrentMigration(database);
  const tables = tablesInDependencyOrder();
  const position = new Map(tables.map((table, index) => [table.name, index]));
  const rows: Record<string, number> = Object.fromEntries(tables.map((table) => [table.name, 0]));
  await database.db.transaction(async (tx) => {
    const occupied = await firstNonEmptyTable(tx, tables);
    if (occupied)
      throw new Error(
        `The database is not empty (table ${occupied} has rows); import needs a fresh database.`,
      );
    let lineNumber = 0;
    let current: TransferTable | undefined;
    let pending: Record<string, unknown>[] = [];
    const flush = async () => {
      if (!current || pending.length === 0) return;
      try {
        await insertJsonRows(tx, current.name, current.columns, pending);
      } catch (error) {
        throw new ImportFileError(
          lineNumber,
          `inserting into ${current.name} failed: ${databaseReason(error)}`,
        );
      }
      options.onRows?.(pending.length);
      pending = [];
    };
    for await (const text of lines) {
      lineNumber++;
      if (text.trim() === '') continue;
      const value = parseLine(text, lineNumber);
      if (lineNumber === 1) {
        checkHeader(value, migration);
        continue;
      }
      const index = typeof value.table === 'string' ? position.get(value.table) : undefined;
      const table = index === undefined ? undefined : tables[index];
      if (index === undefined || !table)
        throw new ImportFileError(lineNumber, `unknown table ${JSON.stringify(value.table)}`);
      if (current && table !== current) {
        const currentIndex = position.get(current.name) ?? 0;
        if (index < currentIndex)
          throw new ImportFileError(
            lineNumber,
            `table ${table.name} comes after ${current.name}; parents first`,
          );
        await flush();
      }
      current = table;
      pending.push(checkRow(table, value.row, lineNumber));
      rows[table.name] = (rows[table.name] ?? 0) + 1;
      if (pending.length >= batchSize) await flush();
    }
    if (lineNumber === 0) throw new ImportFileError(1, 'the file is empty');
    await flush();
    await resetSequences(tx, tables);
  });
  return { rows };
}
