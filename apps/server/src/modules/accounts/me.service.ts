import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { invalid, notFound, versionConflict } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { auditViewOfUser, findUserById, type UserRow } from './account.repo.ts';
import { toUserView } from './account.service.ts';
import { users } from './account.table.ts';
import { hashPassword, verifyPassword } from './password.service.ts';
import { endSessionsOfUser } from './session.service.ts';

async function requireOwnAccount(db: Database, actor: Actor | null): Promise<UserRow> {
  const user = await findUserById(db, signedIn(actor).userId);
  if (!user) throw notFound('Your account');
  return user;
}

export async function getMe(db: Database, actor: Actor | null) {
  return toUserView(await requireOwnAccount(db, actor));
}

export async function updateMe(
  db: Database,
  actor: Actor | null,
  patch: { displayName?: string | undefined; language?: string | undefined; version: number },
) {
  const current = await requireOwnAccount(db, actor);
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        displayName: patch.displayName ?? current.displayName,
        language: patch.language ?? current.language,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, current.id), eq(users.version, patch.version)))
      .returning();
    if (!row) throw versionConflict('Your profile', current.version);
    await recordAudit(tx, {
      actor,
      action: 'user.updated',
      entityType: 'user',
      entityId: row.id,
      before: auditViewOfUser(current),
      after: auditViewOfUser(row),
    });
    return row;
  });
  return toUserView(updated);
}

/** Needs the current password even in a signed-in session, and signs out every other browser. */
export async function changePassword(
  db: Database,
  actor: Actor | null,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await requireOwnAccount(db, actor);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw invalid('The current password is wrong.', [
      {
        field: 'body.currentPassword',
        message: user.passwordHash
          ? 'wrong password'
          : 'this account has no password yet; use password reset',
      },
    ]);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
    await endSessionsOfUser(tx, user.id, actor?.sessionId);
    await recordAudit(tx, {
      actor,
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
