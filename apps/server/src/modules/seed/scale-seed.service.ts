import { eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { organisations } from '../organisations/organisation.table.ts';
import { insertJsonRows } from '../transfer/bulk-insert.ts';
import { generateNetwork, generateProfile, networkCount } from './scale-directory.generator.ts';
import { generateOrganisation, scaleSlug } from './scale-organisations.generator.ts';
import { generatePerson, type ScalePlan, scalePlan } from './scale-people.generator.ts';
import { generateSpace } from './scale-spaces.generator.ts';

export interface ScaleSeedOptions {
  organisations: number;
  seed?: number;
  /** Rows per INSERT statement. */
  batchSize?: number;
  /** Called after each batch with the number of organisations, people or spaces just written. */
  onProgress?: (done: number, total: number) => void;
}

export interface ScaleSeedResult extends ScalePlan {
  seed: number;
  memberships: number;
  spaceOwners: number;
  spaceMembers: number;
  networks: number;
  milliseconds: number;
}

export const DEFAULT_SCALE_SEED = 42;

type Rows = Record<string, unknown>[];

async function insertAll(tx: Queryable, table: string, rows: Rows): Promise<void> {
  const [first] = rows;
  if (first) await insertJsonRows(tx, table, Object.keys(first), rows);
}

/**
 * Writes a reproducible world of N organisations (with descriptions, goals and working languages), N/2 people
 * with directory profiles, N/10 co-owned workspaces and N/1000 networks (see the generators) in one transaction and a few thousand rows per statement. The same seed always gives the same
 * rows, ids included, and slugs are predictable (org-000000 ... ) so benchmarks can address them. Every row
 * is flagged as demo data. One audit entry records the run; the rows themselves are not audited one by one.
 */
export async function seedScaleWorld(db: Database, options: ScaleSeedOptions): Promise<ScaleSeedResult> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SCALE_SEED;
  const batchSize = options.batchSize ?? 2000;
  if (!Number.isInteger(options.organisations) || options.organisations < 1)
    throw new Error('The number of organisations must be a whole number of at least 1.');
  const plan = scalePlan(options.organisations);
  const total = plan.organisations + plan.people + plan.spaces;
  let done = 0;
  const advance = (count: number) => {
    done += count;
    options.onProgress?.(done, total);
  };
  const counts = { memberships: 0, spaceOwners: 0, spaceMembers: 0, networks: 0 };

  await db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, scaleSlug('org', 0)))
      .limit(1);
    if (taken)
      throw new Error(`Scale data is already here (${scaleSlug('org', 0)} exists); seed a fresh database.`);

    for (let start = 0; start < plan.organisations; start += batchSize) {
      const end = Math.min(start + batchSize, plan.organisations);
      const rows: Rows = [];
      for (let index = start; index < end; index++) rows.push({ ...generateOrganisation(seed, index) });
      await insertAll(tx, 'organisations', rows);
      advance(rows.length);
    }

    for (let start = 0; start < plan.people; start += batchSize) {
      const end = Math.min(start + batchSize, plan.people);
      const people: Rows = [];
      const memberships: Rows = [];
      for (let index = start; index < end; index++) {
        const generated = generatePerson(seed, plan, index);
        people.push({ ...generated.person });
        for (const membership of generated.memberships) memberships.push({ ...membership });
      }
      await insertAll(tx, 'users', people);
      await insertAll(tx, 'organisation_members', memberships);
      const profiles: Rows = [];
      for (let index = start; index < end; index++) profiles.push({ ...generateProfile(seed, plan, index) });
      await insertAll(tx, 'person_profiles', profiles);
      counts.memberships += memberships.length;
      advance(people.length);
    }

    for (let start = 0; start < plan.spaces; start += batchSize) {
      const end = Math.min(start + batchSize, plan.spaces);
      const created: Rows = [];
      const owners: Rows = [];
      const members: Rows = [];
      for (let index = start; index < end; index++) {
        const generated = generateSpace(seed, plan, index);
        created.push({ ...generated.space });
        for (const owner of generated.owners) owners.push({ ...owner });
        for (const member of generated.members) members.push({ ...member });
      }
      await insertAll(tx, 'spaces', created);
      await insertAll(tx, 'space_owners', owners);
      await insertAll(tx, 'space_members', members);
      counts.spaceOwners += owners.length;
      counts.spaceMembers += members.length;
      advance(created.length);
    }

    const networks: Rows = [];
    const networkMembers: Rows = [];
    for (let index = 0; index < networkCount(plan); index++) {
      const generated = generateNetwork(seed, plan, index);
      networks.push({ ...generated.network });
      for (const member of generated.memberships) networkMembers.push({ ...member });
    }
    await insertAll(tx, 'networks', networks);
    await insertAll(tx, 'network_members', networkMembers);
    counts.networks = networks.length;

    await recordAudit(tx, {
      actor: null,
      action: 'seed.scale',
      entityType: 'seed',
      entityId: `scale-${seed}`,
      after: { seed, ...plan, ...counts },
    });
  });
  return { seed, ...plan, ...counts, milliseconds: Math.round(performance.now() - started) };
}
