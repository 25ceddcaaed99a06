import { type Multilingual, ORGANISATION_TYPES, type OrganisationType } from '@crossgov/shared';
import { SCALE_COUNTRIES, type ScaleCountry } from './scale-countries.data.ts';
import { DESCRIPTIONS, TOPIC_SDGS, TOPIC_TAGS } from './scale-descriptions.data.ts';
import { TEMPLATES, TOPICS } from './scale-templates.data.ts';
import { rowSeed, SeededRandom } from './seeded-random.ts';

export const ORGANISATION_STREAM = 1;
/** Generated rows are dated within about two and a half years from here, the same on every run. */
export const SCALE_EPOCH = Date.UTC(2023, 0, 2);
const DAY = 86_400_000;

/** Slugs benchmarks and people can type: org-000042, space-000042. */
export const scaleSlug = (prefix: 'org' | 'space', index: number) =>
  `${prefix}-${String(index).padStart(6, '0')}`;

/** Relative weights: most partners are local and regional bodies, few are international organisations. */
const TYPE_WEIGHTS: Record<OrganisationType, number> = {
  regional_or_local_government: 34,
  ministry_or_agency: 12,
  university_or_research: 10,
  ngo_or_civil_society: 12,
  company: 10,
  innovation_lab: 8,
  public_bank_or_funder: 4,
  cross_border_body: 4,
  national_government: 3,
  international_organisation: 3,
};
const TYPE_TOTAL = ORGANISATION_TYPES.reduce((sum, type) => sum + TYPE_WEIGHTS[type], 0);

function pickType(random: SeededRandom): OrganisationType {
  let roll = random.next() * TYPE_TOTAL;
  for (const type of ORGANISATION_TYPES) {
    roll -= TYPE_WEIGHTS[type];
    if (roll < 0) return type;
  }
  return 'regional_or_local_government';
}

/** Columns of `organisations`, keyed as the database names them (see transfer/bulk-insert). */
export interface OrganisationRecord {
  id: string;
  slug: string;
  names: Multilingual;
  type: OrganisationType;
  country: string;
  descriptions: Multilingual;
  sdgs: number[];
  working_languages: string[];
  tags: string[];
  website: string | null;
  is_demo: true;
  verified_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The first draws of an organisation's stream: enough for others to refer to it. */
export function organisationIdentity(seed: number, index: number): { id: string; country: ScaleCountry } {
  const random = new SeededRandom(rowSeed(seed, ORGANISATION_STREAM, index));
  return { id: random.uuid(), country: random.pick(SCALE_COUNTRIES) };
}

export function generateOrganisation(seed: number, index: number): OrganisationRecord {
  const random = new SeededRandom(rowSeed(seed, ORGANISATION_STREAM, index));
  const id = random.uuid();
  const country = random.pick(SCALE_COUNTRIES);
  const type = pickType(random);
  const variant = random.int(0, 5);
  const topicIndex = random.int(0, 9);
  const placeIndex = random.int(0, country.places.length - 1);
  const otherIndex = (placeIndex + random.int(1, country.places.length - 1)) % country.places.length;
  const languages = random.chance(country.multilingualShare)
    ? country.languages
    : country.languages.slice(0, 1);
  const names: Multilingual = {};
  const descriptions: Multilingual = {};
  languages.forEach((language, position) => {
    const column = country.languages.indexOf(language);
    const place = country.places[placeIndex]?.[column] ?? '';
    const otherPlace = country.places[otherIndex]?.[column] ?? '';
    const topic = TOPICS[language]?.[topicIndex];
    const templates = TEMPLATES[language]?.[type];
    const template = templates?.[variant % templates.length];
    if (!topic || !template) throw new Error(`no ${type} name template in ${language}`);
    const provenance = position === 0 ? 'original' : 'official';
    names[language] = {
      text: template({ place, otherPlace, topic: topic.topic, short: topic.short }),
      provenance,
    };
    const describe = DESCRIPTIONS[language];
    if (describe) descriptions[language] = { text: describe(topic.subject, place), provenance };
  });
  const slug = scaleSlug('org', index);
  const created = SCALE_EPOCH + random.int(0, 900) * DAY + random.int(0, DAY - 1);
  const verified = random.chance(0.3);
  const sdgs = [...(TOPIC_SDGS[topicIndex] ?? [])];
  const extraGoal = random.int(1, 17);
  if (random.chance(0.3) && !sdgs.includes(extraGoal)) sdgs.push(extraGoal);
  const workingLanguages =
    random.chance(0.6) && !languages.includes('en') ? [...languages, 'en'] : [...languages];
  return {
    id,
    slug,
    names,
    type,
    country: country.code,
    descriptions,
    sdgs,
    working_languages: workingLanguages,
    tags: [TOPIC_TAGS[topicIndex] ?? 'culture'],
    website: random.chance(0.7) ? `https://${slug}.example.org` : null,
    is_demo: true,
    verified_at: verified ? new Date(created + random.int(1, 60) * DAY).toISOString() : null,
    created_at: new Date(created).toISOString(),
    updated_at: new Date(created).toISOString(),
  };
}
