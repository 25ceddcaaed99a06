import { z } from 'zod';
import { multilingualOut, timestampOut } from '../../lib/schemas.ts';

export const STATEMENT_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
export const voteValueSchema = z
  .union([z.literal(1), z.literal(0), z.literal(-1)])
  .describe('1 agree, -1 disagree, 0 pass (the sign of Polis’s CSV exports)');

export const participationOut = z
  .object({
    canParticipate: z.boolean().describe('Signed in, may view the space, and the conversation is open'),
    participant: z.number().int().nullable().describe('Your participant number once you have taken part'),
    votedCount: z.number().int(),
    statementCount: z.number().int().describe('Accepted statements one can vote on'),
    country: z.string().nullable(),
    countrySource: z.enum(['profile', 'asked', 'import']).nullable(),
  })
  .meta({ id: 'ConversationParticipation' });

export const conversationOut = z
  .object({
    slug: z.string(),
    topics: multilingualOut,
    descriptions: multilingualOut,
    isOpen: z.boolean(),
    preModeration: z.boolean(),
    version: z.number().int(),
    statementCount: z.number().int(),
    pendingCount: z.number().int().describe('Statements waiting for a moderator (0 unless you manage)'),
    participantCount: z.number().int(),
    voteCount: z.number().int(),
    resultsVersion: z.number().int(),
    canManage: z.boolean(),
    canExport: z.boolean(),
    me: participationOut,
  })
  .meta({ id: 'Conversation' });

export const statementOut = z
  .object({
    id: z.number().int(),
    text: z.string(),
    language: z.string(),
    status: z.enum(STATEMENT_STATUSES),
    moderationReason: z.string().nullable(),
    isSeed: z.boolean(),
    isMeta: z.boolean(),
    mine: z.boolean(),
    version: z.number().int(),
    createdAt: timestampOut,
  })
  .meta({ id: 'ConversationStatement' });

export const nextStatementOut = z
  .object({
    statement: z.object({ id: z.number().int(), text: z.string(), language: z.string() }).nullable(),
    votedCount: z.number().int(),
    statementCount: z.number().int(),
  })
  .meta({ id: 'NextStatement' });

const statementRef = z.number().int();
const probability = z.number();
export const resultsBodyOut = z.object({
  participants: z.number().int(),
  inConversation: z.number().int(),
  points: z.array(
    z.object({
      participant: z.number().int(),
      x: z.number(),
      y: z.number(),
      group: z.number().int().nullable(),
      country: z.string().nullable(),
    }),
  ),
  pointsTruncated: z.boolean(),
  groups: z.array(
    z.object({
      id: z.number().int(),
      size: z.number().int(),
      center: z.tuple([z.number(), z.number()]),
      representative: z.array(
        z.object({
          statementId: statementRef,
          direction: z.enum(['agree', 'disagree']),
          probability,
          repness: z.number(),
          successes: z.number().int(),
          trials: z.number().int(),
        }),
      ),
    }),
  ),
  consensus: z.object({
    agree: z.array(z.object({ statementId: statementRef, probability })),
    disagree: z.array(z.object({ statementId: statementRef, probability })),
  }),
  groupInformedConsensus: z.array(z.object({ statementId: statementRef, value: z.number() })),
  countries: z.array(
    z.object({
      country: z.string(),
      participants: z.number().int(),
      groups: z.array(z.object({ group: z.number().int(), members: z.number().int() })),
    }),
  ),
  withoutCountry: z.number().int(),
  bridging: z.array(
    z.object({
      statementId: statementRef,
      score: z.number(),
      minimum: z.number(),
      perCountry: z.array(z.object({ country: z.string(), value: z.number() })),
    }),
  ),
  countryVotes: z.array(
    z.object({
      statementId: statementRef,
      country: z.string(),
      agree: z.number().int(),
      disagree: z.number().int(),
      pass: z.number().int(),
      seen: z.number().int(),
    }),
  ),
  priorities: z.record(z.string(), z.number()),
});

export const resultsOut = z
  .object({
    version: z.number().int().describe('0 until the first recompute'),
    computing: z.boolean(),
    computedAt: timestampOut.nullable(),
    seconds: z.number().nullable(),
    votes: z.number().int(),
    statements: z.array(z.object({ id: z.number().int(), text: z.string(), language: z.string() })),
    results: resultsBodyOut.nullable(),
  })
  .meta({ id: 'ConversationResults' });

export const resultsVersionOut = z
  .object({ version: z.number().int(), computing: z.boolean() })
  .meta({ id: 'ConversationResultsVersion' });

export const importOut = z
  .object({ statements: z.number().int(), participants: z.number().int(), votes: z.number().int() })
  .meta({ id: 'ConversationImport' });

export type ConversationView = z.infer<typeof conversationOut>;
export type StatementView = z.infer<typeof statementOut>;
export type NextStatementView = z.infer<typeof nextStatementOut>;
export type ResultsView = z.infer<typeof resultsOut>;

/** The stored opinion map (conversation_results.results), as the worker thread computes it. */
export type ConversationResults = z.infer<typeof resultsBodyOut>;
