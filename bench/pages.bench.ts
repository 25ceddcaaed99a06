import { buildApp, loadConfig } from '@crossgov/server';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { BenchOptions } from './bench-options.ts';
import { type BenchDatabaseKind, openBenchDatabase } from './lib/databases.ts';
import { buildCeiling, expectOk, listen, rows, seedWithProgress, slugOf } from './lib/http.ts';
import { type LoadResult, runLoad } from './lib/load.ts';
import { describeMachine } from './lib/machine.ts';
import { type ReportRow, report } from './lib/report.ts';

interface Target {
  name: string;
  url: string;
  nextPath: () => string;
}

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
    const targets: Target[] = [
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
    const results: { target: string; load: LoadResult }[] = [];
    for (const target of targets) {
      await expectOk(`${target.url}${target.nextPath()}`);
      const common = { url: target.url, nextPath: target.nextPath, connections: options.connections };
      // A short warm-up lets the JIT and the database caches settle; its figures are not kept.
      await runLoad({ ...common, seconds: Math.max(1, Math.round(options.seconds / 5)) });
      console.error(`${kind}: measuring ${target.name} for ${options.seconds} s`);
      results.push({ target: target.name, load: await runLoad({ ...common, seconds: options.seconds }) });
    }
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
    const ceiling = measured.results[0]?.load.requestsPerSecond ?? 0;
    for (const { target, load } of measured.results)
      table.push({
        database: kind,
        target,
        requestsPerSecond: load.requestsPerSecond,
        p50Ms: load.p50Ms,
        p99Ms: load.p99Ms,
        errors: load.errors,
        non2xx: load.non2xx,
        ofCeiling: ceiling > 0 ? `${Math.round((load.requestsPerSecond / ceiling) * 100)}%` : '-',
      });
  }
  report('pages', machine, options, table, { seeding });
}
