import {
  multilingualSchema,
  pageQuerySchema,
  SPACE_KINDS,
  SPACE_VISIBILITIES,
  spaceInputSchema,
} from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { listOf, pageOf, slugParam, versionField } from '../../lib/schemas.ts';
import { ownerRequestOut, spaceOut, spaceSummaryOut } from './space.dto.ts';
import { createSpace, getSpace, listSpaces, updateSpace } from './space.service.ts';
import { registerSpaceMemberRoutes } from './space-member.routes.ts';
import {
  decideOwnerRequest,
  listOrganisationOwnerRequests,
  listSpaceOwnerRequests,
  removeOwner,
  requestCoOwner,
} from './space-owner.service.ts';

const tags = ['spaces'];

export function registerSpaceRoutes(app: FastifyInstance, deps: { db: Database; publicUrl: string }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/api/spaces',
    {
      schema: {
        tags,
        summary: 'Spaces I may see',
        querystring: pageQuerySchema.extend({
          kind: z.enum(SPACE_KINDS).optional(),
          q: z.string().trim().max(200).optional(),
          mine: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: pageOf(spaceSummaryOut) },
      },
    },
    (request) => listSpaces(db, request.actor, { ...request.query, mine: request.query.mine === 'true' }),
  );

  r.post(
    '/api/spaces',
    {
      schema: {
        tags,
        summary: 'Create a space co-owned by one or more organisations',
        body: spaceInputSchema,
        response: { 201: spaceOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSpace(db, request.actor, request.body, deps.publicUrl)),
  );

  r.get(
    '/api/spaces/:slug',
    {
      schema: {
        tags,
        summary: 'A space, with my role and permissions',
        params: slugParam,
        response: { 200: spaceOut },
      },
    },
    (request) => getSpace(db, request.actor, request.params.slug),
  );

  r.patch(
    '/api/spaces/:slug',
    {
      schema: {
        tags,
        summary: 'Edit a space (manage)',
        params: slugParam,
        body: z.object({
          titles: multilingualSchema.optional(),
          descriptions: multilingualSchema.nullable().optional(),
          visibility: z.enum(SPACE_VISIBILITIES).optional(),
          version: versionField,
        }),
        response: { 200: spaceOut },
      },
    },
    (request) => updateSpace(db, request.actor, request.params.slug, request.body),
  );

  r.get(
    '/api/spaces/:slug/owner-requests',
    {
      schema: {
        tags,
        summary: 'Co-ownership requests of a space',
        params: slugParam,
        response: { 200: listOf(ownerRequestOut) },
      },
    },
    (request) => listSpaceOwnerRequests(db, request.actor, request.params.slug),
  );

  r.post(
    '/api/spaces/:slug/owner-requests',
    {
      schema: {
        tags,
        summary: 'Ask another organisation to co-own the space',
        params: slugParam,
        body: z.object({ organisationId: z.uuid() }),
        response: { 201: ownerRequestOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await requestCoOwner(
            db,
            request.actor,
            request.params.slug,
            request.body.organisationId,
            deps.publicUrl,
          ),
        ),
  );

  r.post(
    '/api/spaces/:slug/owner-requests/:id/decision',
    {
      schema: {
        tags,
        summary: 'Accept or decline co-ownership (owners and admins of the asked organisation)',
        params: slugParam.extend({ id: z.uuid() }),
        body: z.object({ accept: z.boolean() }),
      },
    },
    async (request, reply) => {
      await decideOwnerRequest(
        db,
        request.actor,
        request.params.slug,
        request.params.id,
        request.body.accept,
      );
      return reply.status(204).send();
    },
  );

  r.delete(
    '/api/spaces/:slug/owners/:organisationId',
    {
      schema: {
        tags,
        summary: 'Remove an owner organisation (never the last)',
        params: slugParam.extend({ organisationId: z.uuid() }),
      },
    },
    async (request, reply) => {
      await removeOwner(db, request.actor, request.params.slug, request.params.organisationId);
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/organisations/:slug/owner-requests',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Pending requests for this organisation to co-own spaces',
        params: slugParam,
        response: { 200: listOf(ownerRequestOut) },
      },
    },
    (request) => listOrganisationOwnerRequests(db, request.actor, request.params.slug),
  );

  registerSpaceMemberRoutes(app, deps);
}
