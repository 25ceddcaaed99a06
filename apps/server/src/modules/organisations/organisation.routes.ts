import {
  countryCodeSchema,
  multilingualSchema,
  ORGANISATION_ROLES,
  ORGANISATION_TYPES,
  organisationInputSchema,
  pageQuerySchema,
  websiteSchema,
} from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { pageOf, slugParam, versionField } from '../../lib/schemas.ts';
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
        summary: 'Search organisations by name, country, type and verification',
        querystring: pageQuerySchema.extend({
          q: z.string().trim().max(200).optional(),
          country: countryCodeSchema.optional(),
          type: z.enum(ORGANISATION_TYPES).optional(),
          verified: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: pageOf(organisationSummaryOut) },
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
        body: organisationInputSchema,
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
