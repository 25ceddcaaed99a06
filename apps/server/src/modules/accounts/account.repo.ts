import type { PlatformRole } from '@crossgov/shared';
import { and, count, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { users } from './account.table.ts';

export type UserRow = typeof users.$inferSelect;

/** Serialises "is this the first account?" so two simultaneous first sign-ups cannot both become admin. */
const FIRST_ACCOUNT_LOCK_KEY = 7403114;

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row;
}

/** Call inside a transaction: holds a lock until it ends, then answers whether any account exists. */
export async function lockAndCheckForAnyUser(tx: Queryable): Promise<boolean> {
  await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ACCOUNT_LOCK_KEY})`);
  const [row] = await tx.select({ id: users.id }).from(users).limit(1);
  return row !== undefined;
}

export async function countActiveAdmins(tx: Queryable): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.platformRole, 'admin'), isNull(users.disabledAt)));
  return row?.n ?? 0;
}

export interface UserFilter {
  q?: string | undefined;
  limit: number;
  offset: number;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export async function listUsers(
  db: Queryable,
  filter: UserFilter,
): Promise<{ rows: UserRow[]; total: number }> {
  const pattern = filter.q ? `%${escapeLike(filter.q)}%` : undefined;
  const where = pattern ? or(ilike(users.email, pattern), ilike(users.displayName, pattern)) : undefined;
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(users.createdAt, users.id)
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The account as an audit-log actor, for changes a person makes before a session exists (sign-up, reset). */
export function actorOfUser(row: UserRow): Actor {
  return {
    userId: row.id,
    email: row.email,
    displayName: row.displayName,
    platformRole: row.platformRole as PlatformRole,
    emailVerified: row.emailVerifiedAt !== null,
    via: 'session',
    scopes: new Set(['read', 'write']),
  };
}

/** What the audit log keeps of an account: never the password hash, even redacted. */
export function auditViewOfUser(row: UserRow) {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    platformRole: row.platformRole,
    language: row.language,
    emailVerifiedAt: row.emailVerifiedAt,
    disabledAt: row.disabledAt,
    version: row.version,
  };
}
