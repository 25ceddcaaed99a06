import { TOPIC_SDGS, TOPIC_TAGS } from './scale-descriptions.data.ts';
import { generateOrganisation, organisationIdentity, SCALE_EPOCH } from './scale-organisations.generator.ts';
import { personId, type ScalePlan } from './scale-people.generator.ts';
import { rowSeed, SeededRandom } from './seeded-random.ts';

export const PROFILE_STREAM = 4;
export const NETWORK_STREAM = 5;
const DAY = 86_400_000;

/** Organisations per generated network. */
export const NETWORK_SIZE = 20;

/** One network for every thousand organisations (at least one). */
export const networkCount = (plan: ScalePlan) => Math.max(1, Math.floor(plan.organisations / 1000));

export interface ProfileRecord {
  user_id: string;
  country: string;
  languages: string[];
  expertise: string[];
  open_to_sdgs: number[];
  open_to_tags: string[];
  created_at: string;
  updated_at: string;
}

/**
 * A directory profile for person `index`: from the country of the first organisation they own, speaking its
 * languages (English too, often), with expertise in that organisation's field and one more.
 */
export function generateProfile(seed: number, plan: ScalePlan, index: number): ProfileRecord {
  const random = new SeededRandom(rowSeed(seed, PROFILE_STREAM, index));
  const home = organisationIdentity(seed, Math.min(index * 2, plan.organisations - 1));
  const field = random.int(0, TOPIC_TAGS.length - 1);
  const other = (field + random.int(1, TOPIC_TAGS.length - 1)) % TOPIC_TAGS.length;
  const languages = [...home.country.languages];
  if (!languages.includes('en') && random.chance(0.7)) languages.push('en');
  const created = new Date(SCALE_EPOCH + random.int(0, 900) * DAY).toISOString();
  return {
    user_id: personId(seed, index),
    country: home.country.code,
    languages,
    expertise: [TOPIC_TAGS[field] ?? 'culture'],
    open_to_sdgs: [...(TOPIC_SDGS[other] ?? [])],
    open_to_tags: [TOPIC_TAGS[other] ?? 'culture'],
    created_at: created,
    updated_at: created,
  };
}

export interface NetworkRecord {
  id: string;
  slug: string;
  names: Record<string, { text: string; provenance: 'original' }>;
  kind: string;
  join_policy: string;
  sdgs: number[];
  is_demo: true;
}

/** Network `index`: NETWORK_SIZE organisations picked at random, the first coordinating. */
export function generateNetwork(seed: number, plan: ScalePlan, index: number) {
  const random = new SeededRandom(rowSeed(seed, NETWORK_STREAM, index));
  const id = random.uuid();
  const members = new Set<number>();
  const size = Math.min(NETWORK_SIZE, plan.organisations);
  while (members.size < size) members.add(random.int(0, plan.organisations - 1));
  const [first] = [...members];
  const topic = generateOrganisation(seed, first ?? 0).tags[0] ?? 'culture';
  const network: NetworkRecord = {
    id,
    slug: `network-${String(index).padStart(5, '0')}`,
    names: { en: { text: `Network ${index}: ${topic.replace('-', ' ')}`, provenance: 'original' } },
    kind: random.pick(['community_of_practice', 'minilateral_group', 'city_network']),
    join_policy: random.chance(0.5) ? 'open' : 'approval',
    sdgs: [...(TOPIC_SDGS[TOPIC_TAGS.indexOf(topic)] ?? [])],
    is_demo: true,
  };
  const memberships = [...members].map((organisationIndex, position) => ({
    id: random.uuid(),
    network_id: id,
    organisation_id: organisationIdentity(seed, organisationIndex).id,
    role: position === 0 ? 'coordinator' : 'member',
  }));
  return { network, memberships };
}
