import {
  countryCodeSchema,
  languageCodeSchema,
  multilingualSchema,
  optionalMultilingualSchema,
} from '@crossgov/shared';
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../lib/errors.ts';
import { listOf, slugParam, versionField } from '../../lib/schemas.ts';
import {
  conversationOut,
  importOut,
  nextStatementOut,
  resultsOut,
  resultsVersionOut,
  STATEMENT_STATUSES,
  statementOut,
  voteValueSchema,
} from './conversation.dto.ts';
import { conversationsWithoutResults } from './conversation.repo.ts';
import { getConversation, updateConversation } from './conversation.service.ts';
import { ConversationAnalysisScheduler } from './conversation-analysis.scheduler.ts';
import { ConversationAnalysisWorker } from './conversation-analysis.worker.ts';
import { castVote, nextStatement, setCountry } from './conversation-participation.service.ts';
import { getResults, getResultsVersion } from './conversation-results.service.ts';
import {
  addStatement,
  listConversationStatements,
  moderateStatement,
} from './conversation-statement.service.ts';
import { EXPORT_FILES, exportConversation, importPolis } from './conversation-transfer.service.ts';

const tags = ['conversations'];
const base = '/api/spaces/:slug/conversation';
const statementParams = slugParam.extend({ statementId: z.coerce.number().int().min(0).max(999_999_999) });

const rateLimited = (_request: unknown, context: { after: string }) =>
  new AppError(429, 'rate_limited', `Too many requests. Try again in ${context.after}.`);
/** Per person: a generous budget for voting, a tighter one for new statements (each may need moderation). */
const perPerson = (max: number, timeWindow: string): RateLimitOptions => ({
  max,
  timeWindow,
  hook: 'preHandler',
  keyGenerator: (request) => request.actor?.userId ?? request.ip,
  errorResponseBuilder: rateLimited,
});

export interface ConversationRouteOptions {
  db: Database;
  /** New statements per person per 10 minutes (votes: 15 times as many per minute). */
  statementRateLimit: number;
  /** Pause before a recompute, to gather a burst of votes (default 500 ms). */
  recomputeDelayMs?: number;
  /** The address e-mailed links start with. */
  publicUrl: string;
}

export function registerConversationRoutes(app: FastifyInstance, options: ConversationRouteOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const scheduler = new ConversationAnalysisScheduler(db, new ConversationAnalysisWorker(), {
    delayMs: options.recomputeDelayMs ?? 500,
    log: (message, error) => app.log.error({ err: error }, message),
  });
  const deps = { db, scheduler, publicUrl: options.publicUrl };
  app.decorate('conversationAnalysis', scheduler);
  // Conversations seeded or imported while no server ran get their first map once the server is up.
  app.addHook('onReady', async () => {
    // Not awaited: the server is ready at once, and an unmigrated database (the OpenAPI script) is not an error.
    conversationsWithoutResults(db)
      .then((ids) => {
        for (const spaceId of ids) scheduler.notify(spaceId, true);
      })
      .catch((error: unknown) => app.log.warn({ err: error }, 'could not look for conversations to map'));
  });
  app.addHook('onClose', () => scheduler.close());

  r.get(
    base,
    {
      schema: {
        tags,
        summary: 'A conversation: its topic, settings, counts and your participation',
        params: slugParam,
        response: { 200: conversationOut },
      },
    },
    (request) => getConversation(db, request.actor, request.params.slug),
  );

  r.patch(
    base,
    {
      schema: {
        tags,
        summary: 'Change the topic, description, open/closed and pre-moderation (managers)',
        params: slugParam,
        body: z.object({
          topics: multilingualSchema.optional(),
          descriptions: optionalMultilingualSchema.optional(),
          isOpen: z.boolean().optional(),
          preModeration: z.boolean().optional(),
          version: versionField,
        }),
        response: { 200: conversationOut },
      },
    },
    (request) => updateConversation(db, request.actor, request.params.slug, request.body),
  );

  r.get(
    `${base}/statements`,
    {
      schema: {
        tags,
        summary: 'Statements: managers see all, others the accepted ones and their own',
        params: slugParam,
        querystring: z.object({ status: z.enum(STATEMENT_STATUSES).optional() }),
        response: { 200: listOf(statementOut) },
      },
    },
    (request) => listConversationStatements(db, request.actor, request.params.slug, request.query.status),
  );

  r.post(
    `${base}/statements`,
    {
      config: { rateLimit: perPerson(options.statementRateLimit, '10 minutes') },
      schema: {
        tags,
        summary:
          'Add a statement (managers: a seed statement; participants: moderated when pre-moderation is on)',
        params: slugParam,
        body: z.object({
          text: z.string().trim().min(3).max(400),
          language: languageCodeSchema,
          isMeta: z.boolean().optional().describe('About the conversation itself (managers only)'),
        }),
        response: { 201: statementOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addStatement(deps, request.actor, request.params.slug, request.body)),
  );

  r.post(
    `${base}/statements/:statementId/moderation`,
    {
      schema: {
        tags,
        summary: 'Accept or reject (hide) a statement, with a reason its author sees (managers)',
        params: statementParams,
        body: z.object({
          status: z.enum(['accepted', 'rejected']),
          reason: z.string().trim().min(3).max(500).optional(),
          version: versionField,
        }),
        response: { 200: statementOut },
      },
    },
    (request) =>
      moderateStatement(deps, request.actor, request.params.slug, request.params.statementId, request.body),
  );

  r.get(
    `${base}/next`,
    {
      schema: {
        tags,
        summary: 'The next statement to vote on, chosen by Polis’s comment-routing priority',
        params: slugParam,
        response: { 200: nextStatementOut },
      },
    },
    (request) => nextStatement(db, request.actor, request.params.slug),
  );

  r.post(
    `${base}/votes`,
    {
      config: { rateLimit: perPerson(options.statementRateLimit * 15, '1 minute') },
      schema: {
        tags,
        summary: 'Vote agree (1), disagree (-1) or pass (0); answers with the next statement',
        params: slugParam,
        body: z.object({ statementId: z.number().int().min(0), vote: voteValueSchema }),
        response: { 201: nextStatementOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await castVote(deps, request.actor, request.params.slug, request.body)),
  );

  r.put(
    `${base}/me/country`,
    {
      schema: {
        tags,
        summary: 'Give your country once, for the country breakdown (when your profile has none)',
        params: slugParam,
        body: z.object({ country: countryCodeSchema }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setCountry(deps, request.actor, request.params.slug, request.body.country);
      return reply.status(204).send(null);
    },
  );

  r.get(
    `${base}/results`,
    {
      schema: {
        tags,
        summary:
          'The latest opinion map: groups, representative, consensus and bridging statements, countries',
        params: slugParam,
        response: { 200: resultsOut },
      },
    },
    (request) => getResults(deps, request.actor, request.params.slug),
  );

  r.get(
    `${base}/results/version`,
    {
      schema: {
        tags,
        summary: 'The version of the latest opinion map (poll this; fetch the results when it changes)',
        params: slugParam,
        response: { 200: resultsVersionOut },
      },
    },
    (request) => getResultsVersion(deps, request.actor, request.params.slug),
  );

  r.get(
    `${base}/export/:file`,
    {
      schema: {
        tags,
        summary: 'Polis open-data export (managers; anyone for a public conversation)',
        params: slugParam.extend({ file: z.enum(EXPORT_FILES) }),
        response: { 200: z.string().describe('CSV') },
      },
    },
    async (request, reply) => {
      const csv = await exportConversation(deps, request.actor, request.params.slug, request.params.file);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.file}"`)
        .send(csv);
    },
  );

  r.post(
    `${base}/import`,
    {
      bodyLimit: 32 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import a Polis export (comments.csv and votes.csv) into an empty conversation (managers)',
        params: slugParam,
        body: z.object({
          comments: z
            .string()
            .min(1)
            .max(8 * 1024 * 1024)
            .describe('The text of comments.csv'),
          votes: z
            .string()
            .min(1)
            .max(24 * 1024 * 1024)
            .describe('The text of votes.csv'),
          language: languageCodeSchema.describe('The language of the comments'),
        }),
        response: { 201: importOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await importPolis(deps, request.actor, request.params.slug, request.body)),
  );
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The opinion-map recompute scheduler (tests wait on `idle()`). */
    conversationAnalysis: ConversationAnalysisScheduler;
  }
}
