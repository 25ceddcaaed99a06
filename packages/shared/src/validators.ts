import { z } from 'zod';
import { ORGANISATION_TYPES, SPACE_KINDS, SPACE_ROLES, SPACE_VISIBILITIES, TOKEN_SCOPES } from './access.ts';
import { isCountryCode } from './countries.ts';
import { UI_LANGUAGE_CODES } from './languages.ts';
import { multilingualSchema } from './multilingual.ts';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .email('a valid e-mail address')
  .transform((value) => value.toLowerCase());

/** NIST SP 800-63B: length matters, composition rules do not. */
export const passwordSchema = z.string().min(10, 'at least 10 characters').max(200);

export const displayNameSchema = z.string().trim().min(1).max(120);

export const countryCodeSchema = z
  .string()
  .transform((value) => value.toUpperCase())
  .refine(isCountryCode, 'an ISO 3166-1 alpha-2 country code such as "SE"');

export const slugSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens');

export const websiteSchema = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'an http or https address');

export const uiLanguageSchema = z.enum(UI_LANGUAGE_CODES);

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  language: uiLanguageSchema.default('en'),
});

export const loginSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export const organisationInputSchema = z.object({
  slug: slugSchema,
  names: multilingualSchema,
  type: z.enum(ORGANISATION_TYPES),
  country: countryCodeSchema,
  website: websiteSchema.nullable().optional(),
});

export const spaceInputSchema = z.object({
  kind: z.enum(SPACE_KINDS).default('workspace'),
  slug: slugSchema,
  titles: multilingualSchema,
  descriptions: multilingualSchema.optional(),
  visibility: z.enum(SPACE_VISIBILITIES),
  ownerOrganisationIds: z.array(z.uuid()).min(1, 'at least one owner organisation').max(20),
});

export const spaceRoleSchema = z.enum(SPACE_ROLES);
export const tokenScopesSchema = z.array(z.enum(TOKEN_SCOPES)).min(1).max(2);

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
