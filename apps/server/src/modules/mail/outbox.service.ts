import { count, desc } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, isAdmin, signedIn } from '../../lib/actor.ts';
import { forbidden } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { outbox } from './mail.table.ts';

/**
 * Every message, newest first. Platform admins only: mail holds sign-in and reset links. Without SMTP this
 * is how a development instance reads its mail.
 */
export async function listOutbox(db: Database, actor: Actor | null, page: { limit: number; offset: number }) {
  if (!isAdmin(signedIn(actor))) throw forbidden('Only platform admins can read the outbox.');
  const rows = await db
    .select()
    .from(outbox)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(outbox);
  return {
    items: rows.map((row) => ({
      id: row.id,
      toAddress: row.toAddress,
      subject: row.subject,
      bodyText: row.bodyText,
      createdAt: iso(row.createdAt),
      sentAt: iso(row.sentAt),
      attempts: row.attempts,
      lastError: row.lastError,
    })),
    total: total?.n ?? 0,
  };
}
