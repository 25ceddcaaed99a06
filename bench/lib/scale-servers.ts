import { buildApp, type DatabaseHandle, loadConfig } from '@crossgov/server';
import type { FastifyInstance } from 'fastify';
import type { BenchOptions } from '../bench-options.ts';
import { type BenchDatabaseKind, openBenchDatabase } from './databases.ts';
import { buildCeiling, listen, seedWithProgress } from './http.ts';

export interface ScaleServers {
  database: DatabaseHandle;
  /** The full Crossgov API, and the bare-Fastify ceiling, both on the seeded database. */
  appUrl: string;
  ceilingUrl: string;
  seeded: Awaited<ReturnType<typeof seedWithProgress>>['seeded'];
  seedSeconds: number;
}

/**
 * A fresh database of the given kind seeded with the scale world, the Crossgov API and the ceiling served on
 * loopback; everything is closed and the database dropped when `measure` is done.
 */
export async function withScaleServers<T>(
  kind: BenchDatabaseKind,
  options: BenchOptions,
  measure: (servers: ScaleServers) => Promise<T>,
): Promise<T> {
  const database = await openBenchDatabase(kind, {
    postgresUrl: options.postgresUrl,
    databaseName: 'crossgov_bench',
    poolSize: options.poolSize,
  });
  const apps: FastifyInstance[] = [];
  try {
    const { seeded, seconds } = await seedWithProgress(database.handle, kind, options.scale, options.seed);
    const config = loadConfig({ LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0' });
    const app = await buildApp({ config, database: database.handle, serveWeb: false });
    apps.push(app);
    const appUrl = await listen(app);
    const ceiling = await buildCeiling(database.handle);
    apps.push(ceiling);
    const ceilingUrl = await listen(ceiling);
    return await measure({ database: database.handle, appUrl, ceilingUrl, seeded, seedSeconds: seconds });
  } finally {
    for (const app of apps) await app.close();
    await database.dispose();
  }
}
