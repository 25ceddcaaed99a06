import type { BenchOptions } from './bench-options.ts';
import type { BenchDatabaseKind } from './lib/databases.ts';
import { expectOk, slugOf } from './lib/http.ts';
import { type LoadTarget, measureTargets } from './lib/load.ts';
import { describeMachine } from './lib/machine.ts';
import { type ReportRow, report, rowsAgainstCeiling } from './lib/report.ts';
import { withScaleServers } from './lib/scale-servers.ts';

/**
 * What people type into the directory, in the languages of the generated world: fields of work (inflected
 * as a reader would write them), and the start of a name.
 */
const QUERIES = [
  'climate adaptation',
  'klimatanpassningen',
  'energiomställning',
  'vattenförsörjning',
  'ilmasto',
  'adaptation climatique',
  'santé publique',
  'logement',
  'Wasserwirtschaft',
  'movilidad sostenible',
  'digital services',
  'housing',
  'innovation lab',
  'Umeå',
  'Helsing',
  'university',
];

/** Problem statements asking for partners, from several countries and in their languages. */
const PROBLEMS = [
  {
    problem: 'Adaptation au changement climatique dans les villes frontalières',
    language: 'fr',
    country: 'FR',
  },
  { problem: 'Klimatanpassning och översvämningar i kustkommuner', language: 'sv', country: 'SE' },
  { problem: 'Affordable housing for key workers in small towns', language: 'en', country: 'GB' },
  { problem: 'Vesihuolto ja jätevesi harvaan asutuilla alueilla', language: 'fi', country: 'FI' },
  { problem: 'Movilidad sostenible y transporte público rural', language: 'es', country: 'ES' },
  { problem: 'Digitale Verwaltungsdienste für kleine Gemeinden', language: 'de', country: 'DE' },
  { problem: 'الأمن الغذائي والزراعة المستدامة', language: 'ar', country: 'AE' },
  { problem: 'Public health data sharing between regions', language: 'en', country: 'US' },
];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

async function benchOneDatabase(kind: BenchDatabaseKind, options: BenchOptions) {
  return withScaleServers(kind, options, async ({ appUrl, ceilingUrl, seeded, seedSeconds }) => {
    const randomOrganisation = () => slugOf('org', Math.floor(Math.random() * options.scale));
    const search = () => `/api/organisations?q=${encodeURIComponent(pick(QUERIES))}&limit=20`;
    const facets = () =>
      `/api/organisations?sdg=${1 + Math.floor(Math.random() * 17)}&country=${pick(['SE', 'FI', 'FR', 'DE', 'ES', 'GB', 'US', 'AE'])}&limit=20`;
    const people = () =>
      `/api/people?q=${encodeURIComponent(pick(['anna', 'maria', 'jo', 'lee', 'ahmed']))}&limit=20`;
    const targets: LoadTarget[] = [
      {
        name: 'ceiling: bare Fastify, 1 query',
        url: ceilingUrl,
        nextPath: () => `/ceiling/organisations/${randomOrganisation()}`,
      },
      { name: 'GET /api/organisations?q= (full text)', url: appUrl, nextPath: search },
      { name: 'GET /api/organisations?sdg=&country=', url: appUrl, nextPath: facets },
      { name: 'GET /api/people?q=', url: appUrl, nextPath: people },
      {
        name: 'POST /api/directory/find-partners',
        url: appUrl,
        nextPath: () => '/api/directory/find-partners',
        nextBody: () => ({ ...pick(PROBLEMS), limit: 10 }),
      },
    ];
    const results = await measureTargets(kind, targets, options, expectOk);
    return { kind, seedSeconds, seeded, results };
  });
}

/**
 * The directory under load: full-text search in many languages, faceted search, people search and find
 * partners over `seed --scale N` (default 100,000 organisations and 50,000 people), against the bare-Fastify
 * ceiling in the same run. Target on PostgreSQL: search p99 under 50 ms and at least half the ceiling.
 */
export async function runDirectoryBench(options: BenchOptions): Promise<void> {
  const machine = describeMachine();
  const table: ReportRow[] = [];
  const seeding: object[] = [];
  for (const kind of options.databases) {
    const measured = await benchOneDatabase(kind, options);
    seeding.push({ database: kind, seconds: Number(measured.seedSeconds.toFixed(1)), ...measured.seeded });
    table.push(...rowsAgainstCeiling(kind, measured.results));
  }
  report('directory', machine, options, table, { seeding });
}
