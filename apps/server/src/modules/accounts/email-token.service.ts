import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { newSecret, sha256 } from '../../lib/tokens.ts';
import { emailTokens } from './account.table.ts';

export type EmailTokenPurpose = 'verify_email' | 'reset_password';

/** How long a link in an e-mail works. Reset links are short-lived: they hand over the account. */
export const EMAIL_TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
};

/** Stores only the SHA-256 of the secret and returns the secret itself, for the link in the mail. */
export async function issueEmailToken(
  tx: Queryable,
  userId: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
): Promise<string> {
  const secret = newSecret();
  await tx.insert(emailTokens).values({
    userId,
    purpose,
    tokenHash: sha256(secret),
    expiresAt: new Date(now.getTime() + EMAIL_TOKEN_LIFETIME_MS[purpose]),
  });
  return secret;
}

/**
 * Marks the token used and returns its account, or null when it is unknown, used, expired or meant for
 * something else. One UPDATE does both, so two clicks racing each other cannot both succeed.
 */
export async function consumeEmailToken(
  tx: Queryable,
  secret: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
): Promise<string | null> {
  const [row] = await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, sha256(secret)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning({ userId: emailTokens.userId });
  return row?.userId ?? null;
}

/** Older links of the same kind stop working once one has been used. */
export async function retireEmailTokens(
  tx: Queryable,
  userId: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
): Promise<void> {
  await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
}
