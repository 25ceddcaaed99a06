import { createHash } from 'node:crypto';
import type { AuditAction } from '@crossgov/shared';
import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { canonicalJson, toJsonValue } from '../../lib/canonical-json.ts';
import { auditLog } from './audit.table.ts';

export const GENESIS_HASH = '0'.repeat(64);
/** Serialises appends so that every entry links to the one before it. */
const AUDIT_LOCK_KEY = 7403113;

export interface AuditEntryInput {
  actor: Actor | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  spaceId?: string | null;
  organisationId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry {
  seq: number;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  spaceId: string | null;
  organisationId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

/** Fields that must never appear in the log, even hashed. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'csrfToken']);

function redact(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value))
    copy[key] = SECRET_FIELDS.has(key) ? '[redacted]' : redact(entry);
  return copy;
}

export function entryHash(entry: Omit<AuditEntry, 'seq' | 'hash'>): string {
  const body = canonicalJson({
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    spaceId: entry.spaceId,
    organisationId: entry.organisationId,
    before: entry.before,
    after: entry.after,
  });
  return createHash('sha256').update(`${entry.prevHash}\n${body}`).digest('hex');
}

/** Appends one entry. Call it inside the transaction that makes the change, so both commit or neither. */
export async function recordAudit(tx: Queryable, input: AuditEntryInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const entry = {
    at: new Date(),
    actorId: input.actor?.userId ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    spaceId: input.spaceId ?? null,
    organisationId: input.organisationId ?? null,
    before: toJsonValue(redact(input.before ?? null)),
    after: toJsonValue(redact(input.after ?? null)),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditLog).values({ ...entry, hash: entryHash(entry) });
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  firstBrokenSeq: number | null;
  problem: string | null;
  /**
   * The newest entry of an intact chain. Removing the newest entries leaves a shorter chain that is still valid,
   * so an operator who records these elsewhere can tell.
   */
  head: { seq: number; hash: string } | null;
}

/** Re-computes every hash in order; the first mismatch names the entry that was altered or removed. */
export async function verifyAuditChain(db: Database, batchSize = 5000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let after = 0;
  let entries = 0;
  let head: ChainReport['head'] = null;
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, after))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    for (const row of batch) {
      entries++;
      if (row.prevHash !== prevHash)
        return {
          ok: false,
          entries,
          firstBrokenSeq: row.seq,
          problem: 'links to a hash that is not the previous entry',
          head: null,
        };
      if (entryHash(row) !== row.hash)
        return {
          ok: false,
          entries,
          firstBrokenSeq: row.seq,
          problem: 'content does not match its hash',
          head: null,
        };
      prevHash = row.hash;
      head = { seq: row.seq, hash: row.hash };
    }
    const last = batch.at(-1);
    if (!last) break;
    after = last.seq;
  }
  return { ok: true, entries, firstBrokenSeq: null, problem: null, head };
}

export interface AuditQuery {
  spaceId?: string;
  organisationId?: string;
  before?: number;
  limit: number;
}

/** Newest first; `before` pages by sequence number. Authorisation is the caller's (see audit.routes). */
export function listAudit(db: Queryable, query: AuditQuery): Promise<AuditEntry[]> {
  const conditions = [
    query.spaceId ? eq(auditLog.spaceId, query.spaceId) : undefined,
    query.organisationId ? eq(auditLog.organisationId, query.organisationId) : undefined,
    query.before ? lt(auditLog.seq, query.before) : undefined,
  ];
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(query.limit);
}
