import { PAIRING_COHORT_STATUSES } from '@crossgov/shared';
import { z } from 'zod';
import { timestampOut } from '../../lib/schemas.ts';
import { personSummaryOut } from '../people/person.dto.ts';

export const pairReasonsOut = z.object({
  sharedExpertise: z.array(z.string()),
  sharedLanguages: z.array(z.string()),
  sharedSdgs: z.array(z.number().int()),
});

export const pairingCohortSummaryOut = z
  .object({
    id: z.uuid(),
    name: z.string(),
    country: z.string(),
    status: z.enum(PAIRING_COHORT_STATUSES),
    cohortSize: z.number().int(),
    poolSize: z.number().int(),
    version: z.number().int(),
    createdAt: timestampOut,
    confirmedAt: timestampOut.nullable(),
  })
  .meta({ id: 'PairingCohortSummary' });

export const pairingCohortOut = pairingCohortSummaryOut
  .extend({
    organisationSlug: z.string(),
    cohort: z.array(personSummaryOut),
    pool: z.array(personSummaryOut),
    pairs: z.array(
      z.object({
        personId: z.uuid(),
        counterpartId: z.uuid(),
        score: z.number(),
        reasons: pairReasonsOut,
        source: z.enum(['proposed', 'adjusted']),
      }),
    ),
    totalScore: z.number().describe('Sum of the pairs’ fit; the proposal maximises it exactly'),
    unpaired: z.array(z.uuid()).describe('Cohort members left without a counterpart'),
  })
  .meta({ id: 'PairingCohort' });

export type PairingCohortView = z.infer<typeof pairingCohortOut>;
