import { randomBytes } from 'node:crypto';
import { countryOfJurisdiction, type Multilingual } from '@crossgov/shared';
import { eq, or, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { rowsOf } from '../../lib/schemas.ts';
import { insertUserAccount } from '../accounts/account.service.ts';
import { users } from '../accounts/account.table.ts';
import { hashPassword } from '../accounts/password.service.ts';
import { seedDemoAssemblies } from '../assemblies/assembly.seed.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { seedDemoBudgets } from '../budgets/budget-demo.seed.ts';
import { seedDemoConsultation } from '../consultations/consultation.seed.ts';
import { seedDemoConversation } from '../conversations/conversation.seed.ts';
import { networkMembers, networks } from '../networks/network.table.ts';
import { organisationMembers, organisations } from '../organisations/organisation.table.ts';
import { personProfiles } from '../people/person.table.ts';
import { spaceMembers, spaceOwners, spaces } from '../spaces/space.table.ts';
import { DEMO_NETWORKS, DEMO_ORGANISATION_PROFILES, DEMO_PERSON_PROFILES } from './demo-directory.data.ts';
import { DEMO_ORGANISATIONS } from './demo-organisations.data.ts';
import { DEMO_SPACES } from './demo-spaces.data.ts';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_EMAIL_DOMAIN,
  DEMO_LOGIN_EMAIL,
  DEMO_LOGIN_PASSWORD,
  DEMO_PEOPLE,
  type DemoPerson,
} from './demo-world.data.ts';

/** Serialises demo seeding, so app processes starting together with --demo seed it once. */
const DEMO_SEED_LOCK_KEY = 7403121;
/** Marks the world as seeded: the first demo organisation. */
const MARKER_SLUG = 'kvarken-council';

export interface DemoSeedResult {
  /** False when the demo world was already there and nothing was written. */
  seeded: boolean;
  login: { email: string; password: string };
  /** The platform admin's password, generated on the seeding run only (null otherwise). */
  admin: { email: string; password: string } | null;
  counts: { organisations: number; people: number; spaces: number; networks: number };
}

const fixedCounts = {
  organisations: DEMO_ORGANISATIONS.length,
  people: DEMO_PEOPLE.length,
  networks: DEMO_NETWORKS.length,
};

/** Workspaces come from the data file; assemblies, budgets, consultations and conversations from their modules. */
async function demoCounts(db: Queryable): Promise<DemoSeedResult['counts']> {
  const [row] = rowsOf<{ spaces: number }>(
    await db.execute(sql`select count(*)::int as spaces from spaces where is_demo`),
  );
  return { ...fixedCounts, spaces: row?.spaces ?? 0 };
}

async function isSeeded(db: Queryable): Promise<boolean> {
  const [found] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, MARKER_SLUG))
    .limit(1);
  if (found) return true;
  const [admin] = await db
    .select({ id: users.id })
    .from(users)
    .where(or(eq(users.email, DEMO_ADMIN_EMAIL), eq(users.email, DEMO_LOGIN_EMAIL)))
    .limit(1);
  return admin !== undefined;
}

function requireId(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo data refers to unknown "${key}"`);
  return id;
}

async function insertPeople(tx: Queryable, hashes: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const row = await insertUserAccount(
      tx,
      {
        email: person.email,
        displayName: person.displayName,
        language: person.language,
        platformRole: person.platformRole,
        emailVerified: true,
        passwordHash: hashes.get(person.email) ?? null,
      },
      null,
    );
    ids.set(person.email, row.id);
  }
  return ids;
}

async function insertOrganisations(tx: Queryable, people: Map<string, string>): Promise<Map<string, string>> {
  const adminId = requireId(people, DEMO_ADMIN_EMAIL);
  const ids = new Map<string, string>();
  for (const organisation of DEMO_ORGANISATIONS) {
    const [row] = await tx
      .insert(organisations)
      .values({
        slug: organisation.slug,
        names: organisation.names,
        type: organisation.type,
        country: organisation.country,
        website: organisation.website,
        isDemo: true,
        verifiedAt: organisation.verified ? new Date() : null,
        verifiedBy: organisation.verified ? adminId : null,
        ...organisationProfile(organisation.slug, organisation.names),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    ids.set(organisation.slug, row.id);
    const members = DEMO_PEOPLE.flatMap((person: DemoPerson) =>
      person.memberships
        .filter((membership) => membership.organisation === organisation.slug)
        .map((membership) => ({
          organisationId: row.id,
          userId: requireId(people, person.email),
          role: membership.role,
        })),
    );
    if (members.length > 0) await tx.insert(organisationMembers).values(members);
    await recordAudit(tx, {
      actor: null,
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: row.id,
      organisationId: row.id,
      after: { ...row, members },
    });
  }
  return ids;
}

async function insertSpaces(
  tx: Queryable,
  people: Map<string, string>,
  organisationIds: Map<string, string>,
): Promise<void> {
  const start = Date.now();
  for (const demo of DEMO_SPACES) {
    const managers = demo.members.filter((member) => member.role === 'manage');
    const [space] = await tx
      .insert(spaces)
      .values({
        kind: 'workspace',
        slug: demo.slug,
        titles: demo.titles,
        descriptions: demo.descriptions,
        visibility: demo.visibility,
        isDemo: true,
        createdBy: managers[0] ? requireId(people, managers[0].email) : null,
      })
      .returning();
    if (!space) throw new Error('insert returned nothing');
    // Distinct times keep the owners in the order given: the first is where the space was started.
    const owners = demo.owners.map((slug, index) => ({
      spaceId: space.id,
      organisationId: requireId(organisationIds, slug),
      addedAt: new Date(start + index),
    }));
    await tx.insert(spaceOwners).values(owners);
    const members = demo.members.map((member) => ({
      spaceId: space.id,
      userId: requireId(people, member.email),
      role: member.role,
      organisationId: member.organisation ? requireId(organisationIds, member.organisation) : null,
    }));
    await tx.insert(spaceMembers).values(members);
    await recordAudit(tx, {
      actor: null,
      action: 'space.created',
      entityType: 'space',
      entityId: space.id,
      spaceId: space.id,
      after: { ...space, owners: owners.map((owner) => owner.organisationId), members },
    });
  }
}

function organisationProfile(slug: string, names: Multilingual) {
  const profile = DEMO_ORGANISATION_PROFILES[slug];
  if (!profile) return { workingLanguages: Object.keys(names) };
  return profile;
}

async function insertNetworks(
  tx: Queryable,
  people: Map<string, string>,
  organisationIds: Map<string, string>,
): Promise<void> {
  for (const demo of DEMO_NETWORKS) {
    const { organisations: memberOrganisations, people: memberPeople, ...fields } = demo;
    const [network] = await tx
      .insert(networks)
      .values({ ...fields, isDemo: true })
      .returning();
    if (!network) throw new Error('insert returned nothing');
    const members = [
      ...memberOrganisations.map((slug, index) => ({
        networkId: network.id,
        organisationId: requireId(organisationIds, slug),
        role: index === 0 ? 'coordinator' : 'member',
      })),
      ...memberPeople.map((local, index) => ({
        networkId: network.id,
        userId: requireId(people, `${local}@${DEMO_EMAIL_DOMAIN}`),
        role: index === 0 ? 'coordinator' : 'member',
      })),
    ];
    await tx.insert(networkMembers).values(members);
    await recordAudit(tx, {
      actor: null,
      action: 'network.created',
      entityType: 'network',
      entityId: network.id,
      after: { ...network, members },
    });
  }
}

async function insertPersonProfiles(tx: Queryable, people: Map<string, string>): Promise<void> {
  for (const [local, demo] of Object.entries(DEMO_PERSON_PROFILES)) {
    const userId = requireId(people, `${local}@${DEMO_EMAIL_DOMAIN}`);
    const { headline, jurisdiction, ...rest } = demo;
    const [row] = await tx
      .insert(personProfiles)
      .values({
        userId,
        headlines: headline,
        jurisdiction,
        country: jurisdiction ? countryOfJurisdiction(jurisdiction) : null,
        ...rest,
      })
      .returning();
    await recordAudit(tx, {
      actor: null,
      action: 'profile.updated',
      entityType: 'person_profile',
      entityId: userId,
      after: row,
    });
  }
}

/**
 * Seeds the demo world once: demo people (two who can sign in), the organisations of the domain notes and
 * co-owned workspaces, all in one transaction with an audit entry per change, so `audit verify` holds.
 * Running it again does nothing.
 */
export async function seedDemoWorld(
  db: Database,
  options: { adminPassword?: string } = {},
): Promise<DemoSeedResult> {
  const login = { email: DEMO_LOGIN_EMAIL, password: DEMO_LOGIN_PASSWORD };
  if (await isSeeded(db)) return { seeded: false, login, admin: null, counts: await demoCounts(db) };
  // A public demo must not hand out a known admin password: a fresh one is shown once, on this run.
  const adminPassword = options.adminPassword ?? randomBytes(12).toString('base64url');
  // scrypt is slow on purpose; hash before taking any lock.
  const hashes = new Map([
    [DEMO_LOGIN_EMAIL, await hashPassword(DEMO_LOGIN_PASSWORD)],
    [DEMO_ADMIN_EMAIL, await hashPassword(adminPassword)],
  ]);
  const seeded = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK_KEY})`);
    if (await isSeeded(tx)) return false;
    const people = await insertPeople(tx, hashes);
    const organisationIds = await insertOrganisations(tx, people);
    await insertSpaces(tx, people, organisationIds);
    await seedDemoConsultation(tx, people, organisationIds);
    await insertNetworks(tx, people, organisationIds);
    await insertPersonProfiles(tx, people);
    await seedDemoConversation(tx, people, organisationIds);
    await seedDemoBudgets(tx, people.get(`johanna.nystrom@${DEMO_EMAIL_DOMAIN}`) ?? null, (slug) =>
      requireId(organisationIds, slug),
    );
    await seedDemoAssemblies(tx, people, organisationIds);
    return true;
  });
  return {
    seeded,
    login,
    admin: seeded ? { email: DEMO_ADMIN_EMAIL, password: adminPassword } : null,
    counts: await demoCounts(db),
  };
}
