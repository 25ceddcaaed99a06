import { sql } from 'drizzle-orm';
import type { BenchOptions } from './bench-options.ts';
import type { BenchDatabaseKind } from './lib/databases.ts';
import { expectOk, rows, slugOf } from './lib/http.ts';
import { type LoadTarget, measureTargets } from './lib/load.ts';
import { describeMachine } from './lib/machine.ts';
import { type ReportRow, report, rowsAgainstCeiling } from './lib/report.ts';
import { withScaleServers } from './lib/scale-servers.ts';

async function benchOneDatabase(kind: BenchDatabaseKind, options: BenchOptions) {
  return withScaleServers(kind, options, async ({ database, appUrl, ceilingUrl, seeded, seedSeconds }) => {
    const publicSpaces = (
      await rows<{ slug: string }>(database, sql`select slug from spaces where visibility = 'public'`)
    ).map((row) => row.slug);
    if (publicSpaces.length === 0)
      throw new Error('the scale seed made no public spaces; use a larger --scale');

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
  });
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
