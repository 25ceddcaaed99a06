import type { PlatformRole } from '@crossgov/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, isAdmin, signedIn } from '../../lib/actor.ts';
import { conflict, forbidden, notFound, versionConflict } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  auditViewOfUser,
  countActiveAdmins,
  findUserById,
  listUsers,
  type UserFilter,
} from './account.repo.ts';
import { toUserView } from './account.service.ts';
import { users } from './account.table.ts';

/** Serialises role changes so two admins demoting each other cannot leave the instance with none. */
const ADMIN_ROLE_LOCK_KEY = 7403115;

export function requirePlatformAdmin(actor: Actor | null): Actor {
  const user = signedIn(actor);
  if (!isAdmin(user)) throw forbidden('Only platform admins can do this.');
  return user;
}

export async function searchUsers(db: Database, actor: Actor | null, filter: UserFilter) {
  requirePlatformAdmin(actor);
  const { rows, total } = await listUsers(db, filter);
  return { items: rows.map(toUserView), total };
}

export async function setPlatformRole(
  db: Database,
  anyActor: Actor | null,
  userId: string,
  input: { platformRole: PlatformRole; version: number },
) {
  const actor = requirePlatformAdmin(anyActor);
  const updated = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ADMIN_ROLE_LOCK_KEY})`);
    const current = await findUserById(tx, userId);
    if (!current) throw notFound('The account');
    if (current.version !== input.version) throw versionConflict('This account', current.version);
    if (current.platformRole === 'admin' && input.platformRole !== 'admin' && !current.disabledAt) {
      if ((await countActiveAdmins(tx)) <= 1)
        throw conflict('This is the last platform admin. Make someone else admin first.', [
          { field: 'body.platformRole', message: 'the instance needs at least one admin' },
        ]);
    }
    const [row] = await tx
      .update(users)
      .set({ platformRole: input.platformRole, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(users.id, userId), eq(users.version, input.version)))
      .returning();
    if (!row) throw versionConflict('This account', current.version);
    await recordAudit(tx, {
      actor,
      action: 'user.platform_role_changed',
      entityType: 'user',
      entityId: row.id,
      before: auditViewOfUser(current),
      after: auditViewOfUser(row),
    });
    return row;
  });
  return toUserView(updated);
}
