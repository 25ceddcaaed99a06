import { type OrganisationRole, UI_LANGUAGE_CODES } from '@crossgov/shared';
import { PEOPLE_NAMES } from './scale-countries.data.ts';
import { organisationIdentity, SCALE_EPOCH } from './scale-organisations.generator.ts';
import { rowSeed, SeededRandom } from './seeded-random.ts';

export const PERSON_STREAM = 2;
export const SCALE_EMAIL_DOMAIN = 'scale.example.org';
const DAY = 86_400_000;

/** How much of everything a scale run makes for N organisations. */
export interface ScalePlan {
  organisations: number;
  people: number;
  spaces: number;
}

export function scalePlan(organisations: number): ScalePlan {
  return {
    organisations,
    people: Math.max(1, Math.floor(organisations / 2)),
    spaces: Math.floor(organisations / 10),
  };
}

/** Person j owns organisations 2j and 2j+1; the last person also takes any organisation left over. */
export function ownerOfOrganisation(plan: ScalePlan, organisationIndex: number): number {
  return Math.min(Math.floor(organisationIndex / 2), plan.people - 1);
}

export interface PersonRecord {
  id: string;
  email: string;
  display_name: string;
  language: string;
  email_verified_at: string;
  created_at: string;
  updated_at: string;
}

export interface MembershipRecord {
  organisation_id: string;
  user_id: string;
  role: OrganisationRole;
  created_at: string;
}

const uiLanguages: readonly string[] = UI_LANGUAGE_CODES;

export function personId(seed: number, index: number): string {
  return new SeededRandom(rowSeed(seed, PERSON_STREAM, index)).uuid();
}

/** A person from the country of the first organisation they own, with their memberships. */
export function generatePerson(
  seed: number,
  plan: ScalePlan,
  index: number,
): { person: PersonRecord; memberships: MembershipRecord[] } {
  const random = new SeededRandom(rowSeed(seed, PERSON_STREAM, index));
  const id = random.uuid();
  const home = organisationIdentity(seed, Math.min(index * 2, plan.organisations - 1));
  const names = PEOPLE_NAMES[home.country.names] ?? PEOPLE_NAMES.en;
  const displayName = `${random.pick(names?.given ?? ['Alex'])} ${random.pick(names?.family ?? ['Doe'])}`;
  const mainLanguage = home.country.languages[0] ?? 'en';
  const created = new Date(SCALE_EPOCH + random.int(0, 900) * DAY + random.int(0, DAY - 1)).toISOString();
  const roles = new Map<number, OrganisationRole>();
  const lastOwned = index === plan.people - 1 ? plan.organisations - 1 : index * 2 + 1;
  for (let owned = index * 2; owned <= Math.min(lastOwned, plan.organisations - 1); owned++)
    roles.set(owned, 'owner');
  const extra = random.int(0, 2);
  for (let n = 0; n < extra; n++) {
    const other = random.int(0, plan.organisations - 1);
    if (!roles.has(other)) roles.set(other, random.chance(0.2) ? 'admin' : 'member');
  }
  return {
    person: {
      id,
      email: `user-${String(index).padStart(6, '0')}@${SCALE_EMAIL_DOMAIN}`,
      display_name: displayName,
      language: uiLanguages.includes(mainLanguage) ? mainLanguage : 'en',
      email_verified_at: created,
      created_at: created,
      updated_at: created,
    },
    memberships: [...roles].map(([organisationIndex, role]) => ({
      organisation_id: organisationIdentity(seed, organisationIndex).id,
      user_id: id,
      role,
      created_at: created,
    })),
  };
}
