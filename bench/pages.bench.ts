import { buildApp, loadConfig } from '@crossgov/server';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { BenchOptions } from './bench-options.ts';
import { type BenchDatabaseKind, openBenchDatabase } from './lib/databases.ts';
import { buildCeiling, expectOk, listen, rows, seedWithProgress, slugOf } from './lib/http.ts';
import { type LoadTarget, measureTargets } from './lib/load.ts';
import { describeMachine } from './lib/machine.ts';
import { type ReportRow, report, rowsAgainstCeiling } from './lib/report.ts';

async function benchOneDatabase(kind: BenchDatabaseKind, options: BenchOptions) {
  const database = await openBenchDatabase(kind, {
    postgresUrl: options.postgresUrl,
    databaseName: 'crossgov_bench',
    poolSize: options.poolSize,
  });
  const apps: FastifyInstance[] = [];
  try {
    const { seeded, seconds: seedSeconds } = await seedWithProgress(
      database.handle,
      kind,
      options.scale,
      options.seed,
    );
    const publicSpaces = (
      await rows<{ slug: string }>(database.handle, sql`select slug from spaces where visibility = 'public'`)
    ).map((row) => row.slug);
    if (publicSpaces.length === 0)
      throw new Error('the scale seed made no public spaces; use a larger --scale');

    const config = loadConfig({ LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0' });
    const app = await buildApp({ config, database: database.handle, serveWeb: false });
    apps.push(app);
    const appUrl = await listen(app);
    const ceiling = await buildCeiling(database.handle);
    apps.push(ceiling);
    const ceilingUrl = await listen(ceiling);

    const randomOrganisation = () => slugOf('org', Math.floor(Math.random() * options.scale));
    const randomSpace = () => publicSpaces[Math.floor(Math.random() * publicSpaces.length)] ?? '';
    const targets: LoadTarget[] = [
      {
        name: 'ceiling: bare Fastify, 1 query',
        url: ceilingUrl,
        nextPath: () => `/ceiling/organisations/${randomOrganisation()}`,
      },
      {
        name: 'GET /api/organisations/:slug',
        url: appUrl,
        nextPath: () => `/api/organisations/${randomOrganisation()}`,
      },
      { name: 'GET /api/spaces/:slug (public)', url: appUrl, nextPath: () => `/api/spaces/${randomSpace()}` },
    ];
    const results = await measureTargets(kind, targets, options, expectOk);
    return { kind, seedSeconds, seeded, publicSpaces: publicSpaces.length, results };
  } finally {
    for (const app of apps) await app.close();
    await database.dispose();
  }
}

/** Public pages under load: organisation and space pages against the bare-Fastify ceiling, per database. */
export async function runPagesBench(options: BenchOptions): Promise<void> {
  const machine = describeMachine();
  const table: ReportRow[] = [];
  const seeding: object[] = [];
  for (const kind of options.databases) {
    const measured = await benchOneDatabase(kind, options);
    seeding.push({ database: kind, seconds: Number(measured.seedSeconds.toFixed(1)), ...measured.seeded });
    table.push(...rowsAgainstCeiling(kind, measured.results));
  }
  report('pages', machine, options, table, { seeding });
}
