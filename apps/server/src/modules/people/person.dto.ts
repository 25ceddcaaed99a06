import { PROFILE_AUDIENCES, PROFILE_PARTS } from '@crossgov/shared';
import { z } from 'zod';
import { multilingualOut, timestampOut } from '../../lib/schemas.ts';
import { organisationSummaryOut } from '../organisations/organisation.dto.ts';

const visibilityOut = z.object(
  Object.fromEntries(PROFILE_PARTS.map((part) => [part, z.enum(PROFILE_AUDIENCES)])) as Record<
    (typeof PROFILE_PARTS)[number],
    z.ZodEnum<{ [K in (typeof PROFILE_AUDIENCES)[number]]: K }>
  >,
);

/** A person as a directory list shows them: only the parts this reader may see are filled in. */
export const personSummaryOut = z
  .object({
    userId: z.uuid(),
    displayName: z.string(),
    country: z.string().nullable(),
    jurisdiction: z.string().nullable(),
    languages: z.array(z.string()),
    headlines: multilingualOut,
    expertise: z.array(z.string()),
    openToSdgs: z.array(z.number().int()),
    openToTags: z.array(z.string()),
  })
  .meta({ id: 'PersonSummary' });

export const personOut = personSummaryOut
  .extend({
    bios: multilingualOut,
    contactEmail: z.string().nullable(),
    organisations: z.array(z.object({ organisation: organisationSummaryOut, role: z.string() })),
    networks: z.array(z.object({ slug: z.string(), names: multilingualOut, role: z.string() })),
    hiddenParts: z
      .array(z.enum(PROFILE_PARTS))
      .describe('Parts of the profile this reader may not see (the person chose their audience)'),
    relation: z.enum(['self', 'partner', 'signed_in', 'public']),
    visibility: visibilityOut.nullable().describe('The audiences the person chose; shown to themselves only'),
    version: z.number().int().nullable().describe('Yours only: send it back with a change'),
    updatedAt: timestampOut,
  })
  .meta({ id: 'Person' });

export type PersonSummary = z.infer<typeof personSummaryOut>;
export type PersonView = z.infer<typeof personOut>;
