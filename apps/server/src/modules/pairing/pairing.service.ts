import { maximumWeightAssignment, type PairingCohortStatus } from '@crossgov/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, invalid, notFound, versionConflict } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  requireOrganisation,
  requireOrganisationAdmin,
  requireOrganisationAdminById,
} from '../organisations/organisation.service.ts';
import type { PersonSummary } from '../people/person.dto.ts';
import { peopleAsSignedInSeeThem } from '../people/person.service.ts';
import type { PairingCohortView } from './pairing.dto.ts';
import { pairingCohorts, pairingPairs, pairingParticipants } from './pairing.table.ts';
import { type PairReasons, pairFit } from './pairing-fit.ts';

type CohortRow = typeof pairingCohorts.$inferSelect;

export interface CohortMembers {
  cohort: string[];
  pool: string[];
}

/** Checks the people of a cohort: each has a profile, the cohort is from the cohort's country, the pool abroad. */
async function checkedMembers(db: Database, country: string, members: CohortMembers) {
  const overlap = members.cohort.filter((id) => members.pool.includes(id));
  if (overlap.length)
    throw invalid('A person cannot be in the cohort and the pool.', [
      { field: 'body.pool', message: `also in the cohort: ${overlap.join(', ')}` },
    ]);
  const people = await peopleAsSignedInSeeThem(db, [...members.cohort, ...members.pool]);
  const byId = new Map(people.map((person) => [person.userId, person]));
  for (const [side, ids] of [
    ['cohort', members.cohort],
    ['pool', members.pool],
  ] as const) {
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length)
      throw invalid('Everyone in a pairing programme needs a directory profile.', [
        { field: `body.${side}`, message: `no directory profile: ${missing.join(', ')}` },
      ]);
  }
  const outside = members.cohort.filter((id) => byId.get(id)?.country !== country);
  if (outside.length)
    throw invalid(`The cohort is from ${country}.`, [
      { field: 'body.cohort', message: `not in ${country} (or not shown): ${outside.join(', ')}` },
    ]);
  const home = members.pool.filter((id) => byId.get(id)?.country === country);
  if (home.length)
    throw invalid('Counterparts come from abroad.', [
      { field: 'body.pool', message: `in ${country}: ${home.join(', ')}` },
    ]);
  return byId;
}

async function requireCohort(db: Queryable, actor: Actor | null, id: string) {
  const [row] = await db.select().from(pairingCohorts).where(eq(pairingCohorts.id, id)).limit(1);
  if (!row) throw notFound('Pairing cohort');
  const organisation = await requireOrganisationAdminById(db, actor, row.organisationId);
  return { cohort: row, organisation };
}

async function cohortView(
  db: Database,
  row: CohortRow,
  organisationSlug: string,
): Promise<PairingCohortView> {
  const [participants, pairs] = await Promise.all([
    db.select().from(pairingParticipants).where(eq(pairingParticipants.cohortId, row.id)),
    db
      .select()
      .from(pairingPairs)
      .where(eq(pairingPairs.cohortId, row.id))
      .orderBy(asc(pairingPairs.personId)),
  ]);
  const people = new Map(
    (
      await peopleAsSignedInSeeThem(
        db,
        participants.map((p) => p.userId),
      )
    ).map((person) => [person.userId, person]),
  );
  const side = (name: string) =>
    participants
      .filter((p) => p.side === name)
      .flatMap((p) => people.get(p.userId) ?? [])
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const cohort = side('cohort');
  const paired = new Set(pairs.map((pair) => pair.personId));
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    status: row.status as PairingCohortStatus,
    cohortSize: cohort.length,
    poolSize: side('pool').length,
    version: row.version,
    createdAt: iso(row.createdAt),
    confirmedAt: iso(row.confirmedAt),
    organisationSlug,
    cohort,
    pool: side('pool'),
    pairs: pairs.map((pair) => ({
      personId: pair.personId,
      counterpartId: pair.counterpartId,
      score: pair.score,
      reasons: pair.reasons as unknown as PairReasons,
      source: pair.source as 'proposed' | 'adjusted',
    })),
    totalScore: Math.round(pairs.reduce((sum, pair) => sum + pair.score, 0) * 10_000) / 10_000,
    unpaired: cohort.filter((person) => !paired.has(person.userId)).map((person) => person.userId),
  };
}

export async function listCohorts(db: Database, actor: Actor | null, slug: string) {
  const organisation = await requireOrganisation(db, slug);
  await requireOrganisationAdmin(db, organisation, actor);
  const rows = await db
    .select()
    .from(pairingCohorts)
    .where(eq(pairingCohorts.organisationId, organisation.id))
    .orderBy(asc(pairingCohorts.createdAt));
  const views = await Promise.all(rows.map((row) => cohortView(db, row, organisation.slug)));
  return {
    items: views.map(
      ({ cohort, pool, pairs, organisationSlug, totalScore, unpaired, ...summary }) => summary,
    ),
  };
}

/** A programme manager (owner or admin of the organisation) starts a cohort. */
export async function createCohort(
  db: Database,
  actor: Actor | null,
  slug: string,
  input: { name: string; country: string } & CohortMembers,
) {
  const organisation = await requireOrganisation(db, slug);
  const user = signedIn(actor);
  await requireOrganisationAdmin(db, organisation, actor);
  await checkedMembers(db, input.country, input);
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(pairingCohorts)
      .values({
        organisationId: organisation.id,
        name: input.name,
        country: input.country,
        createdBy: user.userId,
      })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    await insertParticipants(tx, created.id, input);
    await recordAudit(tx, {
      actor,
      action: 'pairing.cohort_created',
      entityType: 'pairing_cohort',
      entityId: created.id,
      organisationId: organisation.id,
      after: { ...created, ...input },
    });
    return created;
  });
  return cohortView(db, row, organisation.slug);
}

async function insertParticipants(tx: Queryable, cohortId: string, members: CohortMembers) {
  const rows = [
    ...members.cohort.map((userId) => ({ cohortId, userId, side: 'cohort' })),
    ...members.pool.map((userId) => ({ cohortId, userId, side: 'pool' })),
  ];
  if (rows.length) await tx.insert(pairingParticipants).values(rows);
}

export async function getCohort(db: Database, actor: Actor | null, id: string) {
  const { cohort, organisation } = await requireCohort(db, actor, id);
  return cohortView(db, cohort, organisation.slug);
}

/** Bumps the version if it is the one the manager read, inside the change's transaction; else a 409. */
async function claimVersion(tx: Queryable, row: CohortRow, version: number, status?: PairingCohortStatus) {
  if (row.status === 'confirmed') throw conflict('This cohort is confirmed: its pairs no longer change.');
  const [updated] = await tx
    .update(pairingCohorts)
    .set({
      version: row.version + 1,
      updatedAt: new Date(),
      ...(status ? { status } : {}),
      ...(status === 'confirmed' ? { confirmedAt: new Date() } : {}),
    })
    .where(and(eq(pairingCohorts.id, row.id), eq(pairingCohorts.version, version)))
    .returning();
  if (!updated) throw versionConflict('This cohort', row.version);
  return updated;
}

export async function replaceParticipants(
  db: Database,
  actor: Actor | null,
  id: string,
  input: CohortMembers & { version: number },
) {
  const { cohort, organisation } = await requireCohort(db, actor, id);
  await checkedMembers(db, cohort.country, input);
  const updated = await db.transaction(async (tx) => {
    const row = await claimVersion(tx, cohort, input.version, 'draft');
    await tx.delete(pairingPairs).where(eq(pairingPairs.cohortId, id));
    await tx.delete(pairingParticipants).where(eq(pairingParticipants.cohortId, id));
    await insertParticipants(tx, id, input);
    await recordAudit(tx, {
      actor,
      action: 'pairing.cohort_updated',
      entityType: 'pairing_cohort',
      entityId: id,
      organisationId: organisation.id,
      after: input,
    });
    return row;
  });
  return cohortView(db, updated, organisation.slug);
}

function fitOf(people: Map<string, PersonSummary>, personId: string, counterpartId: string) {
  const person = people.get(personId);
  const counterpart = people.get(counterpartId);
  return person && counterpart ? pairFit(person, counterpart) : null;
}

/**
 * Proposes one-to-one pairs maximising the total fit, solved exactly as an assignment problem
 * (Kuhn-Munkres); replaces any earlier proposal or adjustment.
 */
export async function proposePairs(db: Database, actor: Actor | null, id: string, version: number) {
  const { cohort, organisation } = await requireCohort(db, actor, id);
  const view = await cohortView(db, cohort, organisation.slug);
  const people = new Map([...view.cohort, ...view.pool].map((person) => [person.userId, person]));
  const scores = view.cohort.map((person) =>
    view.pool.map((counterpart) => fitOf(people, person.userId, counterpart.userId)?.score ?? null),
  );
  const assignment = maximumWeightAssignment(scores);
  const pairs = assignment.pairs.flatMap(({ row, column }) => {
    const person = view.cohort[row];
    const counterpart = view.pool[column];
    const fit = person && counterpart ? fitOf(people, person.userId, counterpart.userId) : null;
    if (!person || !counterpart || !fit) return [];
    return [
      {
        cohortId: id,
        personId: person.userId,
        counterpartId: counterpart.userId,
        score: fit.score,
        reasons: { ...fit.reasons },
        source: 'proposed',
      },
    ];
  });
  const updated = await db.transaction(async (tx) => {
    const row = await claimVersion(tx, cohort, version, 'proposed');
    await tx.delete(pairingPairs).where(eq(pairingPairs.cohortId, id));
    if (pairs.length) await tx.insert(pairingPairs).values(pairs);
    await recordAudit(tx, {
      actor,
      action: 'pairing.pairs_proposed',
      entityType: 'pairing_cohort',
      entityId: id,
      organisationId: organisation.id,
      after: { pairs: pairs.length, total: assignment.total },
    });
    return row;
  });
  return cohortView(db, updated, organisation.slug);
}

/** The manager sets the pairs by hand (after a proposal, or instead of one); each is checked and scored. */
export async function adjustPairs(
  db: Database,
  actor: Actor | null,
  id: string,
  input: { pairs: { personId: string; counterpartId: string }[]; version: number },
) {
  const { cohort, organisation } = await requireCohort(db, actor, id);
  const view = await cohortView(db, cohort, organisation.slug);
  const people = new Map([...view.cohort, ...view.pool].map((person) => [person.userId, person]));
  const cohortIds = new Set(view.cohort.map((person) => person.userId));
  const poolIds = new Set(view.pool.map((person) => person.userId));
  const proposed = new Map(
    view.pairs.filter((p) => p.source === 'proposed').map((p) => [p.personId, p.counterpartId]),
  );
  const seen = { people: new Set<string>(), counterparts: new Set<string>() };
  const rows = input.pairs.map((pair, index) => {
    const field = `body.pairs.${index}`;
    if (!cohortIds.has(pair.personId))
      throw invalid('Pairs join the cohort with the pool.', [
        { field: `${field}.personId`, message: 'not in the cohort' },
      ]);
    if (!poolIds.has(pair.counterpartId))
      throw invalid('Pairs join the cohort with the pool.', [
        { field: `${field}.counterpartId`, message: 'not in the pool' },
      ]);
    if (seen.people.has(pair.personId) || seen.counterparts.has(pair.counterpartId))
      throw invalid('Pairs are one-to-one.', [{ field, message: 'a person or a counterpart appears twice' }]);
    seen.people.add(pair.personId);
    seen.counterparts.add(pair.counterpartId);
    const fit = fitOf(people, pair.personId, pair.counterpartId);
    if (!fit)
      throw invalid('Counterparts come from abroad.', [{ field, message: 'both are in the same country' }]);
    const source = proposed.get(pair.personId) === pair.counterpartId ? 'proposed' : 'adjusted';
    return { cohortId: id, ...pair, score: fit.score, reasons: { ...fit.reasons }, source };
  });
  const updated = await db.transaction(async (tx) => {
    const row = await claimVersion(tx, cohort, input.version);
    await tx.delete(pairingPairs).where(eq(pairingPairs.cohortId, id));
    if (rows.length) await tx.insert(pairingPairs).values(rows);
    await recordAudit(tx, {
      actor,
      action: 'pairing.pairs_adjusted',
      entityType: 'pairing_cohort',
      entityId: id,
      organisationId: organisation.id,
      after: { pairs: input.pairs },
    });
    return row;
  });
  return cohortView(db, updated, organisation.slug);
}

export async function confirmCohort(db: Database, actor: Actor | null, id: string, version: number) {
  const { cohort, organisation } = await requireCohort(db, actor, id);
  const [anyPair] = await db.select().from(pairingPairs).where(eq(pairingPairs.cohortId, id)).limit(1);
  if (!anyPair) throw conflict('Propose or set the pairs before confirming them.');
  const updated = await db.transaction(async (tx) => {
    const row = await claimVersion(tx, cohort, version, 'confirmed');
    await recordAudit(tx, {
      actor,
      action: 'pairing.cohort_confirmed',
      entityType: 'pairing_cohort',
      entityId: id,
      organisationId: organisation.id,
      after: { status: 'confirmed' },
    });
    return row;
  });
  return cohortView(db, updated, organisation.slug);
}
