import { inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { isAdmin, signedIn } from '../../lib/actor.ts';
import { forbidden } from '../../lib/errors.ts';
import { iso, slugParam, timestampOut } from '../../lib/schemas.ts';
import { users } from '../accounts/account.table.ts';
import { requireSpace } from '../spaces/space.access.ts';
import { type AuditEntry, listAudit, verifyAuditChain } from './audit.service.ts';

const auditEntryOut = z
  .object({
    seq: z.number().int(),
    at: timestampOut,
    actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    spaceId: z.uuid().nullable(),
    organisationId: z.uuid().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

const auditQuery = z.object({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const tags = ['audit'];

async function withActors(db: Database, entries: AuditEntry[]) {
  const ids = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
  const people = ids.length
    ? await db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(inArray(users.id, ids))
    : [];
  return {
    items: entries.map((entry) => {
      const actor = people.find((person) => person.id === entry.actorId);
      return {
        seq: entry.seq,
        at: iso(entry.at),
        actor: actor ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        spaceId: entry.spaceId,
        organisationId: entry.organisationId,
        before: entry.before,
        after: entry.after,
        hash: entry.hash,
      };
    }),
  };
}

/** Platform admins browse the whole log; a space's managers browse the entries of their space. */
export function registerAuditRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: 'The audit log, newest first (platform admins)',
        querystring: auditQuery,
        response: { 200: z.object({ items: z.array(auditEntryOut) }) },
      },
    },
    async (request) => {
      if (!isAdmin(signedIn(request.actor)))
        throw forbidden('Only platform admins can read the whole audit log.');
      return withActors(db, await listAudit(db, request.query));
    },
  );

  r.get(
    '/api/audit/verify',
    {
      schema: {
        tags,
        summary: 'Re-compute the hash chain of the whole log (platform admins)',
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number().int(),
            firstBrokenSeq: z.number().int().nullable(),
            problem: z.string().nullable(),
            head: z
              .object({ seq: z.number().int(), hash: z.string() })
              .nullable()
              .describe('The newest entry of an intact chain: record it to detect a later truncation'),
          }),
        },
      },
    },
    async (request) => {
      if (!isAdmin(signedIn(request.actor)))
        throw forbidden('Only platform admins can verify the audit log.');
      return verifyAuditChain(db);
    },
  );

  r.get(
    '/api/spaces/:slug/audit',
    {
      schema: {
        tags,
        summary: 'The audit log of one space (its managers)',
        params: slugParam,
        querystring: auditQuery,
        response: { 200: z.object({ items: z.array(auditEntryOut) }) },
      },
    },
    async (request) => {
      const { space } = await requireSpace(db, request.params.slug, request.actor, 'manage');
      return withActors(db, await listAudit(db, { ...request.query, spaceId: space.id }));
    },
  );
}
