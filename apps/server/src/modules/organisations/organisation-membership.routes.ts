import { emailSchema, ORGANISATION_ROLES, pageQuerySchema } from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { listOf, pageOf, slugParam, versionField } from '../../lib/schemas.ts';
import { invitationOut, joinRequestOut, organisationMemberOut } from './organisation.dto.ts';
import { findOrganisationsByIds } from './organisation.repo.ts';
import { decideJoinRequest, listJoinRequests, requestToJoin } from './organisation-join-request.service.ts';
import {
  acceptOrganisationInvitationByToken,
  changeMemberRole,
  inviteToOrganisation,
  listInvitations,
  listMembers,
  removeMember,
  revokeOrganisationInvitation,
} from './organisation-membership.service.ts';

const tags = ['organisations'];
const memberParams = slugParam.extend({ userId: z.uuid() });
const itemParams = slugParam.extend({ id: z.uuid() });

export function registerOrganisationMembershipRoutes(
  app: FastifyInstance,
  deps: { db: Database; publicUrl: string },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/api/organisations/:slug/members',
    {
      schema: {
        tags,
        summary: 'Members of an organisation, by name',
        params: slugParam,
        querystring: pageQuerySchema,
        response: { 200: pageOf(organisationMemberOut) },
      },
    },
    (request) => listMembers(db, request.actor, request.params.slug, request.query),
  );

  r.patch(
    '/api/organisations/:slug/members/:userId',
    {
      schema: {
        tags,
        summary: 'Change a member’s role',
        params: memberParams,
        body: z.object({ role: z.enum(ORGANISATION_ROLES), version: versionField }),
      },
    },
    async (request, reply) => {
      await changeMemberRole(db, request.actor, request.params.slug, request.params.userId, request.body);
      return reply.status(204).send();
    },
  );

  r.delete(
    '/api/organisations/:slug/members/:userId',
    { schema: { tags, summary: 'Remove a member, or leave', params: memberParams } },
    async (request, reply) => {
      await removeMember(db, request.actor, request.params.slug, request.params.userId);
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/organisations/:slug/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations sent by an organisation',
        params: slugParam,
        response: { 200: listOf(invitationOut) },
      },
    },
    (request) => listInvitations(db, request.actor, request.params.slug),
  );

  r.post(
    '/api/organisations/:slug/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by e-mail',
        params: slugParam,
        body: z.object({ email: emailSchema, role: z.enum(ORGANISATION_ROLES) }),
        response: { 201: invitationOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inviteToOrganisation(db, request.actor, deps.publicUrl, request.params.slug, request.body),
        ),
  );

  r.delete(
    '/api/organisations/:slug/invitations/:id',
    { schema: { tags, summary: 'Withdraw an invitation', params: itemParams } },
    async (request, reply) => {
      await revokeOrganisationInvitation(db, request.actor, request.params.slug, request.params.id);
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/invitations/organisation/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation to an organisation with the token from the e-mail',
        body: z.object({ token: z.string().min(10).max(200) }),
        response: { 200: z.object({ organisation: z.object({ slug: z.string() }) }) },
      },
    },
    async (request) => {
      const organisationId = await acceptOrganisationInvitationByToken(db, request.actor, request.body.token);
      const [organisation] = await findOrganisationsByIds(db, [organisationId]);
      return { organisation: { slug: organisation?.slug ?? '' } };
    },
  );

  r.get(
    '/api/organisations/:slug/join-requests',
    {
      schema: {
        tags,
        summary: 'Requests to join',
        params: slugParam,
        response: { 200: listOf(joinRequestOut) },
      },
    },
    (request) => listJoinRequests(db, request.actor, request.params.slug),
  );

  r.post(
    '/api/organisations/:slug/join-requests',
    {
      schema: {
        tags,
        summary: 'Ask to join an organisation',
        params: slugParam,
        body: z.object({ message: z.string().trim().max(1000).optional() }),
        response: { 201: joinRequestOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestToJoin(db, request.actor, request.params.slug, request.body.message)),
  );

  r.post(
    '/api/organisations/:slug/join-requests/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve or reject a request to join',
        params: itemParams,
        body: z.object({ approve: z.boolean() }),
      },
    },
    async (request, reply) => {
      await decideJoinRequest(
        db,
        request.actor,
        request.params.slug,
        request.params.id,
        request.body.approve,
      );
      return reply.status(204).send();
    },
  );
}
