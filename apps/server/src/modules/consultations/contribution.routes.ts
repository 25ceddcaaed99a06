import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf, slugParam } from '../../lib/schemas.ts';
import {
  humanTranslationInput,
  languageField,
  moderationInput,
  moderationItemOut,
  translationOut,
} from './consultation.dto.ts';
import { type ConsultationDeps, tooManyRequests } from './consultation.limits.ts';
import {
  flagContribution,
  moderateContribution,
  moderationQueue,
} from './consultation-moderation.service.ts';
import {
  addHumanTranslation,
  makeTranslationOfficial,
  requestMachineTranslation,
} from './consultation-translation.service.ts';

const tags = ['consultations'];
const base = '/api/spaces/:slug/consultation';
const idParams = slugParam.extend({ id: z.uuid() });

/** Translation and moderation of ideas and comments alike ("contributions"). */
export function registerContributionRoutes(app: FastifyInstance, deps: ConsultationDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config, translation } = deps;

  r.post(
    `${base}/contributions/:id/machine-translations`,
    {
      config: {
        rateLimit: {
          max: 60,
          timeWindow: '1 hour',
          hook: 'preHandler',
          keyGenerator: (request) => `machine-translation|${request.actor?.userId ?? request.ip}`,
          errorResponseBuilder: tooManyRequests('Too many machine translations asked for.'),
        },
      },
      schema: {
        tags,
        summary: 'Ask for a machine translation (stored, so asked of the provider once per language)',
        params: idParams,
        body: z.object({ language: languageField }),
        response: { 200: translationOut, 201: translationOut },
      },
    },
    async (request, reply) => {
      const { created, translation: view } = await requestMachineTranslation(
        db,
        request.actor,
        request.params.slug,
        request.params.id,
        request.body.language,
        translation,
      );
      return reply.status(created ? 201 : 200).send(view);
    },
  );

  r.post(
    `${base}/contributions/:id/translations`,
    {
      schema: {
        tags,
        summary: 'Contribute a human translation',
        params: idParams,
        body: humanTranslationInput,
        response: { 201: translationOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addHumanTranslation(db, request.actor, request.params.slug, request.params.id, request.body),
        ),
  );

  r.post(
    `${base}/translations/:id/official`,
    {
      schema: {
        tags,
        summary: 'Mark a translation official for its language (manage)',
        params: idParams,
        response: { 200: translationOut },
      },
    },
    (request) => makeTranslationOfficial(db, request.actor, request.params.slug, request.params.id),
  );

  r.post(
    `${base}/contributions/:id/flags`,
    {
      config: {
        rateLimit: {
          max: 20,
          timeWindow: '1 hour',
          hook: 'preHandler',
          keyGenerator: (request) => `consultation-flag|${request.ip}`,
          errorResponseBuilder: tooManyRequests('Too many reports from your address.'),
        },
      },
      schema: {
        tags,
        summary: 'Report an idea or comment to the moderators',
        params: idParams,
        body: z.object({ reason: z.string().trim().min(3).max(500) }),
        response: { 204: z.null().describe('Reported') },
      },
    },
    async (request, reply) => {
      await flagContribution(db, request.actor, request.params.slug, request.params.id, request.body.reason);
      return reply.status(204).send(null);
    },
  );

  r.get(
    `${base}/moderation`,
    {
      schema: {
        tags,
        summary: 'Contributions waiting for approval or reported (manage)',
        params: slugParam,
        response: { 200: listOf(moderationItemOut) },
      },
    },
    (request) => moderationQueue(db, request.actor, request.params.slug),
  );

  r.post(
    `${base}/contributions/:id/moderation`,
    {
      schema: {
        tags,
        summary: 'Approve, hide (with a public reason) or restore a contribution (manage)',
        params: idParams,
        body: moderationInput,
        response: {
          200: z.object({
            contributionId: z.uuid(),
            state: z.enum(['published', 'hidden']),
            hiddenReason: z.string().nullable(),
          }),
        },
      },
    },
    (request) =>
      moderateContribution(
        db,
        request.actor,
        request.params.slug,
        request.params.id,
        request.body,
        config.publicUrl,
      ),
  );
}
