import { multilingualSchema } from '@crossgov/shared';
import { z } from 'zod';
import { multilingualOut, timestampOut } from '../../lib/schemas.ts';
import { hostSchema, methodSchema, phasesSchema, ruleSchema, settingsSchema } from './budget.model.ts';

/** `withdrawn`: the proposer took it back before review; it never reaches the ballot. */
export const FEASIBILITIES = ['pending', 'feasible', 'not_feasible', 'withdrawn'] as const;
export const DELIVERY_STATUSES = ['planned', 'in_progress', 'delivered', 'cancelled'] as const;
export const PHASES = ['upcoming', 'proposals', 'review', 'voting', 'closed'] as const;

export const budgetOut = z
  .object({
    settings: settingsSchema,
    version: z.number().int().describe('Send it back with a settings change'),
    pot: z.object({
      total: z.number().int().describe('Sum of the converted pledges, whole units of the budget currency'),
      hosts: z.array(hostSchema.extend({ converted: z.number().int() })),
    }),
    phase: z.enum(PHASES),
    projectCount: z.number().int(),
    ballotCount: z.number().int(),
    results: z.enum(['none', 'computed', 'published']),
    can: z.object({ manage: z.boolean(), propose: z.boolean(), vote: z.boolean() }),
  })
  .meta({ id: 'Budget' });

export const settingsIn = z.object({
  descriptions: z.union([multilingualSchema, z.object({}).strict()]).default({}),
  currency: settingsSchema.shape.currency,
  hosts: z.array(hostSchema).max(30),
  phases: phasesSchema,
  method: methodSchema,
  rule: ruleSchema,
  version: z.number().int().min(1).describe('The version you read; 409 if it changed since'),
});

const deliveryUpdateOut = z.object({
  id: z.uuid(),
  status: z.enum(DELIVERY_STATUSES),
  note: z.string(),
  happenedOn: z.string().describe('YYYY-MM-DD'),
});

export const budgetProjectOut = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    titles: multilingualOut,
    descriptions: multilingualOut,
    cost: z.number().int(),
    category: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    jurisdiction: z.string(),
    feasibility: z.enum(FEASIBILITIES),
    feasibilityReason: z.string().nullable(),
    proposedByMe: z.boolean(),
    deliveryStatus: z.enum(DELIVERY_STATUSES).nullable(),
    deliveryUpdates: z.array(deliveryUpdateOut),
    initiative: z.object({ slug: z.string() }).nullable(),
    version: z.number().int(),
    createdAt: timestampOut,
  })
  .meta({ id: 'BudgetProject' });

export const projectIn = z.object({
  titles: multilingualSchema,
  descriptions: multilingualSchema,
  cost: z.number().int().min(1).max(1e12).describe('Whole units of the budget currency'),
  category: z.string().trim().min(1).max(80).nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  jurisdiction: z.string().min(2).max(10).describe('The host jurisdiction it serves'),
});

export const projectEditIn = projectIn.extend({
  version: z.number().int().min(1).describe('The version you read; 409 if it changed since'),
});

export const withdrawIn = z.object({
  version: z.number().int().min(1).describe('The version you read; 409 if it changed since'),
});

export const reviewIn = z.object({
  feasibility: z.enum(['feasible', 'not_feasible']),
  reason: z.string().trim().max(2000).nullable().optional(),
  version: z.number().int().min(1),
});

export const ballotIn = z.object({
  residence: z
    .string()
    .min(2)
    .max(10)
    .describe('Where you live: a host jurisdiction or one of its subdivisions'),
  projectIds: z.array(z.uuid()).max(500).describe('For ranking: in order of preference'),
  points: z.array(z.number().int()).max(500).nullable().optional().describe('Cumulative voting only'),
});

export const ballotOut = z
  .object({
    residence: z.string(),
    projectIds: z.array(z.uuid()),
    points: z.array(z.number().int()).nullable(),
    castAt: timestampOut,
  })
  .meta({ id: 'BudgetBallot' });

const explanationOut = z.object({
  projectId: z.string(),
  cost: z.number(),
  supporters: z.number(),
  status: z.enum(['funded', 'funded-by-completion', 'not-funded']),
  reason: z.string(),
  round: z.number().nullable(),
  pricePerSupporter: z.number().nullable(),
  effectiveVotes: z.number().nullable(),
  payers: z.object({ full: z.number(), allTheyHad: z.number() }).nullable(),
  supportersMoney: z
    .object({ min: z.number(), max: z.number(), mean: z.number(), total: z.number() })
    .nullable(),
  moneyWhenDropped: z.number().nullable(),
  lostTo: z.object({ projectId: z.string(), effectiveVotes: z.number() }).nullable(),
});

export const resultsOut = z
  .object({
    rule: z.enum(['mes', 'greedy']),
    completion: z.string(),
    satisfaction: z.enum(['cost', 'cardinality']),
    currency: z.string(),
    pot: z.number(),
    voters: z.number(),
    cost: z.number(),
    greedyCost: z.number(),
    selected: z.array(z.string()),
    greedySelected: z.array(z.string()),
    projects: z.array(
      z.object({
        id: z.string(),
        number: z.number().int(),
        titles: multilingualOut,
        cost: z.number(),
        category: z.string().nullable(),
        latitude: z.number().nullable(),
        longitude: z.number().nullable(),
        jurisdiction: z.string(),
        supporters: z.number(),
        funded: z.boolean(),
        fundedByGreedy: z.boolean(),
        explanation: explanationOut.nullable(),
      }),
    ),
    fairness: z.array(
      z.object({
        jurisdiction: z.string(),
        voters: z.number(),
        voterShare: z.number(),
        contributed: z.number().nullable(),
        contributionShare: z.number().nullable(),
        benefit: z.number(),
        benefitShare: z.number(),
        benefitPerContribution: z.number().nullable(),
        paidInMes: z.number().nullable(),
      }),
    ),
    computedAt: timestampOut,
    publishedAt: timestampOut.nullable(),
  })
  .meta({ id: 'BudgetResults' });

export const importIn = z.object({
  pb: z.string().min(1).max(20_000_000).describe('The text of a .pb file'),
});
export const importOut = z.object({ projects: z.number().int(), ballots: z.number().int() });

export const deliveryIn = z.object({
  status: z.enum(DELIVERY_STATUSES),
  note: z.string().trim().min(1).max(2000),
  happenedOn: z.iso.date(),
});
