import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema>;
/** Anything queries can run on: the database or an open transaction. */
export type Queryable = Database | Transaction;
export type DatabaseKind = 'pglite' | 'postgres';

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  migrationStatus(): Promise<MigrationStatus>;
  close(): Promise<void>;
  /** The embedded instance, for dumps in tests and `export`. */
  pglite?: PGlite;
}

export interface MigrationStatus {
  applied: number;
  available: number;
  latest: string | null;
}

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

/** Runs raw SQL on either driver; both answer with `{ rows }`. */
export async function queryRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

function readJournal(): JournalEntry[] {
  const text = readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8');
  return (JSON.parse(text) as { entries: JournalEntry[] }).entries;
}

async function migrationStatusOf(db: Database): Promise<MigrationStatus> {
  const journal = readJournal();
  const [exists] = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return { applied: 0, available: journal.length, latest: null };
  const applied = await queryRows<{ created_at: string | number }>(
    db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at`,
  );
  const last = applied.at(-1);
  const latest = last ? (journal.find((entry) => entry.when === Number(last.created_at))?.tag ?? null) : null;
  return { applied: applied.length, available: journal.length, latest };
}

export interface PgliteOptions {
  /** A directory, or `memory://` for a throw-away database. */
  dataDir: string;
  /** Start from a dump made with `dumpDataDir` (tests clone one migrated template). */
  loadDataDir?: Blob | File;
}

export async function openPglite(options: PgliteOptions): Promise<DatabaseHandle> {
  const inMemory = options.dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : lockDataDir(options.dataDir);
  try {
    const client = await PGlite.create(
      options.dataDir,
      options.loadDataDir ? { loadDataDir: options.loadDataDir } : {},
    );
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      db,
      kind: 'pglite',
      pglite: client,
      migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
      migrationStatus: () => migrationStatusOf(db),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export async function openPostgres(url: string, poolSize = 10): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzleNodePg(pool, { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      // One process migrates at a time when several app processes start together.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('select pg_advisory_lock(7403112)');
        await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock(7403112)').catch(() => {});
        await client.end();
      }
    },
    migrationStatus: () => migrationStatusOf(db),
    close: () => pool.end(),
  };
}

export function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize);
  return openPglite({ dataDir: options.dataDir });
}
