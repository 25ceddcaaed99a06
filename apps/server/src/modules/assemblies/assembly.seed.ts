import { quotasFromShares } from '@crossgov/shared';
import type { Queryable } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  DEMO_ASSEMBLY,
  KVARKEN_CATEGORIES,
  KVARKEN_PANEL_SIZE,
  KVARKEN_SHARES,
  KVARKEN_TOLERANCE,
} from '../seed/demo-assemblies.data.ts';
import { SeededRandom } from '../seed/seeded-random.ts';
import { spaceMembers, spaceOwners, spaces } from '../spaces/space.table.ts';
import { assemblies, assemblyVolunteers } from './assembly.table.ts';
import { householdHash, newPublicId } from './assembly-recruitment.service.ts';

const FIRST_NAMES = {
  se: ['Elin', 'Oskar', 'Maja', 'Nils', 'Saga', 'Erik', 'Alva', 'Lars'],
  fi: ['Aino', 'Mikko', 'Helmi', 'Juho', 'Emma', 'Ville', 'Linnea', 'Kalle'],
};
const LAST_NAMES = {
  se: ['Lindqvist', 'Berg', 'Nyström', 'Holm', 'Sandberg'],
  fi: ['Virtanen', 'Mäkinen', 'Nieminen', 'Björkqvist', 'Koskinen'],
};
const POSTCODES = {
  se: ['903 25', '903 30', '904 22', '911 31', '931 30'],
  fi: ['65100', '65200', '65300', '66100', '68600'],
};

/** Picks a feature with the category's population shares, so the generated pool looks like the region. */
function drawFeature(random: SeededRandom, shares: Record<string, number>): string {
  const entries = Object.entries(shares);
  let left = random.next() * entries.reduce((sum, [, share]) => sum + share, 0);
  for (const [feature, share] of entries) {
    left -= share;
    if (left < 0) return feature;
  }
  return entries.at(-1)?.[0] ?? '';
}

function pick<T>(random: SeededRandom, items: readonly T[]): T {
  return items[random.int(0, items.length - 1)] as T;
}

/**
 * The demo's cross-border assembly: hosted by Region Västerbotten and the Regional Council of Ostrobothnia,
 * quotas computed from population shares, recruitment open and a generated pool (fictitious people on
 * example.org addresses, a few sharing a household), so that a manager can run a selection at once.
 */
export async function seedDemoAssemblies(
  tx: Queryable,
  people: Map<string, string>,
  organisationIds: Map<string, string>,
): Promise<void> {
  const demo = DEMO_ASSEMBLY;
  const managerIds = demo.managers
    .map((email) => people.get(email))
    .filter((id): id is string => id !== undefined);
  const [space] = await tx
    .insert(spaces)
    .values({
      kind: 'assembly',
      slug: demo.slug,
      titles: demo.titles,
      descriptions: demo.descriptions,
      visibility: 'public',
      isDemo: true,
      createdBy: managerIds[0] ?? null,
    })
    .returning();
  if (!space) throw new Error('insert returned nothing');
  const start = Date.now();
  const owners = demo.owners.flatMap((slug, index) => {
    const organisationId = organisationIds.get(slug);
    return organisationId ? [{ spaceId: space.id, organisationId, addedAt: new Date(start + index) }] : [];
  });
  await tx.insert(spaceOwners).values(owners);
  const members = managerIds.map((userId) => ({ spaceId: space.id, userId, role: 'manage' }));
  if (members.length > 0) await tx.insert(spaceMembers).values(members);
  const opens = new Date(start - 7 * 86_400_000);
  const closes = new Date(start + 60 * 86_400_000);
  // The demo keeps the volunteers' data three months after the later of the last session and the closing day.
  const lastDay = [closes.toISOString().slice(0, 10), ...demo.sessions.map((session) => session.date)]
    .sort()
    .at(-1);
  const eraseOn = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
  const [assembly] = await tx
    .insert(assemblies)
    .values({
      spaceId: space.id,
      purposes: demo.purposes,
      languages: demo.languages,
      panelSize: KVARKEN_PANEL_SIZE,
      stipend: demo.stipend,
      sessions: demo.sessions,
      recruitmentOpensAt: opens,
      recruitmentClosesAt: closes,
      personalDataEraseOn: eraseOn,
      categories: KVARKEN_CATEGORIES,
      quotas: quotasFromShares(KVARKEN_CATEGORIES, KVARKEN_SHARES, KVARKEN_PANEL_SIZE, KVARKEN_TOLERANCE),
    })
    .returning();
  const random = new SeededRandom(2027);
  const pool = Array.from({ length: demo.poolSize }, (_, i) => {
    const country = drawFeature(random, KVARKEN_SHARES.country ?? {}) as 'se' | 'fi';
    const name = `${pick(random, FIRST_NAMES[country])} ${pick(random, LAST_NAMES[country])}`;
    // Every twelfth volunteer lives with the one before: the selection keeps at most one of them.
    const household =
      i % 12 === 1 ? `demo-household-${i - 1}` : `demo-household-${i} ${pick(random, POSTCODES[country])}`;
    return {
      spaceId: space.id,
      publicId: newPublicId(),
      name,
      email: `volunteer.${i + 1}@example.org`,
      householdHash: householdHash(space.id, household),
      features: {
        gender: drawFeature(random, KVARKEN_SHARES.gender ?? {}),
        age: drawFeature(random, KVARKEN_SHARES.age ?? {}),
        country,
        education: drawFeature(random, KVARKEN_SHARES.education ?? {}),
      },
      source: 'demo',
      language: country === 'se' ? 'sv' : 'fi',
      consentAt: new Date(start),
    };
  });
  await tx.insert(assemblyVolunteers).values(pool);
  await recordAudit(tx, {
    actor: null,
    action: 'space.created',
    entityType: 'space',
    entityId: space.id,
    spaceId: space.id,
    after: { ...space, owners: owners.map((owner) => owner.organisationId), members },
  });
  await recordAudit(tx, {
    actor: null,
    action: 'assembly.updated',
    entityType: 'assembly',
    entityId: space.id,
    spaceId: space.id,
    after: assembly,
  });
  await recordAudit(tx, {
    actor: null,
    action: 'assembly.pool_imported',
    entityType: 'assembly',
    entityId: space.id,
    spaceId: space.id,
    after: { imported: pool.length },
  });
}
