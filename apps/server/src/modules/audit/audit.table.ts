import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only log of every change. Each entry's hash covers its content and the previous entry's hash,
 * so editing or deleting any entry breaks the chain (`crossgov audit verify`).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    spaceId: uuid('space_id'),
    organisationId: uuid('organisation_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_space_idx').on(t.spaceId, t.seq),
    index('audit_log_org_idx').on(t.organisationId, t.seq),
  ],
);
