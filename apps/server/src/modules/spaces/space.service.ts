import type { Multilingual, SpaceKind, SpaceVisibility } from '@crossgov/shared';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, forbidden, invalid, isUniqueViolation, versionConflict } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findOrganisationsByIds } from '../organisations/organisation.repo.ts';
import { organisationMembers } from '../organisations/organisation.table.ts';
import { requireSpace, type SpaceAccess, type SpaceRow } from './space.access.ts';
import type { SpaceSummary, SpaceView } from './space.dto.ts';
import { listVisibleSpaces, ownersOf, publicCoOwnerships, type SpaceFilter } from './space.repo.ts';
import { spaceMembers, spaceOwners, spaces } from './space.table.ts';
import { createOwnerRequest } from './space-owner.service.ts';

function toSummary(space: SpaceRow, owners: Map<string, SpaceSummary['owners']>): SpaceSummary {
  return {
    id: space.id,
    kind: space.kind as SpaceKind,
    slug: space.slug,
    titles: space.titles,
    visibility: space.visibility as SpaceVisibility,
    owners: owners.get(space.id) ?? [],
    isDemo: space.isDemo,
    updatedAt: iso(space.updatedAt),
  };
}

/** The space page, from what loading its access already read. */
export function toSpaceView(access: SpaceAccess): SpaceView {
  const { space } = access;
  return {
    ...toSummary(space, new Map([[space.id, access.owners]])),
    descriptions: space.descriptions,
    myRole: access.memberRole,
    permissions: access.permissions,
    memberCount: access.memberCount,
    version: space.version,
    createdAt: iso(space.createdAt),
  };
}

export async function listSpaces(db: Database, actor: Actor | null, filter: SpaceFilter) {
  if (filter.mine) signedIn(actor);
  const { rows, total } = await listVisibleSpaces(db, actor, filter);
  const owners = await ownersOf(
    db,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => toSummary(row, owners)), total };
}

export async function getSpace(db: Database, actor: Actor | null, slug: string) {
  return toSpaceView(await requireSpace(db, slug, actor));
}

export interface SpaceInput {
  kind: SpaceKind;
  slug: string;
  titles: Multilingual;
  descriptions?: Multilingual | undefined;
  visibility: SpaceVisibility;
  ownerOrganisationIds: string[];
}

/**
 * Creates a space co-owned by several organisations. Organisations the creator administers become owners
 * at once; each other one receives a co-ownership request that its own owners or admins accept.
 */
/** Creates a space; organisations the creator does not administer are asked by e-mail (links on `publicUrl`). */
export async function createSpace(
  db: Database,
  anyActor: Actor | null,
  input: SpaceInput,
  publicUrl: string,
) {
  const actor = signedIn(anyActor, 'Sign in to create a space.');
  const ownerIds = [...new Set(input.ownerOrganisationIds)];
  const found = await findOrganisationsByIds(db, ownerIds);
  const missing = ownerIds.filter((id) => !found.some((organisation) => organisation.id === id));
  if (missing.length > 0)
    throw invalid(
      'Some owner organisations do not exist.',
      missing.map((id) => ({
        field: `body.ownerOrganisationIds.${input.ownerOrganisationIds.indexOf(id)}`,
        message: 'unknown organisation',
      })),
    );
  const myRoles = await db
    .select({ organisationId: organisationMembers.organisationId, role: organisationMembers.role })
    .from(organisationMembers)
    .where(eq(organisationMembers.userId, actor.userId));
  const administered = new Set(
    myRoles.filter((row) => row.role === 'owner' || row.role === 'admin').map((row) => row.organisationId),
  );
  const immediate = ownerIds.filter((id) => administered.has(id));
  const requested = ownerIds.filter((id) => !administered.has(id));
  const [firstOwner] = immediate;
  if (!firstOwner)
    throw forbidden('You must be an owner or admin of at least one of the owner organisations.');
  try {
    const slug = await db.transaction(async (tx) => {
      const [space] = await tx
        .insert(spaces)
        .values({
          kind: input.kind,
          slug: input.slug,
          titles: input.titles,
          descriptions: input.descriptions ?? null,
          visibility: input.visibility,
          createdBy: actor.userId,
        })
        .returning();
      if (!space) throw new Error('insert returned nothing');
      await tx
        .insert(spaceOwners)
        .values(immediate.map((organisationId) => ({ spaceId: space.id, organisationId })));
      await tx
        .insert(spaceMembers)
        .values({ spaceId: space.id, userId: actor.userId, role: 'manage', organisationId: firstOwner });
      await recordAudit(tx, {
        actor,
        action: 'space.created',
        entityType: 'space',
        entityId: space.id,
        spaceId: space.id,
        after: { ...space, owners: immediate },
      });
      for (const organisationId of requested)
        await createOwnerRequest(tx, actor, space, organisationId, publicUrl);
      return space.slug;
    });
    return getSpace(db, actor, slug);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(`The address "${input.slug}" is taken.`, [
        { field: 'body.slug', message: 'already in use' },
      ]);
    throw error;
  }
}

export async function updateSpace(
  db: Database,
  actor: Actor | null,
  slug: string,
  patch: {
    titles?: Multilingual | undefined;
    descriptions?: Multilingual | null | undefined;
    visibility?: SpaceVisibility | undefined;
    version: number;
  },
) {
  const { space: current } = await requireSpace(db, slug, actor, 'manage');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(spaces)
      .set({
        titles: patch.titles ?? current.titles,
        descriptions: patch.descriptions === undefined ? current.descriptions : patch.descriptions,
        visibility: patch.visibility ?? current.visibility,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(spaces.id, current.id), eq(spaces.version, patch.version)))
      .returning();
    if (!row) throw versionConflict('This space', current.version);
    await recordAudit(tx, {
      actor,
      action: 'space.updated',
      entityType: 'space',
      entityId: row.id,
      spaceId: row.id,
      before: current,
      after: row,
    });
  });
  return getSpace(db, actor, slug);
}

/** For the ecosystem graph: organisations that co-own public spaces, pairwise with the number of spaces. */
export function jointWorkBetween(db: Database, organisationIds: string[]) {
  return publicCoOwnerships(db, organisationIds);
}
