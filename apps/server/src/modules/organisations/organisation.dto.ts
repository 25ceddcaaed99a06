import { ORGANISATION_ROLES, ORGANISATION_TYPES } from '@crossgov/shared';
import { z } from 'zod';
import { multilingualOut, timestampOut } from '../../lib/schemas.ts';

export const organisationSummaryOut = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    names: multilingualOut,
    type: z.enum(ORGANISATION_TYPES),
    country: z.string(),
    jurisdiction: z.string().nullable().describe('ISO 3166-2 subdivision, when narrower than the country'),
    website: z.string().nullable(),
    workingLanguages: z.array(z.string()),
    sdgs: z.array(z.number().int()).describe('Sustainable Development Goals (1-17) it works on'),
    tags: z.array(z.string()),
    verified: z.boolean(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'OrganisationSummary' });

export const organisationOut = organisationSummaryOut
  .extend({
    descriptions: multilingualOut,
    contactEmail: z.string().nullable(),
    verifiedAt: timestampOut.nullable(),
    memberCount: z.number().int(),
    myRole: z.enum(ORGANISATION_ROLES).nullable(),
    myJoinRequest: z.enum(['pending']).nullable(),
    version: z.number().int(),
    createdAt: timestampOut,
    updatedAt: timestampOut,
  })
  .meta({ id: 'Organisation' });

export const organisationMemberOut = z
  .object({
    userId: z.uuid(),
    displayName: z.string(),
    email: z.string().nullable().describe('Shown to the organisation’s owners and admins only'),
    role: z.enum(ORGANISATION_ROLES),
    version: z.number().int().describe('Send it back with a role change'),
    createdAt: timestampOut,
  })
  .meta({ id: 'OrganisationMember' });

export const invitationOut = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.string(),
    createdAt: timestampOut,
    expiresAt: timestampOut,
    acceptedAt: timestampOut.nullable(),
    revokedAt: timestampOut.nullable(),
  })
  .meta({ id: 'Invitation' });

export const joinRequestOut = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    displayName: z.string(),
    message: z.string().nullable(),
    status: z.enum(['pending', 'approved', 'rejected']),
    createdAt: timestampOut,
  })
  .meta({ id: 'JoinRequest' });

export type OrganisationSummary = z.infer<typeof organisationSummaryOut>;
export type OrganisationView = z.infer<typeof organisationOut>;
