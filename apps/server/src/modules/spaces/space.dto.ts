import { SPACE_KINDS, SPACE_ROLES, SPACE_VISIBILITIES } from '@crossgov/shared';
import { z } from 'zod';
import { multilingualOut, timestampOut } from '../../lib/schemas.ts';

export const spaceOwnerOut = z
  .object({
    organisationId: z.uuid(),
    slug: z.string(),
    names: multilingualOut,
    country: z.string(),
    verified: z.boolean(),
  })
  .meta({ id: 'SpaceOwner' });

export const spaceSummaryOut = z
  .object({
    id: z.uuid(),
    kind: z.enum(SPACE_KINDS),
    slug: z.string(),
    titles: multilingualOut,
    visibility: z.enum(SPACE_VISIBILITIES),
    owners: z.array(spaceOwnerOut),
    isDemo: z.boolean(),
    updatedAt: timestampOut,
  })
  .meta({ id: 'SpaceSummary' });

export const spaceOut = spaceSummaryOut
  .extend({
    descriptions: multilingualOut.nullable(),
    myRole: z.enum(SPACE_ROLES).nullable(),
    permissions: z.object({
      view: z.boolean(),
      contribute: z.boolean(),
      edit: z.boolean(),
      manage: z.boolean(),
      participate: z
        .boolean()
        .describe('May vote, propose or add ideas and statements here (each kind adds its own conditions)'),
    }),
    memberCount: z.number().int(),
    version: z.number().int(),
    createdAt: timestampOut,
  })
  .meta({ id: 'Space' });

export const spaceMemberOut = z
  .object({
    userId: z.uuid(),
    displayName: z.string(),
    role: z.enum(SPACE_ROLES),
    organisation: z.object({ id: z.uuid(), slug: z.string(), names: multilingualOut }).nullable(),
    version: z.number().int().describe('Send it back with a role change'),
    createdAt: timestampOut,
  })
  .meta({ id: 'SpaceMember' });

export const spaceInvitationOut = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(SPACE_ROLES),
    organisationId: z.uuid().nullable(),
    createdAt: timestampOut,
    expiresAt: timestampOut,
    acceptedAt: timestampOut.nullable(),
    revokedAt: timestampOut.nullable(),
  })
  .meta({ id: 'SpaceInvitation' });

export const ownerRequestOut = z
  .object({
    id: z.uuid(),
    space: z.object({ id: z.uuid(), slug: z.string(), titles: multilingualOut }),
    organisation: z.object({ id: z.uuid(), slug: z.string(), names: multilingualOut }),
    status: z.enum(['pending', 'accepted', 'declined']),
    createdAt: timestampOut,
  })
  .meta({ id: 'OwnerRequest' });

export type SpaceView = z.infer<typeof spaceOut>;
export type SpaceSummary = z.infer<typeof spaceSummaryOut>;
export type SpaceOwnerView = z.infer<typeof spaceOwnerOut>;
