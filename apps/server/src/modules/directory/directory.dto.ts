import { NETWORK_KINDS } from '@crossgov/shared';
import { z } from 'zod';
import { multilingualOut } from '../../lib/schemas.ts';
import { organisationSummaryOut } from '../organisations/organisation.dto.ts';

export const partnerMatchOut = z
  .object({
    organisation: organisationSummaryOut,
    score: z.number().describe('0-1: 0.6 topic fit, 0.2 complementary location, 0.2 shared language'),
    reasons: z.object({
      sharedSdgs: z.array(z.number().int()),
      textMatch: z.number().describe('How well its texts match the problem, relative to the best match'),
      location: z.enum(['neighbour', 'shared_grouping', 'elsewhere']),
      sharedGroupings: z.array(z.string()),
      sharedLanguages: z.array(z.string()),
    }),
    explanation: z
      .string()
      .describe('The reasons in one line, in English (the web app words them per language)'),
  })
  .meta({ id: 'PartnerMatch' });

export const findPartnersOut = z.object({
  inferredSdgs: z
    .array(z.object({ sdg: z.number().int(), terms: z.array(z.string()) }))
    .describe('Goals read from the problem statement (with the words that gave them away)'),
  sdgs: z.array(z.number().int()).describe('The goals the search used: yours, or the inferred ones'),
  matches: z.array(partnerMatchOut),
});

export const graphOut = z
  .object({
    nodes: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['organisation', 'network']),
        slug: z.string(),
        names: multilingualOut,
        country: z.string().nullable(),
        networkKind: z.enum(NETWORK_KINDS).nullable(),
      }),
    ),
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        kind: z.enum(['member_of', 'joint_work']),
        weight: z.number().int().describe('1 for a membership; the number of co-owned public spaces'),
      }),
    ),
    truncated: z.boolean(),
  })
  .meta({ id: 'EcosystemGraph' });

export { organisationSummaryOut };
