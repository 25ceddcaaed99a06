import { and, eq, lt, ne } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { newSecret, sha256 } from '../../lib/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { sessions } from './account.table.ts';

export interface NewSession {
  /** Goes into the cookie only; the table keeps its SHA-256. */
  secret: string;
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

const MAX_USER_AGENT = 300;

export async function createSession(
  tx: Queryable,
  userId: string,
  options: { sessionDays: number; userAgent?: string | undefined },
  now = new Date(),
): Promise<NewSession> {
  const secret = newSecret();
  const id = sha256(secret);
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + options.sessionDays * 24 * 60 * 60 * 1000);
  await tx.insert(sessions).values({
    id,
    userId,
    csrfToken,
    expiresAt,
    userAgent: options.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
  });
  // Expired rows of this person are of no use to anyone; tidy them while we are here.
  await tx.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
  return { secret, id, csrfToken, expiresAt };
}

/** Who signed in, when and how, in the audit log (never the session's secret or its hash). */
export async function recordSignIn(tx: Queryable, actor: Actor, method: 'password' | 'single_sign_on') {
  await recordAudit(tx, {
    actor,
    action: 'user.signed_in',
    entityType: 'user',
    entityId: actor.userId,
    after: { method },
  });
}

/** Signs out of one browser session, and says so in the audit log. */
export async function signOut(db: Database, actor: Actor, sessionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const ended = await tx.delete(sessions).where(eq(sessions.id, sessionId)).returning({ id: sessions.id });
    if (ended.length === 0) return;
    await recordAudit(tx, { actor, action: 'user.signed_out', entityType: 'user', entityId: actor.userId });
  });
}

/** Ends one session, given the cookie value. Unknown values are ignored. */
export async function endSessionBySecret(db: Queryable, secret: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sha256(secret)));
}

/** Signs a person out everywhere, except (optionally) the browser that asked. */
export async function endSessionsOfUser(
  tx: Queryable,
  userId: string,
  exceptSessionId?: string | undefined,
): Promise<void> {
  await tx
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    );
}
