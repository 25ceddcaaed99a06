import type { Multilingual, NetworkJoinPolicy, NetworkKind } from '@crossgov/shared';
import { and, eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, forbidden, isUniqueViolation, notFound, versionConflict } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireOrganisationAdminById } from '../organisations/organisation.service.ts';
import type { NetworkSummary, NetworkView } from './network.dto.ts';
import {
  findNetworkBySlug,
  listNetworks,
  type NetworkFilter,
  type NetworkWithStats,
  networkMemberships,
  networksOfOrganisationWithStats,
  pendingRequestFor,
  roleInNetwork,
} from './network.repo.ts';
import { networkMembers, networks } from './network.table.ts';

export function toNetworkSummary(found: NetworkWithStats): NetworkSummary {
  const { network: row } = found;
  return {
    id: row.id,
    slug: row.slug,
    names: row.names,
    purposes: row.purposes,
    kind: row.kind as NetworkKind,
    joinPolicy: row.joinPolicy as NetworkJoinPolicy,
    sdgs: row.sdgs,
    tags: row.tags,
    website: row.website,
    organisationCount: found.organisationCount,
    personCount: found.personCount,
    countries: found.countries,
    isDemo: row.isDemo,
  };
}

export async function requireNetwork(db: Queryable, slug: string): Promise<NetworkWithStats> {
  const found = await findNetworkBySlug(db, slug);
  if (!found) throw notFound(`Network "${slug}"`);
  return found;
}

/** Coordinators run a network: in person, or as owners and admins of a coordinating organisation. */
export async function requireCoordinator(db: Queryable, networkId: string, actor: Actor | null) {
  const user = signedIn(actor, 'Sign in to coordinate this network.');
  if ((await roleInNetwork(db, networkId, user.userId)) !== 'coordinator')
    throw forbidden('Only the network’s coordinators can do this.');
  return user;
}

export async function networkView(db: Database, actor: Actor | null, slug: string): Promise<NetworkView> {
  const found = await requireNetwork(db, slug);
  const role = actor ? await roleInNetwork(db, found.network.id, actor.userId) : null;
  const pending = actor ? await pendingRequestFor(db, found.network.id, { userId: actor.userId }) : undefined;
  return {
    ...toNetworkSummary(found),
    myRole: role,
    canCoordinate: role === 'coordinator',
    myPendingRequest: pending !== undefined,
    version: found.network.version,
    createdAt: iso(found.network.createdAt),
    updatedAt: iso(found.network.updatedAt),
  };
}

/** Networks are public: their purpose and members are how people find a community of practice. */
export async function searchNetworks(db: Database, filter: NetworkFilter) {
  const { rows, total, totalCapped } = await listNetworks(db, filter);
  return { items: rows.map(toNetworkSummary), total, totalCapped };
}

export interface NetworkInput {
  slug: string;
  names: Multilingual;
  purposes?: Multilingual | undefined;
  kind: NetworkKind;
  joinPolicy: NetworkJoinPolicy;
  sdgs?: number[] | undefined;
  tags?: string[] | undefined;
  website?: string | null | undefined;
  foundingOrganisationId?: string | undefined;
}

/** Anyone signed in may start a network; they (and the founding organisation, if any) coordinate it. */
export async function createNetwork(db: Database, anyActor: Actor | null, input: NetworkInput) {
  const actor = signedIn(anyActor, 'Sign in to start a network.');
  if (input.foundingOrganisationId)
    await requireOrganisationAdminById(db, actor, input.foundingOrganisationId);
  try {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(networks)
        .values({
          slug: input.slug,
          names: input.names,
          purposes: input.purposes ?? {},
          kind: input.kind,
          joinPolicy: input.joinPolicy,
          sdgs: input.sdgs ?? [],
          tags: input.tags ?? [],
          website: input.website ?? null,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      const founders: (typeof networkMembers.$inferInsert)[] = [
        { networkId: row.id, userId: actor.userId, role: 'coordinator' },
      ];
      if (input.foundingOrganisationId)
        founders.push({
          networkId: row.id,
          organisationId: input.foundingOrganisationId,
          role: 'coordinator',
        });
      await tx.insert(networkMembers).values(founders);
      await recordAudit(tx, {
        actor,
        action: 'network.created',
        entityType: 'network',
        entityId: row.id,
        organisationId: input.foundingOrganisationId ?? null,
        after: row,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(`The address "${input.slug}" is taken.`, [
        { field: 'body.slug', message: 'already in use' },
      ]);
    throw error;
  }
  return networkView(db, actor, input.slug);
}

export async function updateNetwork(
  db: Database,
  actor: Actor | null,
  slug: string,
  patch: Partial<Omit<NetworkInput, 'slug' | 'foundingOrganisationId'>> & { version: number },
) {
  const { network: current } = await requireNetwork(db, slug);
  await requireCoordinator(db, current.id, actor);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(networks)
      .set({
        names: patch.names ?? current.names,
        purposes: patch.purposes ?? current.purposes,
        kind: patch.kind ?? current.kind,
        joinPolicy: patch.joinPolicy ?? current.joinPolicy,
        sdgs: patch.sdgs ?? current.sdgs,
        tags: patch.tags ?? current.tags,
        website: patch.website === undefined ? current.website : patch.website,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(networks.id, current.id), eq(networks.version, patch.version)))
      .returning();
    if (!row) throw versionConflict('This network', current.version);
    await recordAudit(tx, {
      actor,
      action: 'network.updated',
      entityType: 'network',
      entityId: row.id,
      before: current,
      after: row,
    });
  });
  return networkView(db, actor, slug);
}

/** For the ecosystem graph: networks with their member organisations. */
export async function membershipsForGraph(
  db: Database,
  filter: { network?: string | undefined; country?: string | undefined; limit: number },
) {
  const networkId = filter.network ? (await requireNetwork(db, filter.network)).network.id : undefined;
  return networkMemberships(db, { networkId, country: filter.country, limit: filter.limit });
}

/** The networks an organisation belongs to, with its role in each (for its page). */
export async function networksOfOrganisation(db: Database, organisationId: string) {
  const rows = await networksOfOrganisationWithStats(db, organisationId);
  return {
    items: rows.map(({ role, ...stats }) => ({
      network: toNetworkSummary(stats),
      role: role as 'coordinator' | 'member',
    })),
  };
}
