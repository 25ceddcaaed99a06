import type { Multilingual, SpaceRole, SpaceVisibility } from '@crossgov/shared';
import { organisationIdentity, SCALE_EPOCH, scaleSlug } from './scale-organisations.generator.ts';
import { ownerOfOrganisation, personId, type ScalePlan } from './scale-people.generator.ts';
import { SPACE_TITLES, TOPICS } from './scale-templates.data.ts';
import { rowSeed, SeededRandom } from './seeded-random.ts';

export const SPACE_STREAM = 3;
const DAY = 86_400_000;

export interface SpaceRecord {
  id: string;
  kind: 'workspace';
  slug: string;
  titles: Multilingual;
  visibility: SpaceVisibility;
  is_demo: true;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface SpaceOwnerRecord {
  space_id: string;
  organisation_id: string;
  added_at: string;
}

export interface SpaceMemberRecord {
  space_id: string;
  user_id: string;
  role: SpaceRole;
  organisation_id: string | null;
  created_at: string;
}

function pickVisibility(random: SeededRandom): SpaceVisibility {
  const roll = random.next();
  if (roll < 0.6) return 'public';
  if (roll < 0.8) return 'signed_in';
  if (roll < 0.9) return 'network';
  return 'members';
}

/**
 * A workspace co-owned by one to three organisations. The people who own those organisations are its
 * managers and editors, a few others contribute or watch; the title is in each owner's main language.
 */
export function generateSpace(
  seed: number,
  plan: ScalePlan,
  index: number,
): { space: SpaceRecord; owners: SpaceOwnerRecord[]; members: SpaceMemberRecord[] } {
  const random = new SeededRandom(rowSeed(seed, SPACE_STREAM, index));
  const id = random.uuid();
  const ownerCount = Math.min(plan.organisations, random.pick([1, 1, 2, 2, 2, 3, 3]));
  const ownerIndexes = new Set<number>();
  while (ownerIndexes.size < ownerCount) ownerIndexes.add(random.int(0, plan.organisations - 1));
  const owners = [...ownerIndexes].map((organisationIndex) => ({
    organisationIndex,
    ...organisationIdentity(seed, organisationIndex),
  }));
  const topicIndex = random.int(0, 9);
  const languages = [...new Set(owners.map((owner) => owner.country.languages[0] ?? 'en'))];
  const titles: Multilingual = {};
  languages.forEach((language, position) => {
    const subject = TOPICS[language]?.[topicIndex]?.subject ?? '';
    const title = SPACE_TITLES[language];
    if (title) titles[language] = { text: title(subject), provenance: position === 0 ? 'original' : 'human' };
  });
  const created = SCALE_EPOCH + random.int(0, 900) * DAY + random.int(0, DAY - 1);
  const at = (offset: number) => new Date(created + offset).toISOString();
  const members = new Map<number, SpaceMemberRecord>();
  owners.forEach((owner, position) => {
    const personIndex = ownerOfOrganisation(plan, owner.organisationIndex);
    if (members.has(personIndex)) return;
    members.set(personIndex, {
      space_id: id,
      user_id: personId(seed, personIndex),
      role: position === 0 ? 'manage' : 'edit',
      organisation_id: owner.id,
      created_at: at(position),
    });
  });
  const guests = random.int(0, 3);
  for (let n = 0; n < guests; n++) {
    const personIndex = random.int(0, plan.people - 1);
    if (members.has(personIndex)) continue;
    members.set(personIndex, {
      space_id: id,
      user_id: personId(seed, personIndex),
      role: random.chance(0.5) ? 'contribute' : 'view',
      organisation_id: null,
      created_at: at(DAY + n),
    });
  }
  const [first] = owners;
  return {
    space: {
      id,
      kind: 'workspace',
      slug: scaleSlug('space', index),
      titles,
      visibility: pickVisibility(random),
      is_demo: true,
      created_by: personId(seed, first ? ownerOfOrganisation(plan, first.organisationIndex) : 0),
      created_at: at(0),
      updated_at: at(0),
    },
    owners: owners.map((owner, position) => ({
      space_id: id,
      organisation_id: owner.id,
      added_at: at(position),
    })),
    members: [...members.values()],
  };
}
