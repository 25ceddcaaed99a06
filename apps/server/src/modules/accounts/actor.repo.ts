import type { PlatformRole, TokenScope } from '@crossgov/shared';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { sha256 } from '../../lib/tokens.ts';
import { apiTokens, sessions, users } from './account.table.ts';

const ALL_SCOPES: ReadonlySet<TokenScope> = new Set(['read', 'write']);

export const SESSION_COOKIE = 'crossgov_session';
export const API_TOKEN_PREFIX = 'cg_';

export interface SessionActor extends Actor {
  csrfToken: string;
}

/** Resolves a session cookie value to its user, or null when unknown, expired or the account is disabled. */
export async function actorFromSession(
  db: Queryable,
  cookieValue: string,
  now = new Date(),
): Promise<SessionActor | null> {
  const id = sha256(cookieValue);
  const [row] = await db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), isNull(users.disabledAt)))
    .limit(1);
  if (!row) return null;
  return {
    userId: row.user.id,
    email: row.user.email,
    displayName: row.user.displayName,
    platformRole: row.user.platformRole as PlatformRole,
    emailVerified: row.user.emailVerifiedAt !== null,
    via: 'session',
    sessionId: id,
    scopes: ALL_SCOPES,
    csrfToken: row.csrfToken,
  };
}

/** Resolves a personal API token (`cg_...`) to its user with the token's scopes. */
export async function actorFromToken(db: Queryable, token: string, now = new Date()): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const [row] = await db
    .select({ user: users, tokenId: apiTokens.id, scopes: apiTokens.scopes })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, sha256(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  if (!row) return null;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  return {
    userId: row.user.id,
    email: row.user.email,
    displayName: row.user.displayName,
    platformRole: row.user.platformRole as PlatformRole,
    emailVerified: row.user.emailVerifiedAt !== null,
    via: 'token',
    scopes: new Set(row.scopes.filter((scope): scope is TokenScope => scope === 'read' || scope === 'write')),
  };
}
