import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { lockAssembly, requireAssemblySpace } from './assembly.service.ts';
import { assemblies, assemblyVolunteers } from './assembly.table.ts';
import { erasedConflict } from './assembly-retention.rules.ts';

/** Today's date in UTC as `YYYY-MM-DD`, the calendar the erasure date is kept in. */
const utcToday = sql<string>`(now() at time zone 'utc')::date`;

/**
 * Erases the personal data of one assembly's volunteers in the caller's transaction: name, e-mail, household
 * hash, external id and private-link token go; public id, features and status stay, so the published lottery,
 * its verification and the fairness report still work. The assembly row is claimed first with a conditional
 * update, so of two processes erasing at once only one does the work (the other's update matches no row once
 * the first commits). Returns null when the data were already erased.
 */
async function eraseInTransaction(
  tx: Queryable,
  spaceId: string,
  actor: Actor | null,
  onlyIfDue: boolean,
): Promise<{ erased: number; erasedAt: Date } | null> {
  const [claimed] = await tx
    .update(assemblies)
    .set({ personalDataErasedAt: new Date() })
    .where(
      and(
        eq(assemblies.spaceId, spaceId),
        isNull(assemblies.personalDataErasedAt),
        onlyIfDue ? lte(assemblies.personalDataEraseOn, utcToday) : undefined,
      ),
    )
    .returning({ erasedAt: assemblies.personalDataErasedAt });
  if (!claimed?.erasedAt) return null;
  const rows = await tx
    .update(assemblyVolunteers)
    .set({ name: null, email: null, householdHash: null, externalId: null, accessTokenHash: null })
    .where(eq(assemblyVolunteers.spaceId, spaceId))
    .returning({ id: assemblyVolunteers.id });
  await recordAudit(tx, {
    actor,
    action: 'assembly.personal_data_erased',
    entityType: 'assembly',
    entityId: spaceId,
    spaceId,
    after: { erasedBy: actor ? 'manager' : 'retention sweep', volunteers: rows.length },
  });
  return { erased: rows.length, erasedAt: claimed.erasedAt };
}

/** "Erase personal data now": a manager erases before the date (or without one). 409 when already done. */
export async function erasePersonalDataNow(
  db: Database,
  actor: Actor | null,
  slug: string,
): Promise<{ erased: number; erasedAt: string }> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  return db.transaction(async (tx) => {
    const row = await lockAssembly(tx, access, actor);
    const done = await eraseInTransaction(tx, access.space.id, actor, false);
    if (!done) throw erasedConflict(row);
    return { erased: done.erased, erasedAt: iso(done.erasedAt) };
  });
}

/**
 * The retention sweep, run by every server process at start-up and periodically: erases every assembly whose
 * erasure date has come (UTC), one transaction per assembly. Idempotent and safe with several processes.
 * Returns how many assemblies it erased.
 */
export async function eraseDuePersonalData(db: Database): Promise<number> {
  const due = await db
    .select({ spaceId: assemblies.spaceId })
    .from(assemblies)
    .where(and(isNull(assemblies.personalDataErasedAt), lte(assemblies.personalDataEraseOn, utcToday)));
  let erased = 0;
  for (const { spaceId } of due) {
    const done = await db.transaction((tx) => eraseInTransaction(tx, spaceId, null, true));
    if (done) erased++;
  }
  return erased;
}
