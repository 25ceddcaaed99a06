import {
  countryOfJurisdiction,
  DEFAULT_PROFILE_VISIBILITY,
  type Multilingual,
  PROFILE_PARTS,
  type ProfileAudience,
  type ProfilePart,
  type ProfileVisibility,
} from '@crossgov/shared';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { notFound, versionConflict } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { organisationsOfPerson } from '../organisations/organisation.service.ts';
import type { PersonSummary, PersonView } from './person.dto.ts';
import {
  arePartners,
  findPeople,
  findPerson,
  listPeople,
  type PeopleFilter,
  type PersonRow,
} from './person.repo.ts';
import { personProfiles } from './person.table.ts';
import { networksOfPerson } from './person-networks.repo.ts';

type Relation = PersonView['relation'];

/** Which audiences a reader belongs to, from the widest to the narrowest. */
const AUDIENCES_OF: Record<Relation, ProfileAudience[]> = {
  public: ['public'],
  signed_in: ['public', 'signed_in'],
  partner: ['public', 'signed_in', 'partners'],
  self: ['public', 'signed_in', 'partners'],
};

async function relationTo(db: Database, actor: Actor | null, userId: string): Promise<Relation> {
  if (!actor) return 'public';
  if (actor.userId === userId) return 'self';
  return (await arePartners(db, actor.userId, userId)) ? 'partner' : 'signed_in';
}

function visibleParts(visibility: ProfileVisibility, relation: Relation): Set<ProfilePart> {
  const audiences = AUDIENCES_OF[relation];
  return new Set(PROFILE_PARTS.filter((part) => audiences.includes(visibility[part])));
}

function summaryOf(row: PersonRow, parts: Set<ProfilePart>): PersonSummary {
  const { profile } = row;
  const about = parts.has('about');
  const expertise = parts.has('expertise');
  return {
    userId: profile.userId,
    displayName: row.displayName,
    // The country is always shown, as the profile editor says: a directory is for finding people abroad.
    country: profile.country,
    jurisdiction: about ? profile.jurisdiction : null,
    languages: about ? profile.languages : [],
    headlines: about ? profile.headlines : {},
    expertise: expertise ? profile.expertise : [],
    openToSdgs: expertise ? profile.openToSdgs : [],
    openToTags: expertise ? profile.openToTags : [],
  };
}

/** A person's profile as this reader may see it; the parts they chose to keep from this reader are named. */
export async function personView(db: Database, actor: Actor | null, userId: string): Promise<PersonView> {
  const row = await findPerson(db, userId);
  if (!row) throw notFound('A directory profile for this person');
  const relation = await relationTo(db, actor, userId);
  const parts = visibleParts(row.profile.visibility, relation);
  const self = relation === 'self';
  const memberships = parts.has('memberships');
  return {
    ...summaryOf(row, parts),
    bios: parts.has('about') ? row.profile.bios : {},
    contactEmail: parts.has('contact') ? row.profile.contactEmail : null,
    organisations: memberships ? await organisationsOfPerson(db, userId) : [],
    networks: memberships ? await networksOfPerson(db, userId) : [],
    hiddenParts: PROFILE_PARTS.filter((part) => !parts.has(part)),
    relation,
    visibility: self ? row.profile.visibility : null,
    version: self ? row.profile.version : null,
    updatedAt: iso(row.profile.updatedAt),
  };
}

export async function searchPeople(db: Database, actor: Actor | null, filter: PeopleFilter) {
  const relation: Relation = actor ? 'signed_in' : 'public';
  const { rows, total, totalCapped } = await listPeople(db, filter, AUDIENCES_OF[relation]);
  return {
    items: rows.map((row) =>
      summaryOf(
        row,
        visibleParts(row.profile.visibility, row.profile.userId === actor?.userId ? 'self' : relation),
      ),
    ),
    total,
    totalCapped,
  };
}

export interface ProfileInput {
  headlines?: Multilingual | undefined;
  bios?: Multilingual | undefined;
  jurisdiction?: string | null | undefined;
  languages?: string[] | undefined;
  expertise?: string[] | undefined;
  openToSdgs?: number[] | undefined;
  openToTags?: string[] | undefined;
  contactEmail?: string | null | undefined;
  visibility?: ProfileVisibility | undefined;
  /** The version read; required when a profile exists already. */
  version?: number | undefined;
}

/** Creates or edits one's own directory profile; an edit must name the version it started from. */
export async function saveMyProfile(db: Database, anyActor: Actor | null, input: ProfileInput) {
  const actor = signedIn(anyActor, 'Sign in to edit your profile.');
  const current = await findPerson(db, actor.userId);
  await db.transaction(async (tx) => {
    const base = current?.profile;
    const jurisdiction = input.jurisdiction === undefined ? (base?.jurisdiction ?? null) : input.jurisdiction;
    const values = {
      headlines: input.headlines ?? base?.headlines ?? {},
      bios: input.bios ?? base?.bios ?? {},
      jurisdiction,
      country: jurisdiction ? countryOfJurisdiction(jurisdiction) : null,
      languages: input.languages ?? base?.languages ?? [],
      expertise: input.expertise ?? base?.expertise ?? [],
      openToSdgs: input.openToSdgs ?? base?.openToSdgs ?? [],
      openToTags: input.openToTags ?? base?.openToTags ?? [],
      contactEmail: input.contactEmail === undefined ? (base?.contactEmail ?? null) : input.contactEmail,
      visibility: input.visibility ?? base?.visibility ?? DEFAULT_PROFILE_VISIBILITY,
    };
    if (!base) {
      const [row] = await tx
        .insert(personProfiles)
        .values({ userId: actor.userId, ...values })
        .onConflictDoNothing()
        .returning();
      if (!row) throw versionConflict('Your profile', 1);
      await recordAudit(tx, {
        actor,
        action: 'profile.updated',
        entityType: 'person_profile',
        entityId: actor.userId,
        after: row,
      });
      return;
    }
    if (input.version !== base.version) throw versionConflict('Your profile', base.version);
    const [row] = await tx
      .update(personProfiles)
      .set({ ...values, version: base.version + 1, updatedAt: new Date() })
      .where(and(eq(personProfiles.userId, actor.userId), eq(personProfiles.version, base.version)))
      .returning();
    if (!row) throw versionConflict('Your profile', base.version);
    await recordAudit(tx, {
      actor,
      action: 'profile.updated',
      entityType: 'person_profile',
      entityId: actor.userId,
      before: base,
      after: row,
    });
  });
  return personView(db, actor, actor.userId);
}

/**
 * For other modules (pairing programmes): people by user id as any signed-in user may see them; people
 * without a profile are left out.
 */
export async function peopleAsSignedInSeeThem(db: Database, userIds: string[]): Promise<PersonSummary[]> {
  const rows = await findPeople(db, [...new Set(userIds)]);
  return rows.map((row) => summaryOf(row, visibleParts(row.profile.visibility, 'signed_in')));
}
