import {
  countryCodeSchema,
  jurisdictionCodeSchema,
  languageCodeSchema,
  multilingualSchema,
  ORGANISATION_ROLES,
  ORGANISATION_TYPES,
  organisationInputSchema,
  organisationProfileSchema,
  pageQuerySchema,
  websiteSchema,
} from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { sdgQuery, searchPageOf, slugParam, versionField } from '../../lib/schemas.ts';
import { organisationOut, organisationSummaryOut } from './organisation.dto.ts';
import {
  createOrganisation,
  getOrganisation,
  myOrganisations,
  searchOrganisations,
  setVerification,
  updateOrganisation,
} from './organisation.service.ts';
import { registerOrganisationMembershipRoutes } from './organisation-membership.routes.ts';

const tags = ['organisations'];

export function registerOrganisationRoutes(
  app: FastifyInstance,
  deps: { db: Database; publicUrl: string },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/api/organisations',
    {
      schema: {
        tags,
        summary:
          'Search organisations: full text in every language, country, subdivision, type, goal, language',
        description:
          'The text query uses web-search syntax ("exact phrase", -excluded, or) and matches names, descriptions ' +
          'and themes in each record’s own language; results are ranked by relevance when `q` is given.',
        querystring: pageQuerySchema.extend({
          q: z.string().trim().max(200).optional(),
          country: countryCodeSchema.optional(),
          jurisdiction: jurisdictionCodeSchema.optional(),
          type: z.enum(ORGANISATION_TYPES).optional(),
          sdg: sdgQuery.optional(),
          language: languageCodeSchema.optional(),
          tag: z.string().trim().toLowerCase().max(40).optional(),
          verified: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: searchPageOf(organisationSummaryOut) },
      },
    },
    (request) => {
      const { verified, ...rest } = request.query;
      return searchOrganisations(db, {
        ...rest,
        verified: verified === undefined ? undefined : verified === 'true',
      });
    },
  );

  r.post(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'Register an organisation (you become its owner)',
        body: organisationInputSchema.extend(organisationProfileSchema.shape),
        response: { 201: organisationOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrganisation(db, request.actor, request.body)),
  );

  r.get(
    '/api/organisations/:slug',
    { schema: { tags, summary: 'An organisation', params: slugParam, response: { 200: organisationOut } } },
    (request) => getOrganisation(db, request.actor, request.params.slug),
  );

  r.patch(
    '/api/organisations/:slug',
    {
      schema: {
        tags,
        summary: 'Edit an organisation (owners and admins)',
        params: slugParam,
        body: z.object({
          names: multilingualSchema.optional(),
          type: z.enum(ORGANISATION_TYPES).optional(),
          country: countryCodeSchema.optional(),
          website: websiteSchema.nullable().optional(),
          ...organisationProfileSchema.shape,
          version: versionField,
        }),
        response: { 200: organisationOut },
      },
    },
    (request) => updateOrganisation(db, request.actor, request.params.slug, request.body),
  );

  r.post(
    '/api/organisations/:slug/verification',
    {
      schema: {
        tags,
        summary: 'Mark an organisation as verified (or not) — platform admins',
        params: slugParam,
        body: z.object({ verified: z.boolean() }),
        response: { 200: organisationOut },
      },
    },
    (request) => setVerification(db, request.actor, request.params.slug, request.body.verified),
  );

  r.get(
    '/api/me/organisations',
    {
      schema: {
        tags,
        summary: 'The organisations I belong to, with my role',
        response: {
          200: z.object({
            items: z.array(
              z.object({ organisation: organisationSummaryOut, role: z.enum(ORGANISATION_ROLES) }),
            ),
          }),
        },
      },
    },
    (request) => myOrganisations(db, request.actor),
  );

  registerOrganisationMembershipRoutes(app, deps);
}
