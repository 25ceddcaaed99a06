import { getTableColumns, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema.ts';

/** What export and import need to know about one table of schema.ts. */
export interface TransferTable {
  name: string;
  /** Column names in table order. */
  columns: string[];
  /** Primary key column names: the export's row order, so two exports of the same data are identical. */
  orderBy: string[];
}

function describe(table: PgTable): TransferTable {
  const config = getTableConfig(table);
  const columns = config.columns.map((column) => column.name);
  const composite = config.primaryKeys[0]?.columns.map((column) => column.name);
  const single = Object.values(getTableColumns(table))
    .filter((column) => column.primary)
    .map((column) => column.name);
  // A table without a primary key is still ordered completely, by every column.
  const orderBy = composite ?? (single.length > 0 ? single : columns);
  return { name: config.name, columns, orderBy };
}

function parentsOf(table: PgTable): string[] {
  const own = getTableConfig(table).name;
  return getTableConfig(table)
    .foreignKeys.map((key) => getTableConfig(key.reference().foreignTable).name)
    .filter((name) => name !== own);
}

/**
 * Every table of schema.ts, parents before children (Kahn's algorithm, ties broken by name so the order is
 * stable). Import relies on it: a row's foreign keys always point at rows already inserted.
 */
export function tablesInDependencyOrder(): TransferTable[] {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
  const byName = new Map(tables.map((table) => [getTableConfig(table).name, table]));
  const waitingOn = new Map(
    [...byName].map(([name, table]) => [
      name,
      new Set(parentsOf(table).filter((parent) => byName.has(parent))),
    ]),
  );
  const ordered: TransferTable[] = [];
  while (waitingOn.size > 0) {
    const ready = [...waitingOn].filter(([, parents]) => parents.size === 0).map(([name]) => name);
    if (ready.length === 0)
      throw new Error(`Foreign keys form a cycle between: ${[...waitingOn.keys()].join(', ')}`);
    for (const name of ready.sort()) {
      const table = byName.get(name);
      if (table) ordered.push(describe(table));
      waitingOn.delete(name);
      for (const parents of waitingOn.values()) parents.delete(name);
    }
  }
  return ordered;
}

/** A SQL identifier, quoted; table and column names come from schema.ts, never from input. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
