import { PLATFORM_ROLES, pageQuerySchema } from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, pageOf, versionField } from '../../lib/schemas.ts';
import { userOut } from './account.dto.ts';
import type { AccountDeps } from './account.routes.ts';
import { searchUsers, setPlatformRole } from './admin-user.service.ts';

const tags = ['admin'];

export function registerAdminUserRoutes(app: FastifyInstance, deps: AccountDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: 'Search accounts by e-mail or name (platform admins)',
        querystring: pageQuerySchema.extend({ q: z.string().trim().max(200).optional() }),
        response: { 200: pageOf(userOut) },
      },
    },
    (request) => searchUsers(db, request.actor, request.query),
  );

  r.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Make an account platform admin or member (platform admins; never removes the last admin)',
        params: idParam,
        body: z.object({ platformRole: z.enum(PLATFORM_ROLES), version: versionField }),
        response: { 200: userOut },
      },
    },
    (request) => setPlatformRole(db, request.actor, request.params.id, request.body),
  );
}
