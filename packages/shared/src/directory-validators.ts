import { z } from 'zod';
import {
  NETWORK_JOIN_POLICIES,
  NETWORK_KINDS,
  ORGANISATION_TYPES,
  PROFILE_AUDIENCES,
  type ProfileVisibility,
} from './access.ts';
import { jurisdictionCodeSchema } from './jurisdictions/index.ts';
import { CONTENT_LANGUAGE_PATTERN } from './languages.ts';
import { localisedTextSchema, multilingualSchema } from './multilingual.ts';
import { sdgSchema, themeTagSchema } from './themes/index.ts';
import { countryCodeSchema, emailSchema, slugSchema, websiteSchema } from './validators.ts';

const distinct = <T>(items: T[]) => new Set(items).size === items.length;

export const languageCodeSchema = z
  .string()
  .regex(CONTENT_LANGUAGE_PATTERN, 'language code such as "en" or "sv"');
export const languageListSchema = z.array(languageCodeSchema).max(20).refine(distinct, 'each language once');
export const sdgListSchema = z.array(sdgSchema).max(17).refine(distinct, 'each goal once');
export const tagListSchema = z.array(themeTagSchema).max(30).refine(distinct, 'each theme once');

/** Like multilingualSchema, but may be empty: for texts one may leave out (a description, a biography). */
export const optionalMultilingualSchema = z
  .record(
    z.string().regex(CONTENT_LANGUAGE_PATTERN, 'language code such as "en" or "sv"'),
    localisedTextSchema,
  )
  .refine((value) => Object.keys(value).length <= 30, 'at most 30 languages');

/** The directory profile of an organisation: what partners abroad need to find it. */
export const organisationProfileSchema = z.object({
  descriptions: optionalMultilingualSchema.optional(),
  jurisdiction: jurisdictionCodeSchema.nullable().optional(),
  workingLanguages: languageListSchema.optional(),
  sdgs: sdgListSchema.optional(),
  tags: tagListSchema.optional(),
  contactEmail: emailSchema.nullable().optional(),
});

export const profileVisibilitySchema: z.ZodType<ProfileVisibility> = z.strictObject({
  about: z.enum(PROFILE_AUDIENCES),
  expertise: z.enum(PROFILE_AUDIENCES),
  memberships: z.enum(PROFILE_AUDIENCES),
  contact: z.enum(PROFILE_AUDIENCES),
});

export const personProfileSchema = z.object({
  headlines: optionalMultilingualSchema.optional(),
  bios: optionalMultilingualSchema.optional(),
  jurisdiction: jurisdictionCodeSchema.nullable().optional(),
  languages: languageListSchema.optional(),
  expertise: tagListSchema.optional(),
  openToSdgs: sdgListSchema.optional(),
  openToTags: tagListSchema.optional(),
  contactEmail: emailSchema.nullable().optional(),
  visibility: profileVisibilitySchema.optional(),
});

export const networkInputSchema = z.object({
  slug: slugSchema,
  names: multilingualSchema,
  purposes: optionalMultilingualSchema.optional(),
  kind: z.enum(NETWORK_KINDS),
  joinPolicy: z.enum(NETWORK_JOIN_POLICIES).default('approval'),
  sdgs: sdgListSchema.optional(),
  tags: tagListSchema.optional(),
  website: websiteSchema.nullable().optional(),
  /** The organisation founding the network, which joins as coordinator (optional: the founder alone). */
  foundingOrganisationId: z.uuid().optional(),
});

/** Asking for partners abroad: a problem in one's own words and where one is. */
export const findPartnersSchema = z.object({
  problem: z.string().trim().min(3).max(4000),
  language: languageCodeSchema.optional(),
  country: countryCodeSchema,
  languages: languageListSchema.optional(),
  sdgs: sdgListSchema.optional(),
  types: z.array(z.enum(ORGANISATION_TYPES)).max(10).optional(),
  limit: z.number().int().min(1).max(50).default(10),
});
