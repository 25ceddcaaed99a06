import {
  emailSchema,
  languageCodeSchema,
  multilingualSchema,
  quotaCategorySchema,
  quotaSchema,
  RESPONSE_STANCES,
  VOLUNTEER_STATUSES,
} from '@crossgov/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../lib/errors.ts';
import { slugParam, versionField } from '../../lib/schemas.ts';
import {
  assemblyOut,
  erasureOut,
  feasibilityOut,
  myRegistrationOut,
  quotasInput,
  settingsInput,
  volunteerPageOut,
} from './assembly.dto.ts';
import {
  assemblyView,
  checkFeasibility,
  updateAssemblyQuotas,
  updateAssemblySettings,
} from './assembly.service.ts';
import {
  createRecommendation,
  respondToRecommendation,
  updateRecommendation,
} from './assembly-outcome.service.ts';
import {
  deleteMyRegistration,
  deleteVolunteer,
  importPool,
  listVolunteers,
  myRegistration,
  register,
} from './assembly-recruitment.service.ts';
import { erasePersonalDataNow } from './assembly-retention.service.ts';
import { registerAssemblySelectionRoutes } from './assembly-selection.routes.ts';
import { runsInFlight } from './assembly-selection.service.ts';

const tags = ['assemblies'];
const base = '/api/spaces/:slug/assembly';
const idParams = slugParam.extend({ id: z.uuid() });
const tokenParams = slugParam.extend({ token: z.string().min(10).max(100) });
const rateLimited = (_request: FastifyRequest, context: { after: string }) =>
  new AppError(
    429,
    'rate_limited',
    `Too many registrations from this address. Try again in ${context.after}.`,
  );

export function registerAssemblyRoutes(app: FastifyInstance, deps: { db: Database; config: Config }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = deps;
  app.addHook('onClose', async () => {
    await runsInFlight();
  });

  r.get(
    base,
    {
      schema: {
        tags,
        summary: 'An assembly: purpose, hosts, quotas, lottery and recommendations',
        params: slugParam,
        response: { 200: assemblyOut },
      },
    },
    (request) => assemblyView(db, request.actor, request.params.slug),
  );

  r.patch(
    base,
    {
      schema: {
        tags,
        summary: 'Edit the assembly settings (managers)',
        params: slugParam,
        body: settingsInput.extend({ version: versionField }),
        response: { 200: assemblyOut },
      },
    },
    (request) => updateAssemblySettings(db, request.actor, request.params.slug, request.body),
  );

  r.put(
    `${base}/quotas`,
    {
      schema: {
        tags,
        summary: 'Set the quota categories, features and quotas (managers)',
        params: slugParam,
        body: quotasInput.extend({ version: versionField }),
        response: { 200: assemblyOut },
      },
    },
    (request) => updateAssemblyQuotas(db, request.actor, request.params.slug, request.body),
  );

  r.post(
    `${base}/quotas/check`,
    {
      schema: {
        tags,
        summary:
          'Check quotas for feasibility against the current pool, naming the quotas that clash (managers)',
        params: slugParam,
        body: z.object({
          categories: z.array(quotaCategorySchema).max(12),
          quotas: z.array(quotaSchema).max(500),
          panelSize: z.number().int().min(2).max(1000),
        }),
        response: { 200: feasibilityOut },
      },
    },
    (request) => checkFeasibility(db, request.actor, request.params.slug, request.body),
  );

  r.post(
    `${base}/registrations`,
    {
      config: {
        rateLimit: {
          max: config.loginRateLimit * 3,
          timeWindow: '1 hour',
          errorResponseBuilder: rateLimited,
        },
      },
      schema: {
        tags,
        summary: 'Volunteer for the assembly (anyone, signed in or not, while recruitment is open)',
        params: slugParam,
        body: z.object({
          name: z.string().trim().min(1).max(200),
          email: emailSchema,
          household: z.string().trim().min(2).max(200).describe('Address or postcode; only a hash is stored'),
          features: z.record(z.string().max(40), z.string().max(40)),
          consent: z.boolean(),
          language: languageCodeSchema,
        }),
        response: { 201: z.object({ registered: z.literal(true) }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await register(db, request.actor, request.params.slug, request.body, config.publicUrl)),
  );

  r.get(
    `${base}/my-registration/:token`,
    {
      schema: {
        tags,
        summary: 'See your registration (the private link e-mailed to you)',
        params: tokenParams,
        response: { 200: myRegistrationOut },
      },
    },
    (request) => myRegistration(db, request.params.slug, request.params.token),
  );

  r.delete(
    `${base}/my-registration/:token`,
    { schema: { tags, summary: 'Delete your registration and its personal data', params: tokenParams } },
    async (request, reply) => {
      await deleteMyRegistration(db, request.params.slug, request.params.token);
      return reply.status(204).send();
    },
  );

  r.get(
    `${base}/volunteers`,
    {
      schema: {
        tags,
        summary: 'The pool with personal data, duplicates and households (managers)',
        params: slugParam,
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).max(100_000).default(0),
          status: z.enum(VOLUNTEER_STATUSES).optional(),
          q: z
            .string()
            .trim()
            .max(100)
            .optional()
            .describe('Part of a name, e-mail address or public id (any case)'),
        }),
        response: { 200: volunteerPageOut },
      },
    },
    (request) => listVolunteers(db, request.actor, request.params.slug, request.query),
  );

  r.post(
    `${base}/volunteers/import`,
    {
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import a pool CSV: one column per category, optional id, name, email, household (managers)',
        params: slugParam,
        body: z.object({ csv: z.string().max(4_000_000) }),
        response: { 200: z.object({ imported: z.number().int() }) },
      },
    },
    (request) => importPool(db, request.actor, request.params.slug, request.body.csv),
  );

  r.delete(
    `${base}/volunteers/:id`,
    { schema: { tags, summary: 'Delete a volunteer and their personal data (managers)', params: idParams } },
    async (request, reply) => {
      await deleteVolunteer(db, request.actor, request.params.slug, request.params.id);
      return reply.status(204).send();
    },
  );

  r.post(
    `${base}/personal-data/erase`,
    {
      schema: {
        tags,
        summary:
          'Erase every volunteer’s name, e-mail, household key, external id and private link now; the lottery stays verifiable (managers)',
        params: slugParam,
        response: { 200: erasureOut },
      },
    },
    (request) => erasePersonalDataNow(db, request.actor, request.params.slug),
  );

  registerAssemblySelectionRoutes(app, db);

  const recommendationBody = z.object({
    titles: multilingualSchema,
    texts: multilingualSchema,
    votesFor: z.number().int().min(0).max(100_000),
    votesAgainst: z.number().int().min(0).max(100_000),
    votesAbstain: z.number().int().min(0).max(100_000),
  });

  r.post(
    `${base}/recommendations`,
    {
      schema: {
        tags,
        summary: 'Record a recommendation with the members’ vote (managers)',
        params: slugParam,
        body: recommendationBody,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createRecommendation(db, request.actor, request.params.slug, request.body)),
  );

  r.patch(
    `${base}/recommendations/:id`,
    {
      schema: {
        tags,
        summary: 'Edit a recommendation or its vote (managers)',
        params: idParams,
        body: recommendationBody.partial().extend({ version: versionField }),
        response: { 200: z.object({ id: z.uuid(), version: z.number().int() }) },
      },
    },
    (request) =>
      updateRecommendation(db, request.actor, request.params.slug, request.params.id, request.body),
  );

  r.put(
    `${base}/recommendations/:id/responses/:organisationId`,
    {
      schema: {
        tags,
        summary: 'A host organisation’s official response (its owners and admins)',
        params: idParams.extend({ organisationId: z.uuid() }),
        body: z.object({
          stance: z.enum(RESPONSE_STANCES),
          reasons: multilingualSchema,
          version: versionField.optional().describe('Required to change an existing response'),
        }),
        response: { 200: z.object({ version: z.number().int() }) },
      },
    },
    (request) =>
      respondToRecommendation(
        db,
        request.actor,
        request.params.slug,
        request.params.id,
        request.params.organisationId,
        request.body,
      ),
  );
}
