import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { invalid, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { passwordResetMail, verificationMail } from './account.mail.ts';
import { actorOfUser, auditViewOfUser, findUserByEmail, findUserById } from './account.repo.ts';
import { users } from './account.table.ts';
import { consumeEmailToken, issueEmailToken, retireEmailTokens } from './email-token.service.ts';
import { hashPassword } from './password.service.ts';
import { endSessionsOfUser } from './session.service.ts';

const badLink = () =>
  invalid('This link is invalid, already used or expired. Ask for a new one.', [
    { field: 'body.token', message: 'invalid, used or expired' },
  ]);

/** Sends a new verification link to the signed-in person; nothing happens when already verified. */
export async function resendVerification(db: Database, publicUrl: string, anyActor: Actor | null) {
  const actor = signedIn(anyActor);
  const user = await findUserById(db, actor.userId);
  if (!user) throw notFound('Your account');
  if (user.emailVerifiedAt) return;
  await db.transaction(async (tx) => {
    const token = await issueEmailToken(tx, user.id, 'verify_email');
    await enqueueMail(tx, verificationMail(publicUrl, user, token));
  });
}

export async function verifyEmail(db: Database, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, token, 'verify_email');
    if (!userId) throw badLink();
    const before = await findUserById(tx, userId);
    if (!before) throw badLink();
    await retireEmailTokens(tx, userId, 'verify_email');
    if (before.emailVerifiedAt) return;
    const [after] = await tx
      .update(users)
      .set({ emailVerifiedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning();
    if (!after) throw badLink();
    await recordAudit(tx, {
      actor: actorOfUser(after),
      action: 'user.email_verified',
      entityType: 'user',
      entityId: userId,
      before: { emailVerifiedAt: before.emailVerifiedAt },
      after: { emailVerifiedAt: after.emailVerifiedAt },
    });
  });
}

/**
 * Queues a reset link when the address belongs to an active account. The caller answers 202 either way,
 * so the answer never tells whether someone has an account.
 */
export async function requestPasswordReset(db: Database, publicUrl: string, email: string): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user || user.disabledAt) return;
  await db.transaction(async (tx) => {
    const token = await issueEmailToken(tx, user.id, 'reset_password');
    await enqueueMail(tx, passwordResetMail(publicUrl, user, token));
  });
}

/**
 * Sets the new password and ends every session of the account but the caller's own. The link arrived by
 * e-mail, so it also proves the address.
 */
export async function confirmPasswordReset(
  db: Database,
  input: { token: string; password: string },
  currentSessionId: string | undefined,
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, input.token, 'reset_password');
    if (!userId) throw badLink();
    const before = await findUserById(tx, userId);
    if (!before || before.disabledAt) throw badLink();
    await retireEmailTokens(tx, userId, 'reset_password');
    const [after] = await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: before.emailVerifiedAt ?? new Date(), updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning();
    if (!after) throw badLink();
    await endSessionsOfUser(tx, userId, currentSessionId);
    await recordAudit(tx, {
      actor: actorOfUser(after),
      action: 'user.password_reset',
      entityType: 'user',
      entityId: userId,
      before: auditViewOfUser(before),
      after: auditViewOfUser(after),
    });
  });
}
