import {
  CONTENT_LANGUAGE_PATTERN,
  CONTRIBUTION_STATES,
  IDEA_SORTS,
  IDEA_STATUSES,
  multilingualSchema,
  pageQuerySchema,
  TRANSLATION_PROVENANCES,
} from '@crossgov/shared';
import { z } from 'zod';
import { multilingualOut, timestampOut, versionField } from '../../lib/schemas.ts';

export const languageField = z
  .string()
  .regex(CONTENT_LANGUAGE_PATTERN, 'language code such as "en" or "sv"')
  .describe('The language the text is written in');

export const settingsInput = z.object({
  question: multilingualSchema,
  opensAt: z.iso.datetime({ offset: true }).nullable(),
  closesAt: z.iso.datetime({ offset: true }).nullable(),
  preModeration: z.boolean(),
  version: versionField,
});

export const ideaInput = z.object({
  title: z.string().trim().min(5).max(150),
  body: z.string().trim().min(15).max(5000),
  language: languageField,
});

export const ideaEditInput = ideaInput.omit({ language: true }).extend({ version: versionField });

export const commentInput = z.object({
  body: z.string().trim().min(2).max(2000),
  language: languageField,
  parentId: z.uuid().optional().describe('The comment this replies to (replies are one level deep)'),
});

export const commentEditInput = z.object({
  body: commentInput.shape.body,
  version: versionField,
});

export const answerInput = z.object({
  status: z.enum(IDEA_STATUSES),
  reason: multilingualSchema,
  version: versionField,
});

export const humanTranslationInput = z.object({
  language: languageField,
  title: z.string().trim().min(1).max(150).optional().describe('Required for an idea, absent for a comment'),
  body: z.string().trim().min(1).max(5000),
});

export const moderationInput = z.object({
  action: z.enum(['approve', 'hide', 'restore']),
  reason: z.string().trim().min(3).max(500).optional().describe('Shown publicly on a hidden contribution'),
});

export const ideaListQuery = pageQuerySchema.extend({
  sort: z.enum(IDEA_SORTS).default('recent'),
  status: z.enum([...IDEA_STATUSES, 'unanswered']).optional(),
});

const personOut = z.object({ userId: z.uuid(), displayName: z.string() });

export const translationOut = z
  .object({
    id: z.uuid(),
    language: z.string(),
    title: z.string().nullable(),
    body: z.string(),
    provenance: z.enum(TRANSLATION_PROVENANCES).describe('"official" when a host marked it so'),
    provider: z.string().nullable().describe('The machine translation service'),
    translator: personOut.nullable().describe('The person who translated or made it official'),
    official: z.boolean(),
    createdAt: timestampOut,
  })
  .meta({ id: 'ContributionTranslation' });

const contributionFields = {
  id: z.uuid(),
  language: z.string().describe('The original language'),
  body: z.string().nullable().describe('Null when hidden (for everyone but managers)'),
  state: z.enum(CONTRIBUTION_STATES),
  hiddenReason: z.string().nullable(),
  author: personOut.nullable(),
  createdAt: timestampOut,
  translations: z.array(translationOut),
};

export const ideaSummaryOut = z
  .object({
    ...contributionFields,
    title: z.string().nullable(),
    status: z.enum(IDEA_STATUSES).nullable(),
    supportCount: z.number().int(),
    commentCount: z.number().int(),
    supportedByMe: z.boolean(),
    withdrawnAt: timestampOut.nullable().describe('When its author withdrew it (it then takes no supports)'),
    version: z.number().int(),
  })
  .meta({ id: 'Idea' });

export const commentOut = z
  .object({
    ...contributionFields,
    parentId: z.uuid().nullable(),
    version: z.number().int().describe('Send it back when editing; a stale version answers 409'),
    editedAt: timestampOut.nullable().describe('When its author last edited it'),
  })
  .meta({ id: 'IdeaComment' });

export const answerOut = z
  .object({
    id: z.uuid(),
    status: z.enum(IDEA_STATUSES),
    reason: multilingualOut,
    answeredBy: personOut.nullable(),
    createdAt: timestampOut,
  })
  .meta({ id: 'IdeaAnswer' });

/** Comment threads per page on an idea's page (the idea carries the first page). */
export const COMMENT_THREADS_PAGE = 20;

export const commentPageQuery = pageQuerySchema;

export const ideaOut = ideaSummaryOut
  .extend({
    comments: z
      .array(commentOut)
      .describe(
        `The first ${COMMENT_THREADS_PAGE} first-level comments, oldest first, each followed by its replies`,
      ),
    commentThreads: z
      .number()
      .int()
      .describe('Visible first-level comments in all (the rest: GET .../ideas/{id}/comments)'),
    answers: z.array(answerOut),
  })
  .meta({ id: 'IdeaDetail' });

export const consultationOut = z
  .object({
    question: multilingualOut,
    opensAt: timestampOut.nullable(),
    closesAt: timestampOut.nullable(),
    preModeration: z.boolean(),
    isOpen: z.boolean().describe('Ideas and supports are accepted now'),
    mayParticipate: z.boolean().describe('I may submit, comment, support and translate'),
    mayManage: z.boolean(),
    machineTranslation: z.object({ provider: z.string() }).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Consultation' });

export const scoreboardOut = z
  .object({
    ideas: z.number().int().describe('Published ideas'),
    answered: z.number().int().describe('Published ideas with an official status'),
    byStatus: z.record(z.enum(IDEA_STATUSES), z.number().int()),
    medianDaysToAnswer: z.number().nullable(),
    p90DaysToAnswer: z.number().nullable().describe('90th percentile, nearest rank'),
  })
  .meta({ id: 'ConsultationScoreboard' });

export const moderationItemOut = z
  .object({
    contributionId: z.uuid(),
    kind: z.enum(['idea', 'comment']),
    ideaId: z.uuid(),
    title: z.string().nullable(),
    body: z.string(),
    state: z.enum(CONTRIBUTION_STATES),
    hiddenReason: z.string().nullable(),
    author: personOut.nullable(),
    createdAt: timestampOut,
    flags: z.array(z.object({ reason: z.string(), createdAt: timestampOut })),
  })
  .meta({ id: 'ModerationItem' });

export type ConsultationView = z.infer<typeof consultationOut>;
export type IdeaSummaryView = z.infer<typeof ideaSummaryOut>;
export type IdeaView = z.infer<typeof ideaOut>;
export type CommentView = z.infer<typeof commentOut>;
export type TranslationView = z.infer<typeof translationOut>;
export type ScoreboardView = z.infer<typeof scoreboardOut>;
export type ModerationItemView = z.infer<typeof moderationItemOut>;
