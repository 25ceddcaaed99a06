import type { TokenScope } from '@crossgov/shared';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { newSecret, sha256 } from '../../lib/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ApiTokenView } from './account.dto.ts';
import { apiTokens } from './account.table.ts';
import { API_TOKEN_PREFIX } from './actor.repo.ts';

type ApiTokenRow = typeof apiTokens.$inferSelect;

/** `cg_` and 8 characters of the secret: enough to tell tokens apart, far too little to guess the rest. */
const DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;

function toApiTokenView(row: ApiTokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.filter((scope): scope is TokenScope => scope === 'read' || scope === 'write'),
    createdAt: iso(row.createdAt),
    lastUsedAt: iso(row.lastUsedAt),
    expiresAt: iso(row.expiresAt),
    revokedAt: iso(row.revokedAt),
  };
}

/** What the audit log keeps of a token: never its hash. */
function auditViewOfToken(row: ApiTokenRow) {
  return { id: row.id, name: row.name, prefix: row.prefix, scopes: row.scopes, expiresAt: row.expiresAt };
}

export async function listApiTokens(db: Database, actor: Actor | null) {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, signedIn(actor).userId))
    .orderBy(desc(apiTokens.createdAt));
  return { items: rows.map(toApiTokenView) };
}

/**
 * Creates a token and returns its secret, the only time anyone sees it. Only a signed-in browser may mint
 * tokens, so a leaked token cannot be used to breed more.
 */
export async function createApiToken(
  db: Database,
  anyActor: Actor | null,
  input: { name: string; scopes: TokenScope[]; expiresInDays?: number | undefined },
) {
  const actor = signedIn(anyActor);
  if (actor.via !== 'session')
    throw forbidden('Create API tokens while signed in with your password or SSO.');
  const token = newSecret(API_TOKEN_PREFIX);
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiTokens)
      .values({
        userId: actor.userId,
        name: input.name,
        prefix: token.slice(0, DISPLAY_PREFIX_LENGTH),
        tokenHash: sha256(token),
        scopes: [...new Set(input.scopes)],
        expiresAt,
      })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      actor,
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: created.id,
      after: auditViewOfToken(created),
    });
    return created;
  });
  return { token, apiToken: toApiTokenView(row) };
}

/** Revokes one of the caller's tokens; revoking twice is harmless. Other people's tokens are "not found". */
export async function revokeApiToken(db: Database, anyActor: Actor | null, id: string): Promise<void> {
  const actor = signedIn(anyActor);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId)))
      .limit(1);
    if (!row) throw notFound('The API token');
    if (row.revokedAt) return;
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning();
    if (!revoked) return;
    await recordAudit(tx, {
      actor,
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: id,
      before: { revokedAt: null },
      after: { revokedAt: revoked.revokedAt },
    });
  });
}
