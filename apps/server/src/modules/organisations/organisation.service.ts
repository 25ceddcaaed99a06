import {
  countryOfJurisdiction,
  type Multilingual,
  type OrganisationRole,
  type OrganisationType,
} from '@crossgov/shared';
import { and, eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { type Actor, isAdmin, signedIn } from '../../lib/actor.ts';
import {
  conflict,
  forbidden,
  invalid,
  isUniqueViolation,
  notFound,
  versionConflict,
} from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { OrganisationSummary, OrganisationView } from './organisation.dto.ts';
import {
  findOrganisationBySlug,
  findOrganisationsByIds,
  findOrganisationWithReader,
  listOrganisations,
  type OrganisationFilter,
  type OrganisationRow,
  type OrganisationWithReader,
  organisationsOfUser,
  roleInOrganisation,
} from './organisation.repo.ts';
import { organisationMembers, organisations } from './organisation.table.ts';
import { partnerCandidates } from './organisation-partners.repo.ts';

export const ADMIN_ROLES: readonly OrganisationRole[] = ['owner', 'admin'];

export function toSummary(row: OrganisationRow): OrganisationSummary {
  return {
    id: row.id,
    slug: row.slug,
    names: row.names,
    type: row.type as OrganisationType,
    country: row.country,
    jurisdiction: row.jurisdiction,
    website: row.website,
    workingLanguages: row.workingLanguages,
    sdgs: row.sdgs,
    tags: row.tags,
    verified: row.verifiedAt !== null,
    isDemo: row.isDemo,
  };
}

function toView(found: OrganisationWithReader): OrganisationView {
  const { organisation: row, myRole } = found;
  return {
    ...toSummary(row),
    descriptions: row.descriptions,
    contactEmail: row.contactEmail,
    verifiedAt: iso(row.verifiedAt),
    memberCount: found.memberCount,
    myRole,
    myJoinRequest: !myRole && found.myPendingJoinRequest ? 'pending' : null,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** The organisation as this actor sees it. */
async function viewOf(
  db: Database,
  key: { id: string } | { slug: string },
  actor: Actor | null,
): Promise<OrganisationView> {
  const found = await findOrganisationWithReader(db, key, actor?.userId ?? null);
  if (!found) throw notFound('slug' in key ? `Organisation "${key.slug}"` : 'Organisation');
  return toView(found);
}

export async function requireOrganisation(db: Database, slug: string): Promise<OrganisationRow> {
  const row = await findOrganisationBySlug(db, slug);
  if (!row) throw notFound(`Organisation "${slug}"`);
  return row;
}

/** Owners and admins of an organisation manage it; platform admins only verify it. */
export async function requireOrganisationAdmin(
  db: Queryable,
  organisation: OrganisationRow,
  actor: Actor | null,
) {
  const user = signedIn(actor, 'Sign in to manage this organisation.');
  const role = await roleInOrganisation(db, organisation.id, user.userId);
  if (!role || !ADMIN_ROLES.includes(role))
    throw forbidden('Only the organisation’s owners and admins can do this.');
  return role;
}

export interface OrganisationInput extends OrganisationProfile {
  slug: string;
  names: Multilingual;
  type: OrganisationType;
  country: string;
  website?: string | null | undefined;
}

/** The directory fields of an organisation; absent ones are left as they are. */
export interface OrganisationProfile {
  descriptions?: Multilingual | undefined;
  jurisdiction?: string | null | undefined;
  workingLanguages?: string[] | undefined;
  sdgs?: number[] | undefined;
  tags?: string[] | undefined;
  contactEmail?: string | null | undefined;
}

/** A subdivision must lie in the organisation's country: "FI-15" for an organisation in Finland. */
function checkJurisdiction(country: string, jurisdiction: string | null | undefined, field: string) {
  if (!jurisdiction || countryOfJurisdiction(jurisdiction) === country) return;
  throw invalid(`The jurisdiction "${jurisdiction}" is not in ${country}.`, [
    { field, message: `must be ${country} or one of its ISO 3166-2 subdivisions` },
  ]);
}

export async function createOrganisation(db: Database, anyActor: Actor | null, input: OrganisationInput) {
  const actor = signedIn(anyActor, 'Sign in to register an organisation.');
  checkJurisdiction(input.country, input.jurisdiction, 'body.jurisdiction');
  try {
    const created = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(organisations)
        .values({
          slug: input.slug,
          names: input.names,
          type: input.type,
          country: input.country,
          website: input.website ?? null,
          descriptions: input.descriptions ?? {},
          jurisdiction: input.jurisdiction ?? null,
          workingLanguages: input.workingLanguages ?? Object.keys(input.names),
          sdgs: input.sdgs ?? [],
          tags: input.tags ?? [],
          contactEmail: input.contactEmail ?? null,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await tx
        .insert(organisationMembers)
        .values({ organisationId: row.id, userId: actor.userId, role: 'owner' });
      await recordAudit(tx, {
        actor,
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: row.id,
        organisationId: row.id,
        after: row,
      });
      return row;
    });
    return viewOf(db, { id: created.id }, actor);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(`The address "${input.slug}" is taken.`, [
        { field: 'body.slug', message: 'already in use' },
      ]);
    throw error;
  }
}

export async function getOrganisation(db: Database, actor: Actor | null, slug: string) {
  return viewOf(db, { slug }, actor);
}

export async function updateOrganisation(
  db: Database,
  actor: Actor | null,
  slug: string,
  patch: Partial<Omit<OrganisationInput, 'slug'>> & { version: number },
) {
  const current = await requireOrganisation(db, slug);
  await requireOrganisationAdmin(db, current, actor);
  const country = patch.country ?? current.country;
  const jurisdiction = patch.jurisdiction === undefined ? current.jurisdiction : patch.jurisdiction;
  checkJurisdiction(
    country,
    jurisdiction,
    patch.jurisdiction === undefined ? 'body.country' : 'body.jurisdiction',
  );
  const updated = await db.transaction(async (tx) => {
    const names = patch.names ?? current.names;
    const [row] = await tx
      .update(organisations)
      .set({
        names,
        type: patch.type ?? current.type,
        country,
        jurisdiction,
        website: patch.website === undefined ? current.website : patch.website,
        descriptions: patch.descriptions ?? current.descriptions,
        workingLanguages: patch.workingLanguages ?? current.workingLanguages,
        sdgs: patch.sdgs ?? current.sdgs,
        tags: patch.tags ?? current.tags,
        contactEmail: patch.contactEmail === undefined ? current.contactEmail : patch.contactEmail,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(organisations.id, current.id), eq(organisations.version, patch.version)))
      .returning();
    if (!row) throw versionConflict('This organisation', current.version);
    await recordAudit(tx, {
      actor,
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: row.id,
      organisationId: row.id,
      before: current,
      after: row,
    });
    return row;
  });
  return viewOf(db, { id: updated.id }, actor);
}

/** A platform admin confirms (or withdraws) that the organisation is the public body it claims to be. */
export async function setVerification(db: Database, actor: Actor | null, slug: string, verified: boolean) {
  if (!isAdmin(signedIn(actor))) throw forbidden('Only platform admins verify organisations.');
  const current = await requireOrganisation(db, slug);
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(organisations)
      .set({
        verifiedAt: verified ? new Date() : null,
        verifiedBy: verified ? (actor?.userId ?? null) : null,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(organisations.id, current.id))
      .returning();
    if (!row) throw notFound(`Organisation "${slug}"`);
    await recordAudit(tx, {
      actor,
      action: verified ? 'organisation.verified' : 'organisation.unverified',
      entityType: 'organisation',
      entityId: row.id,
      organisationId: row.id,
      before: { verifiedAt: current.verifiedAt },
      after: { verifiedAt: row.verifiedAt },
    });
    return row;
  });
  return viewOf(db, { id: updated.id }, actor);
}

/** The directory is public: organisations are public bodies and their partners. */
export async function searchOrganisations(db: Database, filter: OrganisationFilter) {
  const { rows, total, totalCapped } = await listOrganisations(db, filter);
  return { items: rows.map(toSummary), total, totalCapped };
}

export async function myOrganisations(db: Database, actor: Actor | null) {
  const rows = await organisationsOfUser(db, signedIn(actor).userId);
  return { items: rows.map((row) => ({ organisation: toSummary(row.organisation), role: row.role })) };
}

/** For other modules: organisations by id, as summaries (unknown ids are left out). */
export async function organisationSummariesByIds(db: Queryable, ids: string[]) {
  const rows = await findOrganisationsByIds(db, [...new Set(ids)]);
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}

/** For other modules: the organisation with this id, if the actor owns or administers it; else a 403/404. */
export async function requireOrganisationAdminById(db: Queryable, actor: Actor | null, id: string) {
  const [row] = await findOrganisationsByIds(db, [id]);
  if (!row) throw notFound('Organisation');
  await requireOrganisationAdmin(db, row, actor);
  return row;
}

/** For other modules (people's profiles): the organisations a person belongs to, with their role. */
export async function organisationsOfPerson(db: Queryable, userId: string) {
  const rows = await organisationsOfUser(db, userId);
  return rows.map((row) => ({ organisation: toSummary(row.organisation), role: row.role }));
}

/** For the directory's "find partners": candidate organisations abroad, with how well their texts match. */
export async function findPartnerCandidates(db: Queryable, input: Parameters<typeof partnerCandidates>[1]) {
  const rows = await partnerCandidates(db, input);
  return rows.map((row) => ({
    organisation: toSummary(row.organisation),
    textRank: row.textRank,
    sharedSdgs: row.sharedSdgs,
  }));
}
