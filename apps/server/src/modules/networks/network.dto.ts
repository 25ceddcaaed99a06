import { NETWORK_JOIN_POLICIES, NETWORK_KINDS, NETWORK_ROLES } from '@crossgov/shared';
import { z } from 'zod';
import { multilingualOut, timestampOut } from '../../lib/schemas.ts';
import { organisationSummaryOut } from '../organisations/organisation.dto.ts';

export const networkSummaryOut = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    names: multilingualOut,
    purposes: multilingualOut,
    kind: z.enum(NETWORK_KINDS),
    joinPolicy: z.enum(NETWORK_JOIN_POLICIES),
    sdgs: z.array(z.number().int()),
    tags: z.array(z.string()),
    website: z.string().nullable(),
    organisationCount: z.number().int(),
    personCount: z.number().int(),
    countries: z.array(z.string()).describe('Countries of its member organisations'),
    isDemo: z.boolean(),
  })
  .meta({ id: 'NetworkSummary' });

export const networkOut = networkSummaryOut
  .extend({
    myRole: z.enum(NETWORK_ROLES).nullable().describe('Yours, in person or through an organisation you run'),
    canCoordinate: z.boolean(),
    myPendingRequest: z.boolean().describe('You have asked to join in person and wait for a decision'),
    version: z.number().int(),
    createdAt: timestampOut,
    updatedAt: timestampOut,
  })
  .meta({ id: 'Network' });

export const networkMemberOut = z
  .object({
    id: z.uuid(),
    kind: z.enum(['organisation', 'person']),
    role: z.enum(NETWORK_ROLES),
    organisation: organisationSummaryOut.nullable(),
    person: z
      .object({ userId: z.uuid(), displayName: z.string(), country: z.string().nullable() })
      .nullable(),
    version: z.number().int(),
    createdAt: timestampOut,
  })
  .meta({ id: 'NetworkMember' });

export const networkJoinRequestOut = z
  .object({
    id: z.uuid(),
    kind: z.enum(['organisation', 'person']),
    organisation: organisationSummaryOut.nullable(),
    person: z.object({ userId: z.uuid(), displayName: z.string() }).nullable(),
    requestedBy: z.object({ userId: z.uuid(), displayName: z.string() }),
    message: z.string().nullable(),
    status: z.enum(['pending', 'approved', 'rejected']),
    createdAt: timestampOut,
  })
  .meta({ id: 'NetworkJoinRequest' });

export const joinOutcomeOut = z.object({
  outcome: z.enum(['joined', 'requested']),
  requestId: z.uuid().nullable(),
});

export type NetworkSummary = z.infer<typeof networkSummaryOut>;
export type NetworkView = z.infer<typeof networkOut>;
export type NetworkMemberView = z.infer<typeof networkMemberOut>;
