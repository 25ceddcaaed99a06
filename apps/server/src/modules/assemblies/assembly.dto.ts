import {
  ASSEMBLY_ALGORITHMS,
  ASSEMBLY_RUN_STATUSES,
  assemblySessionSchema,
  languageListSchema,
  optionalMultilingualSchema,
  quotaCategorySchema,
  quotaSchema,
  RESPONSE_STANCES,
  stipendSchema,
  VOLUNTEER_STATUSES,
} from '@crossgov/shared';
import { z } from 'zod';
import { multilingualOut, timestampOut } from '../../lib/schemas.ts';

const quotaOut = z.object({ category: z.string(), feature: z.string(), min: z.number(), max: z.number() });

export const quotaClashOut = z
  .object({
    kind: z.enum(['mins-exceed-size', 'maxes-below-size', 'too-few-people', 'pool-too-small', 'no-panel']),
    message: z.string(),
    quotas: z.array(quotaOut),
  })
  .meta({ id: 'AssemblyQuotaClash' });

export const feasibilityOut = z
  .object({
    feasible: z.boolean(),
    poolSize: z.number().int().describe('Volunteers checked against (0: only the counting checks ran)'),
    clashes: z.array(quotaClashOut),
  })
  .meta({ id: 'AssemblyFeasibility' });

export const publishedLotteryOut = z
  .object({
    runId: z.uuid(),
    algorithm: z.enum(ASSEMBLY_ALGORITHMS),
    size: z.number().int(),
    seedHash: z.string(),
    drawn: z.boolean(),
    seed: z.string().nullable().describe('Revealed by the draw'),
    seedFromCeremony: z
      .boolean()
      .describe('The managers hold the seed (a public ceremony); the draw needs it'),
    ticket: z.number().int().nullable(),
    members: z.array(z.string()).nullable().describe('Opaque ids of the drawn panel'),
    drawnAt: timestampOut.nullable(),
  })
  .meta({ id: 'AssemblyPublishedLottery' });

export const responseOut = z
  .object({
    organisationId: z.uuid(),
    stance: z.enum(RESPONSE_STANCES),
    reasons: multilingualOut,
    version: z.number().int(),
    updatedAt: timestampOut,
  })
  .meta({ id: 'AssemblyResponse' });

export const recommendationOut = z
  .object({
    id: z.uuid(),
    titles: multilingualOut,
    texts: multilingualOut,
    votes: z.object({ for: z.number().int(), against: z.number().int(), abstain: z.number().int() }),
    responses: z.array(responseOut),
    version: z.number().int(),
  })
  .meta({ id: 'AssemblyRecommendation' });

export const assemblyOut = z
  .object({
    spaceId: z.uuid(),
    slug: z.string(),
    titles: multilingualOut,
    purposes: multilingualOut,
    languages: z.array(z.string()),
    panelSize: z.number().int(),
    stipend: stipendSchema.nullable(),
    sessions: z.array(assemblySessionSchema),
    recruitmentOpensAt: timestampOut.nullable(),
    recruitmentClosesAt: timestampOut.nullable(),
    recruitmentOpen: z.boolean(),
    personalDataEraseOn: z.iso
      .date()
      .nullable()
      .describe('The day (UTC) the volunteers’ personal data are erased'),
    personalDataErasedAt: timestampOut
      .nullable()
      .describe('When the personal data were erased; registration and import are closed from then'),
    categories: z.array(quotaCategorySchema),
    quotas: z.array(quotaOut),
    hosts: z.array(
      z.object({
        organisationId: z.uuid(),
        slug: z.string(),
        names: multilingualOut,
        country: z.string().nullable(),
      }),
    ),
    poolSize: z.number().int(),
    lottery: publishedLotteryOut.nullable(),
    recommendations: z.array(recommendationOut),
    canManage: z.boolean(),
    respondFor: z.array(z.uuid()).describe('Host organisations you may answer for'),
    version: z.number().int(),
  })
  .meta({ id: 'Assembly' });

export const volunteerOut = z
  .object({
    id: z.uuid(),
    publicId: z.string(),
    name: z.string().nullable().describe('null once the personal data are erased'),
    email: z.string().nullable(),
    features: z.record(z.string(), z.string()),
    source: z.enum(['registration', 'import', 'demo']),
    externalId: z.string().nullable(),
    status: z.enum(VOLUNTEER_STATUSES),
    householdSize: z.number().int().describe('Volunteers sharing this household key (1 when alone or none)'),
    duplicateEmail: z.boolean().describe('Another volunteer has the same e-mail address'),
    createdAt: timestampOut,
  })
  .meta({ id: 'AssemblyVolunteer' });

export const volunteerPageOut = z
  .object({
    items: z.array(volunteerOut),
    total: z.number().int(),
    duplicateEmails: z.number().int(),
    sharedHouseholds: z.number().int().describe('Households with more than one volunteer'),
  })
  .meta({ id: 'AssemblyVolunteerPage' });

export const myRegistrationOut = z
  .object({
    assembly: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    features: z.record(z.string(), z.string()),
    status: z.enum(VOLUNTEER_STATUSES),
    createdAt: timestampOut,
  })
  .meta({ id: 'AssemblyMyRegistration' });

const fairnessOut = z.object({
  minProbability: z.number(),
  gini: z.number(),
  geometricMean: z.number(),
});

export const runOut = z
  .object({
    id: z.uuid(),
    algorithm: z.enum(ASSEMBLY_ALGORITHMS),
    lotterySize: z.number().int(),
    status: z.enum(ASSEMBLY_RUN_STATUSES),
    stage: z.string(),
    progress: z.number().describe('0 to 1'),
    error: z.string().nullable(),
    createdAt: timestampOut,
    finishedAt: timestampOut.nullable(),
    published: z.boolean(),
    result: z
      .object({
        poolSize: z.number().int(),
        panels: z.number().int(),
        seconds: z.number(),
        fairness: fairnessOut,
        legacy: fairnessOut.extend({ runs: z.number().int() }),
        lotteryPanels: z.number().int(),
        lotteryMaxDeviation: z.number(),
        probabilities: z.array(z.number()).describe('Every volunteer’s probability, sorted ascending'),
      })
      .nullable(),
  })
  .meta({ id: 'AssemblyRun' });

export const drawOut = z
  .object({
    ticket: z.number().int(),
    panelIndex: z.number().int(),
    members: z.array(z.string()),
    seedHash: z.string(),
    matchesPublishedDraw: z.boolean().nullable().describe('null before the draw'),
  })
  .meta({ id: 'AssemblyDraw' });

export const settingsInput = z.object({
  purposes: optionalMultilingualSchema.optional(),
  languages: languageListSchema.min(1).optional(),
  panelSize: z.number().int().min(2).max(1000).optional(),
  stipend: stipendSchema.nullable().optional(),
  sessions: z.array(assemblySessionSchema).max(50).optional(),
  recruitmentOpensAt: z.iso.datetime({ offset: true }).nullable().optional(),
  recruitmentClosesAt: z.iso.datetime({ offset: true }).nullable().optional(),
  personalDataEraseOn: z.iso
    .date()
    .nullable()
    .optional()
    .describe(
      'Erase the volunteers’ personal data on this day (UTC); not before recruitment closes or the last session',
    ),
});

export const erasureOut = z
  .object({
    erased: z.number().int().describe('Volunteers whose personal data were erased'),
    erasedAt: timestampOut,
  })
  .meta({ id: 'AssemblyErasure' });

export const quotasInput = z.object({
  categories: z.array(quotaCategorySchema).max(12),
  quotas: z.array(quotaSchema).max(500),
});
