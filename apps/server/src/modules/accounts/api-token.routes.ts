import { tokenScopesSchema } from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, listOf } from '../../lib/schemas.ts';
import { apiTokenOut, noContent } from './account.dto.ts';
import type { AccountDeps } from './account.routes.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service.ts';

const tags = ['accounts'];

export function registerApiTokenRoutes(app: FastifyInstance, deps: AccountDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/api/me/tokens',
    {
      schema: {
        tags,
        summary: 'My personal API tokens (never their secrets)',
        response: { 200: listOf(apiTokenOut) },
      },
    },
    (request) => listApiTokens(db, request.actor),
  );

  r.post(
    '/api/me/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal API token (signed-in browser session only); the secret is shown once',
        body: z.object({
          name: z.string().trim().min(1).max(100),
          scopes: tokenScopesSchema,
          expiresInDays: z.number().int().min(1).max(3650).optional(),
        }),
        response: {
          201: z.object({
            token: z.string().describe('The secret (`cg_...`): store it now, it is not shown again'),
            apiToken: apiTokenOut,
          }),
        },
      },
    },
    async (request, reply) => reply.status(201).send(await createApiToken(db, request.actor, request.body)),
  );

  r.delete(
    '/api/me/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke one of my API tokens',
        params: idParam,
        response: { 204: noContent('Revoked') },
      },
    },
    async (request, reply) => {
      await revokeApiToken(db, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
