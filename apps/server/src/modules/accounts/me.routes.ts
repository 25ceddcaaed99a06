import { displayNameSchema, passwordSchema, uiLanguageSchema } from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { versionField } from '../../lib/schemas.ts';
import { noContent, userOut } from './account.dto.ts';
import type { AccountDeps } from './account.routes.ts';
import { changePassword, getMe, updateMe } from './me.service.ts';

const tags = ['accounts'];

export function registerMeRoutes(app: FastifyInstance, deps: AccountDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get('/api/me', { schema: { tags, summary: 'My account', response: { 200: userOut } } }, (request) =>
    getMe(db, request.actor),
  );

  r.patch(
    '/api/me',
    {
      schema: {
        tags,
        summary: 'Change my display name or language (409 when the version is stale)',
        body: z.object({
          displayName: displayNameSchema.optional(),
          language: uiLanguageSchema.optional(),
          version: versionField,
        }),
        response: { 200: userOut },
      },
    },
    (request) => updateMe(db, request.actor, request.body),
  );

  r.post(
    '/api/me/password',
    {
      schema: {
        tags,
        summary: 'Change my password (needs the current one; signs out my other sessions)',
        body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }),
        response: { 204: noContent('The password is changed') },
      },
    },
    async (request, reply) => {
      await changePassword(db, request.actor, request.body);
      return reply.status(204).send(null);
    },
  );
}
