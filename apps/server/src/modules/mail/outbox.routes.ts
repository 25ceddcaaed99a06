import { pageQuerySchema } from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { pageOf, timestampOut } from '../../lib/schemas.ts';
import { listOutbox } from './outbox.service.ts';

const outboxMessageOut = z
  .object({
    id: z.uuid(),
    toAddress: z.string(),
    subject: z.string(),
    bodyText: z.string(),
    createdAt: timestampOut,
    sentAt: timestampOut.nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });

export function registerOutboxRoutes(app: FastifyInstance, deps: { db: Database }): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/admin/outbox',
    {
      schema: {
        tags: ['admin'],
        summary: 'Queued and sent e-mail, newest first (platform admins)',
        querystring: pageQuerySchema,
        response: { 200: pageOf(outboxMessageOut) },
      },
    },
    (request) => listOutbox(deps.db, request.actor, request.query),
  );
}
