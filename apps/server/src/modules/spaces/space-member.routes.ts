import { emailSchema, pageQuerySchema, SPACE_ROLES } from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { signedIn } from '../../lib/actor.ts';
import { listOf, multilingualOut, pageOf, slugParam, versionField } from '../../lib/schemas.ts';
import { findOrganisationsByIds } from '../organisations/organisation.repo.ts';
import {
  acceptOrganisationInvitationById,
  pendingOrganisationInvitationsFor,
} from '../organisations/organisation-membership.service.ts';
import { spaceInvitationOut, spaceMemberOut } from './space.dto.ts';
import {
  acceptSpaceInvitationById,
  acceptSpaceInvitationByToken,
  changeSpaceMemberRole,
  inviteToSpace,
  listSpaceInvitations,
  listSpaceMembers,
  pendingSpaceInvitationsFor,
  removeSpaceMember,
  revokeSpaceInvitation,
} from './space-member.service.ts';

const tags = ['spaces'];
const memberParams = slugParam.extend({ userId: z.uuid() });

export function registerSpaceMemberRoutes(
  app: FastifyInstance,
  deps: { db: Database; publicUrl: string },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/api/spaces/:slug/members',
    {
      schema: {
        tags,
        summary: 'Members of a space, by name',
        params: slugParam,
        querystring: pageQuerySchema,
        response: { 200: pageOf(spaceMemberOut) },
      },
    },
    (request) => listSpaceMembers(db, request.actor, request.params.slug, request.query),
  );

  r.patch(
    '/api/spaces/:slug/members/:userId',
    {
      schema: {
        tags,
        summary: 'Change a member’s role (manage)',
        params: memberParams,
        body: z.object({ role: z.enum(SPACE_ROLES), version: versionField }),
      },
    },
    async (request, reply) => {
      await changeSpaceMemberRole(
        db,
        request.actor,
        request.params.slug,
        request.params.userId,
        request.body,
      );
      return reply.status(204).send();
    },
  );

  r.delete(
    '/api/spaces/:slug/members/:userId',
    { schema: { tags, summary: 'Remove a member (manage), or leave', params: memberParams } },
    async (request, reply) => {
      await removeSpaceMember(db, request.actor, request.params.slug, request.params.userId);
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/spaces/:slug/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations of a space (manage)',
        params: slugParam,
        response: { 200: listOf(spaceInvitationOut) },
      },
    },
    (request) => listSpaceInvitations(db, request.actor, request.params.slug),
  );

  r.post(
    '/api/spaces/:slug/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a person, from any organisation, with a role',
        params: slugParam,
        body: z.object({
          email: emailSchema,
          role: z.enum(SPACE_ROLES),
          organisationId: z.uuid().optional(),
        }),
        response: { 201: spaceInvitationOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inviteToSpace(db, request.actor, deps.publicUrl, request.params.slug, request.body)),
  );

  r.delete(
    '/api/spaces/:slug/invitations/:id',
    { schema: { tags, summary: 'Withdraw an invitation', params: slugParam.extend({ id: z.uuid() }) } },
    async (request, reply) => {
      await revokeSpaceInvitation(db, request.actor, request.params.slug, request.params.id);
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/invitations/space/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation to a space with the token from the e-mail',
        body: z.object({ token: z.string().min(10).max(200) }),
        response: { 200: z.object({ space: z.object({ slug: z.string() }) }) },
      },
    },
    async (request) => ({
      space: { slug: await acceptSpaceInvitationByToken(db, request.actor, request.body.token) },
    }),
  );

  r.get(
    '/api/me/invitations',
    {
      schema: {
        tags: ['account'],
        summary: 'Pending invitations addressed to my e-mail',
        response: {
          200: z.object({
            organisations: z.array(
              z.object({
                id: z.uuid(),
                organisation: z.object({ slug: z.string(), names: multilingualOut }),
                role: z.string(),
              }),
            ),
            spaces: z.array(
              z.object({
                id: z.uuid(),
                space: z.object({ slug: z.string(), titles: multilingualOut }),
                role: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const user = signedIn(request.actor);
      const organisationInvitations = await pendingOrganisationInvitationsFor(db, user.email);
      const organisations = await findOrganisationsByIds(
        db,
        organisationInvitations.map((invitation) => invitation.organisationId),
      );
      const spaceInvitations = await pendingSpaceInvitationsFor(db, user.email);
      return {
        organisations: organisationInvitations.flatMap((invitation) => {
          const organisation = organisations.find((candidate) => candidate.id === invitation.organisationId);
          return organisation
            ? [
                {
                  id: invitation.id,
                  organisation: { slug: organisation.slug, names: organisation.names },
                  role: invitation.role,
                },
              ]
            : [];
        }),
        spaces: spaceInvitations.map(({ invitation, space }) => ({
          id: invitation.id,
          space: { slug: space.slug, titles: space.titles },
          role: invitation.role,
        })),
      };
    },
  );

  r.post(
    '/api/me/invitations/:kind/:id/accept',
    {
      schema: {
        tags: ['account'],
        summary: 'Accept one of my pending invitations',
        params: z.object({ kind: z.enum(['organisation', 'space']), id: z.uuid() }),
      },
    },
    async (request, reply) => {
      if (request.params.kind === 'organisation')
        await acceptOrganisationInvitationById(db, request.actor, request.params.id);
      else await acceptSpaceInvitationById(db, request.actor, request.params.id);
      return reply.status(204).send();
    },
  );
}
