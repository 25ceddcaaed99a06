import {
  countryCodeSchema,
  multilingualSchema,
  NETWORK_JOIN_POLICIES,
  NETWORK_KINDS,
  NETWORK_ROLES,
  networkInputSchema,
  optionalMultilingualSchema,
  pageQuerySchema,
  sdgListSchema,
  tagListSchema,
  websiteSchema,
} from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { listOf, pageOf, sdgQuery, searchPageOf, slugParam, versionField } from '../../lib/schemas.ts';
import { requireOrganisation } from '../organisations/organisation.service.ts';
import {
  joinOutcomeOut,
  networkJoinRequestOut,
  networkMemberOut,
  networkOut,
  networkSummaryOut,
} from './network.dto.ts';
import {
  createNetwork,
  networksOfOrganisation,
  networkView,
  searchNetworks,
  updateNetwork,
} from './network.service.ts';
import {
  changeNetworkMemberRole,
  decideNetworkJoinRequest,
  joinNetwork,
  listNetworkJoinRequests,
  listNetworkMembers,
  removeNetworkMember,
} from './network-membership.service.ts';

const tags = ['networks'];
const itemParams = slugParam.extend({ id: z.uuid() });

export function registerNetworkRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/api/networks',
    {
      schema: {
        tags,
        summary: 'Search networks: communities of practice, mini-lateral groups and city networks',
        querystring: pageQuerySchema.extend({
          q: z.string().trim().max(200).optional(),
          kind: z.enum(NETWORK_KINDS).optional(),
          sdg: sdgQuery.optional(),
          country: countryCodeSchema.optional().describe('Has a member organisation in this country'),
        }),
        response: { 200: searchPageOf(networkSummaryOut) },
      },
    },
    (request) => searchNetworks(db, request.query),
  );

  r.post(
    '/api/networks',
    {
      schema: {
        tags,
        summary: 'Start a network (you, and the founding organisation if given, coordinate it)',
        body: networkInputSchema,
        response: { 201: networkOut },
      },
    },
    async (request, reply) => reply.status(201).send(await createNetwork(db, request.actor, request.body)),
  );

  r.get(
    '/api/networks/:slug',
    { schema: { tags, summary: 'A network', params: slugParam, response: { 200: networkOut } } },
    (request) => networkView(db, request.actor, request.params.slug),
  );

  r.patch(
    '/api/networks/:slug',
    {
      schema: {
        tags,
        summary: 'Edit a network (coordinators)',
        params: slugParam,
        body: z.object({
          names: multilingualSchema.optional(),
          purposes: optionalMultilingualSchema.optional(),
          kind: z.enum(NETWORK_KINDS).optional(),
          joinPolicy: z.enum(NETWORK_JOIN_POLICIES).optional(),
          sdgs: sdgListSchema.optional(),
          tags: tagListSchema.optional(),
          website: websiteSchema.nullable().optional(),
          version: versionField,
        }),
        response: { 200: networkOut },
      },
    },
    (request) => updateNetwork(db, request.actor, request.params.slug, request.body),
  );

  r.get(
    '/api/organisations/:slug/networks',
    {
      schema: {
        tags,
        summary: 'The networks an organisation belongs to, with its role in each',
        params: slugParam,
        response: {
          200: listOf(z.object({ network: networkSummaryOut, role: z.enum(NETWORK_ROLES) })),
        },
      },
    },
    async (request) => {
      const organisation = await requireOrganisation(db, request.params.slug);
      return networksOfOrganisation(db, organisation.id);
    },
  );

  r.get(
    '/api/networks/:slug/members',
    {
      schema: {
        tags,
        summary: 'The member directory: organisations, and the people whose privacy settings allow it',
        params: slugParam,
        querystring: pageQuerySchema.extend({ kind: z.enum(['organisation', 'person']).optional() }),
        response: { 200: pageOf(networkMemberOut) },
      },
    },
    (request) => listNetworkMembers(db, request.actor, request.params.slug, request.query),
  );

  r.post(
    '/api/networks/:slug/join',
    {
      schema: {
        tags,
        summary: 'Join, or ask to join, in person or for an organisation you own or administer',
        params: slugParam,
        body: z.object({
          organisationId: z.uuid().optional(),
          message: z.string().trim().max(1000).optional(),
        }),
        response: { 200: joinOutcomeOut },
      },
    },
    (request) => joinNetwork(db, request.actor, request.params.slug, request.body),
  );

  r.get(
    '/api/networks/:slug/join-requests',
    {
      schema: {
        tags,
        summary: 'Requests to join waiting for a decision (coordinators)',
        params: slugParam,
        response: { 200: listOf(networkJoinRequestOut) },
      },
    },
    (request) => listNetworkJoinRequests(db, request.actor, request.params.slug),
  );

  r.post(
    '/api/networks/:slug/join-requests/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve or turn down a request to join (coordinators)',
        params: itemParams,
        body: z.object({ approve: z.boolean() }),
      },
    },
    async (request, reply) => {
      await decideNetworkJoinRequest(
        db,
        request.actor,
        request.params.slug,
        request.params.id,
        request.body.approve,
      );
      return reply.status(204).send();
    },
  );

  r.patch(
    '/api/networks/:slug/members/:id',
    {
      schema: {
        tags,
        summary: 'Make a member coordinator, or not (coordinators)',
        params: itemParams,
        body: z.object({ role: z.enum(NETWORK_ROLES), version: versionField }),
      },
    },
    async (request, reply) => {
      await changeNetworkMemberRole(db, request.actor, request.params.slug, request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  r.delete(
    '/api/networks/:slug/members/:id',
    {
      schema: {
        tags,
        summary: 'Leave a network, or remove a member (coordinators)',
        params: itemParams,
      },
    },
    async (request, reply) => {
      await removeNetworkMember(db, request.actor, request.params.slug, request.params.id);
      return reply.status(204).send();
    },
  );
}
