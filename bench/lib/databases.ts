import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseHandle, openPglite, openPostgres } from '@crossgov/server';
import pg from 'pg';

export type BenchDatabaseKind = 'postgres' | 'pglite';

export interface BenchDatabase {
  kind: BenchDatabaseKind;
  handle: DatabaseHandle;
  /** Closes the database and removes it (the PostgreSQL database or the PGlite directory). */
  dispose(): Promise<void>;
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * pg's pool.end() resolves before its sockets have closed; forcing the drop then would kill connections
 * the pool still listens to (an unhandled 'error'). So wait until the server sees them gone.
 */
async function dropWhenIdle(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await adminQuery(serverUrl, `drop database if exists ${name}`);
      return;
    } catch (error) {
      // 55006: the database is still being accessed by other users.
      if ((error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
}

/** A throw-away, migrated database of the given kind; the bench never touches any other database. */
export async function openBenchDatabase(
  kind: BenchDatabaseKind,
  options: { postgresUrl: string; databaseName: string; poolSize: number },
): Promise<BenchDatabase> {
  if (kind === 'postgres') {
    const name = options.databaseName;
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
    await adminQuery(options.postgresUrl, `drop database if exists ${name} with (force)`);
    await adminQuery(options.postgresUrl, `create database ${name}`);
    const handle = await openPostgres(withDatabaseName(options.postgresUrl, name), options.poolSize);
    await handle.migrate();
    return {
      kind,
      handle,
      dispose: async () => {
        await handle.close();
        await dropWhenIdle(options.postgresUrl, name);
      },
    };
  }
  const directory = mkdtempSync(join(tmpdir(), 'crossgov-bench-'));
  const handle = await openPglite({ dataDir: join(directory, 'data') });
  await handle.migrate();
  return {
    kind,
    handle,
    dispose: async () => {
      await handle.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
