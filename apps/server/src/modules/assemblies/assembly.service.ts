import type { AssemblyAlgorithm, AssemblyQuota, QuotaCategory, ResponseStance } from '@crossgov/shared';
import { findQuotaClashes, type Person, type QuotaClash, sharedHighsSolver } from '@crossgov/sortition';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { invalid, versionConflict } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { lockSpaceAndRequire, requireSpaceOfKind, type SpaceAccess } from '../spaces/space.access.ts';
import type { assemblyOut, feasibilityOut, quotasInput, settingsInput } from './assembly.dto.ts';
import {
  assemblies,
  assemblyRecommendations,
  assemblyResponses,
  assemblyRuns,
  assemblyVolunteers,
} from './assembly.table.ts';
import { retentionProblems } from './assembly-retention.rules.ts';

type AssemblyView = z.infer<typeof assemblyOut>;
export type AssemblyRow = typeof assemblies.$inferSelect;

/** The space, checked for one right, and only if it is an assembly (other kinds answer 404 here). */
export async function requireAssemblySpace(
  db: Database,
  slug: string,
  actor: Actor | null,
  permission: 'view' | 'contribute' | 'edit' | 'manage' = 'view',
): Promise<SpaceAccess> {
  return requireSpaceOfKind(db, slug, actor, 'assembly', 'Assembly', permission);
}

/** Locks the space and checks the right again inside a transaction, for changes that must not interleave. */
export async function lockAssembly(tx: Queryable, access: SpaceAccess, actor: Actor | null) {
  await lockSpaceAndRequire(tx, access.space.id, actor, 'manage');
  return ensureAssembly(tx, access);
}

function defaults(access: SpaceAccess): AssemblyRow {
  return {
    spaceId: access.space.id,
    purposes: {},
    languages: Object.keys(access.space.titles),
    panelSize: 20,
    stipend: null,
    sessions: [],
    recruitmentOpensAt: null,
    recruitmentClosesAt: null,
    categories: [],
    quotas: [],
    publishedRunId: null,
    personalDataEraseOn: null,
    personalDataErasedAt: null,
    version: 1,
    updatedAt: access.space.createdAt,
  };
}

/** An assembly's row is created on its first change; until then it has defaults. */
export async function findAssembly(db: Queryable, access: SpaceAccess): Promise<AssemblyRow> {
  const [row] = await db.select().from(assemblies).where(eq(assemblies.spaceId, access.space.id));
  return row ?? defaults(access);
}

async function ensureAssembly(tx: Queryable, access: SpaceAccess): Promise<AssemblyRow> {
  const { version: _version, updatedAt: _updatedAt, ...initial } = defaults(access);
  await tx.insert(assemblies).values(initial).onConflictDoNothing();
  const [row] = await tx.select().from(assemblies).where(eq(assemblies.spaceId, access.space.id));
  if (!row) throw new Error('assembly row missing after insert');
  return row;
}

export function recruitmentOpen(row: AssemblyRow, now = new Date()): boolean {
  if (row.quotas.length === 0 || row.personalDataErasedAt) return false;
  if (row.recruitmentOpensAt && now < row.recruitmentOpensAt) return false;
  if (row.recruitmentClosesAt && now >= row.recruitmentClosesAt) return false;
  return true;
}

async function publishedLottery(db: Queryable, row: AssemblyRow): Promise<AssemblyView['lottery']> {
  if (!row.publishedRunId) return null;
  const [run] = await db
    .select()
    .from(assemblyRuns)
    .where(and(eq(assemblyRuns.spaceId, row.spaceId), eq(assemblyRuns.id, row.publishedRunId)));
  if (!run?.seedHash || !run.result) return null;
  return {
    runId: run.id,
    algorithm: run.algorithm as AssemblyAlgorithm,
    size: run.result.lottery.size,
    seedHash: run.seedHash,
    drawn: run.drawnAt !== null,
    seed: run.drawnAt ? run.seed : null,
    seedFromCeremony: run.drawnAt ? false : run.seed === null,
    ticket: run.drawnTicket,
    members: run.drawnMembers,
    drawnAt: iso(run.drawnAt),
  };
}

async function recommendationsOf(db: Queryable, spaceId: string): Promise<AssemblyView['recommendations']> {
  const rows = await db
    .select()
    .from(assemblyRecommendations)
    .where(eq(assemblyRecommendations.spaceId, spaceId))
    .orderBy(asc(assemblyRecommendations.createdAt), asc(assemblyRecommendations.id));
  const responses = await db.select().from(assemblyResponses).where(eq(assemblyResponses.spaceId, spaceId));
  return rows.map((row) => ({
    id: row.id,
    titles: row.titles,
    texts: row.texts,
    votes: { for: row.votesFor, against: row.votesAgainst, abstain: row.votesAbstain },
    responses: responses
      .filter((response) => response.recommendationId === row.id)
      .map((response) => ({
        organisationId: response.organisationId,
        stance: response.stance as ResponseStance,
        reasons: response.reasons,
        version: response.version,
        updatedAt: iso(response.updatedAt),
      })),
    version: row.version,
  }));
}

/** The host organisations the actor administers: they may answer the recommendations in its name. */
async function hostsAdministeredBy(db: Queryable, access: SpaceAccess, actor: Actor | null) {
  if (!actor || access.ownerIds.length === 0) return [];
  const result = await db.execute(sql`select organisation_id from organisation_members
    where user_id = ${actor.userId} and role in ('owner', 'admin')
      and organisation_id in (select organisation_id from space_owners where space_id = ${access.space.id})`);
  return (result as unknown as { rows: { organisation_id: string }[] }).rows.map(
    (row) => row.organisation_id,
  );
}

/** What anyone who may view the space sees: never a volunteer's personal data (only the pool's size). */
export async function assemblyView(db: Database, actor: Actor | null, slug: string): Promise<AssemblyView> {
  const access = await requireAssemblySpace(db, slug, actor);
  const row = await findAssembly(db, access);
  const [pool] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(assemblyVolunteers)
    .where(eq(assemblyVolunteers.spaceId, access.space.id));
  return {
    spaceId: access.space.id,
    slug: access.space.slug,
    titles: access.space.titles,
    purposes: row.purposes,
    languages: row.languages,
    panelSize: row.panelSize,
    stipend: row.stipend,
    sessions: row.sessions,
    recruitmentOpensAt: iso(row.recruitmentOpensAt),
    recruitmentClosesAt: iso(row.recruitmentClosesAt),
    recruitmentOpen: recruitmentOpen(row),
    personalDataEraseOn: row.personalDataEraseOn,
    personalDataErasedAt: iso(row.personalDataErasedAt),
    categories: row.categories,
    quotas: row.quotas,
    hosts: access.owners.map((owner) => ({
      organisationId: owner.organisationId,
      slug: owner.slug,
      names: owner.names,
      country: owner.country,
    })),
    poolSize: pool?.count ?? 0,
    lottery: await publishedLottery(db, row),
    recommendations: await recommendationsOf(db, access.space.id),
    canManage: access.permissions.manage,
    respondFor: await hostsAdministeredBy(db, access, actor),
    version: row.version,
  };
}

function checkVersion(row: AssemblyRow, version: number) {
  if (row.version !== version) throw versionConflict('The assembly', row.version);
}

export async function updateAssemblySettings(
  db: Database,
  actor: Actor | null,
  slug: string,
  input: z.infer<typeof settingsInput> & { version: number },
): Promise<AssemblyView> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  await db.transaction(async (tx) => {
    const before = await lockAssembly(tx, access, actor);
    checkVersion(before, input.version);
    const opens =
      input.recruitmentOpensAt === undefined ? before.recruitmentOpensAt : toDate(input.recruitmentOpensAt);
    const closes =
      input.recruitmentClosesAt === undefined
        ? before.recruitmentClosesAt
        : toDate(input.recruitmentClosesAt);
    if (opens && closes && closes <= opens)
      throw invalid('Recruitment must close after it opens.', [
        { field: 'body.recruitmentClosesAt', message: 'must be after recruitmentOpensAt' },
      ]);
    const sessions = input.sessions ?? before.sessions;
    const eraseOn =
      input.personalDataEraseOn === undefined ? before.personalDataEraseOn : input.personalDataEraseOn;
    const retention = retentionProblems(
      eraseOn,
      closes,
      sessions.map((session) => session.date),
    );
    if (retention.length > 0)
      throw invalid('The personal data would be erased before the assembly has sat.', retention);
    const [after] = await tx
      .update(assemblies)
      .set({
        purposes: input.purposes ?? before.purposes,
        languages: input.languages ?? before.languages,
        panelSize: input.panelSize ?? before.panelSize,
        stipend: input.stipend === undefined ? before.stipend : input.stipend,
        sessions,
        recruitmentOpensAt: opens,
        recruitmentClosesAt: closes,
        personalDataEraseOn: eraseOn,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(assemblies.spaceId, access.space.id))
      .returning();
    await recordAudit(tx, {
      actor,
      action: 'assembly.updated',
      entityType: 'assembly',
      entityId: access.space.id,
      spaceId: access.space.id,
      before,
      after,
    });
  });
  return assemblyView(db, actor, slug);
}

function toDate(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}

/** Every quota names a known feature, and every feature has exactly one quota. */
function checkQuotas(categories: readonly QuotaCategory[], quotas: readonly AssemblyQuota[]) {
  const problems: { field: string; message: string }[] = [];
  const seenCategories = new Set<string>();
  categories.forEach((category, c) => {
    if (seenCategories.has(category.key))
      problems.push({
        field: `body.categories.${c}.key`,
        message: `category "${category.key}" appears twice`,
      });
    seenCategories.add(category.key);
    const seenFeatures = new Set<string>();
    category.features.forEach((feature, f) => {
      if (seenFeatures.has(feature.key))
        problems.push({
          field: `body.categories.${c}.features.${f}.key`,
          message: `feature "${feature.key}" appears twice in "${category.key}"`,
        });
      seenFeatures.add(feature.key);
    });
  });
  const expected = new Set(categories.flatMap((c) => c.features.map((f) => `${c.key}=${f.key}`)));
  const given = new Set<string>();
  quotas.forEach((quota, q) => {
    const key = `${quota.category}=${quota.feature}`;
    if (!expected.has(key))
      problems.push({ field: `body.quotas.${q}`, message: `"${key}" is not a feature of the categories` });
    else if (given.has(key)) problems.push({ field: `body.quotas.${q}`, message: `"${key}" has two quotas` });
    given.add(key);
  });
  for (const key of expected)
    if (!given.has(key)) problems.push({ field: 'body.quotas', message: `"${key}" has no quota` });
  if (problems.length > 0) throw invalid('The quota categories and quotas do not match.', problems);
}

export async function updateAssemblyQuotas(
  db: Database,
  actor: Actor | null,
  slug: string,
  input: z.infer<typeof quotasInput> & { version: number },
): Promise<AssemblyView> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  checkQuotas(input.categories, input.quotas);
  await db.transaction(async (tx) => {
    const before = await lockAssembly(tx, access, actor);
    checkVersion(before, input.version);
    const [after] = await tx
      .update(assemblies)
      .set({
        categories: input.categories,
        quotas: input.quotas,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(assemblies.spaceId, access.space.id))
      .returning();
    await recordAudit(tx, {
      actor,
      action: 'assembly.quotas_updated',
      entityType: 'assembly',
      entityId: access.space.id,
      spaceId: access.space.id,
      before: { categories: before.categories, quotas: before.quotas },
      after: { categories: after?.categories, quotas: after?.quotas },
    });
  });
  return assemblyView(db, actor, slug);
}

/** The pool as the engine sees it: opaque ids, features, hashed household keys; unusable rows left out. */
export async function poolOf(db: Queryable, spaceId: string, categories: readonly QuotaCategory[]) {
  const rows = await db
    .select()
    .from(assemblyVolunteers)
    .where(eq(assemblyVolunteers.spaceId, spaceId))
    .orderBy(asc(assemblyVolunteers.createdAt), asc(assemblyVolunteers.publicId));
  const usable = rows.filter((row) =>
    categories.every((category) => category.features.some((f) => f.key === row.features[category.key])),
  );
  const people: Person[] = usable.map((row) => ({
    id: row.publicId,
    features: Object.fromEntries(categories.map((c) => [c.key, row.features[c.key] ?? ''])),
    ...(row.householdHash ? { household: row.householdHash } : {}),
  }));
  return { rows: usable, people };
}

/** Counting checks that need no pool: the minimums of a category fit in the panel, its maximums fill it. */
function countingClashes(quotas: readonly AssemblyQuota[], panelSize: number): QuotaClash[] {
  const byCategory = new Map<string, AssemblyQuota[]>();
  for (const quota of quotas)
    byCategory.set(quota.category, [...(byCategory.get(quota.category) ?? []), quota]);
  const clashes: QuotaClash[] = [];
  for (const [category, group] of byCategory) {
    const mins = group.reduce((sum, q) => sum + q.min, 0);
    const maxes = group.reduce((sum, q) => sum + q.max, 0);
    if (mins > panelSize)
      clashes.push({
        kind: 'mins-exceed-size',
        quotas: group,
        message: `the minimums of "${category}" add up to ${mins}, more than the panel of ${panelSize}`,
      });
    if (maxes < panelSize)
      clashes.push({
        kind: 'maxes-below-size',
        quotas: group,
        message: `the maximums of "${category}" add up to ${maxes}, fewer than the panel of ${panelSize}`,
      });
  }
  return clashes;
}

/**
 * Checks quotas as a manager types them, against the current pool when there is one: the engine's clash
 * detection (counting checks, then the panel ILP and a deletion filter naming a minimal set of categories).
 */
export async function checkFeasibility(
  db: Database,
  actor: Actor | null,
  slug: string,
  input: { categories: QuotaCategory[]; quotas: AssemblyQuota[]; panelSize: number },
): Promise<z.infer<typeof feasibilityOut>> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  checkQuotas(input.categories, input.quotas);
  const counting = countingClashes(input.quotas, input.panelSize);
  const { people } = await poolOf(db, access.space.id, input.categories);
  if (counting.length > 0 || people.length === 0)
    return { feasible: counting.length === 0, poolSize: people.length, clashes: counting };
  const clashes = await findQuotaClashes(
    { people, quotas: input.quotas, panelSize: input.panelSize },
    await sharedHighsSolver(),
  );
  return { feasible: clashes.length === 0, poolSize: people.length, clashes };
}
