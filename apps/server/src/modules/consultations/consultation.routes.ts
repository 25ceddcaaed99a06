import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, slugParam, versionField } from '../../lib/schemas.ts';
import {
  answerInput,
  commentEditInput,
  commentInput,
  commentOut,
  commentPageQuery,
  consultationOut,
  ideaEditInput,
  ideaInput,
  ideaListQuery,
  ideaOut,
  ideaSummaryOut,
  scoreboardOut,
  settingsInput,
} from './consultation.dto.ts';
import { anonymousReads, type ConsultationDeps } from './consultation.limits.ts';
import { getConsultation, getScoreboard, updateSettings } from './consultation.service.ts';
import { exportIdeasCsv } from './consultation-export.ts';
import { registerContributionRoutes } from './contribution.routes.ts';
import { addComment, getIdea, listComments, listIdeas, setSupport, submitIdea } from './idea.service.ts';
import { answerIdea } from './idea-answer.service.ts';
import { editComment, editIdea, withdrawIdea } from './idea-author.service.ts';

const tags = ['consultations'];
const base = '/api/spaces/:slug/consultation';
const ideaParams = slugParam.extend({ id: z.uuid() });

export function registerConsultationRoutes(app: FastifyInstance, deps: ConsultationDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config, translation } = deps;
  const readLimit = { rateLimit: anonymousReads(config) };

  r.get(
    base,
    {
      config: readLimit,
      schema: {
        tags,
        summary: 'A consultation: its question, window, moderation and what I may do',
        params: slugParam,
        response: { 200: consultationOut },
      },
    },
    (request) => getConsultation(db, request.actor, request.params.slug, translation),
  );

  r.put(
    base,
    {
      schema: {
        tags,
        summary: 'Set the question, the dates ideas are accepted, and pre-moderation (manage)',
        params: slugParam,
        body: settingsInput,
        response: { 200: consultationOut },
      },
    },
    (request) => updateSettings(db, request.actor, request.params.slug, request.body, translation),
  );

  r.get(
    `${base}/scoreboard`,
    {
      config: readLimit,
      schema: {
        tags,
        summary: 'How many ideas got an official answer, per status, and how fast',
        params: slugParam,
        response: { 200: scoreboardOut },
      },
    },
    (request) => getScoreboard(db, request.actor, request.params.slug),
  );

  r.get(
    `${base}/export.csv`,
    {
      schema: {
        tags,
        summary: 'Every idea with its state, status and supports, as CSV (manage)',
        params: slugParam,
        response: { 200: z.string().describe('text/csv') },
      },
    },
    async (request, reply) => {
      const csv = await exportIdeasCsv(db, request.actor, request.params.slug);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.slug}-ideas.csv"`)
        .send(csv);
    },
  );

  r.get(
    `${base}/ideas`,
    {
      config: readLimit,
      schema: {
        tags,
        summary: 'Ideas, most recent or most supported first, by official status',
        params: slugParam,
        querystring: ideaListQuery,
        response: { 200: pageOf(ideaSummaryOut) },
      },
    },
    (request) => listIdeas(db, request.actor, request.params.slug, request.query),
  );

  r.post(
    `${base}/ideas`,
    {
      schema: {
        tags,
        summary: 'Submit an idea while the consultation is open (new accounts: 3 an hour)',
        params: slugParam,
        body: ideaInput,
        response: { 201: ideaOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitIdea(db, request.actor, request.params.slug, request.body)),
  );

  r.get(
    `${base}/ideas/:id`,
    {
      config: readLimit,
      schema: {
        tags,
        summary: 'An idea with its comments, translations and official answers',
        params: ideaParams,
        response: { 200: ideaOut },
      },
    },
    (request) => getIdea(db, request.actor, request.params.slug, request.params.id),
  );

  r.patch(
    `${base}/ideas/:id`,
    {
      schema: {
        tags,
        summary:
          'The author edits the title and body while the consultation is open, until an official answer or a comment or support from someone else (409); machine translations are discarded',
        params: ideaParams,
        body: ideaEditInput,
        response: { 200: ideaOut },
      },
    },
    (request) => editIdea(db, request.actor, request.params.slug, request.params.id, request.body),
  );

  r.post(
    `${base}/ideas/:id/withdrawal`,
    {
      schema: {
        tags,
        summary:
          'The author withdraws the idea: it stays readable, marked withdrawn, takes no supports or answers and leaves the scoreboard',
        params: ideaParams,
        body: z.object({ version: versionField }),
        response: { 200: ideaOut },
      },
    },
    (request) => withdrawIdea(db, request.actor, request.params.slug, request.params.id, request.body),
  );

  r.get(
    `${base}/ideas/:id/comments`,
    {
      config: readLimit,
      schema: {
        tags,
        summary:
          "A page of an idea's comments: `limit` first-level comments from `offset`, oldest first, each followed by its replies; `total` counts first-level comments",
        params: ideaParams,
        querystring: commentPageQuery,
        response: { 200: pageOf(commentOut) },
      },
    },
    (request) => listComments(db, request.actor, request.params.slug, request.params.id, request.query),
  );

  r.post(
    `${base}/ideas/:id/comments`,
    {
      schema: {
        tags,
        summary: 'Comment on an idea, or reply to a comment (new accounts: 10 an hour)',
        params: ideaParams,
        body: commentInput,
        response: { 201: ideaOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addComment(db, request.actor, request.params.slug, request.params.id, request.body)),
  );

  r.patch(
    `${base}/ideas/:id/comments/:commentId`,
    {
      schema: {
        tags,
        summary:
          'The author edits their comment (marked edited; with pre-moderation it waits for a moderator again); hidden comments cannot be edited (409)',
        params: ideaParams.extend({ commentId: z.uuid() }),
        body: commentEditInput,
        response: { 200: commentOut },
      },
    },
    (request) =>
      editComment(
        db,
        request.actor,
        request.params.slug,
        request.params.id,
        request.params.commentId,
        request.body,
      ),
  );

  const supportOut = z.object({ supportCount: z.number().int(), supportedByMe: z.boolean() });
  r.put(
    `${base}/ideas/:id/support`,
    {
      schema: {
        tags,
        summary: 'Support an idea (once per person)',
        params: ideaParams,
        response: { 200: supportOut },
      },
    },
    (request) => setSupport(db, request.actor, request.params.slug, request.params.id, true),
  );
  r.delete(
    `${base}/ideas/:id/support`,
    {
      schema: {
        tags,
        summary: 'Withdraw my support',
        params: ideaParams,
        response: { 200: supportOut },
      },
    },
    (request) => setSupport(db, request.actor, request.params.slug, request.params.id, false),
  );

  r.post(
    `${base}/ideas/:id/answers`,
    {
      schema: {
        tags,
        summary:
          'Give the idea an official status with a reason; author and supporters are e-mailed (manage)',
        params: ideaParams,
        body: answerInput,
        response: { 201: ideaOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await answerIdea(
            db,
            request.actor,
            request.params.slug,
            request.params.id,
            request.body,
            config.publicUrl,
          ),
        ),
  );

  registerContributionRoutes(app, deps);
}
