import { desc, eq } from 'drizzle-orm';
import type { Database } from '../src/db/database.ts';
import { outbox } from '../src/modules/mail/mail.table.ts';

/** The newest message queued for an address, or undefined. */
export async function latestMailTo(db: Database, address: string) {
  const [message] = await db
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, address))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  return message;
}

export async function mailCountTo(db: Database, address: string): Promise<number> {
  return (await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.toAddress, address))).length;
}

/** The token of the first link to `path` in a mail text (e.g. `/verify-email`). */
export function tokenFromLink(text: string, path: string): string {
  const match = new RegExp(`https?://\\S+${path}\\?token=([A-Za-z0-9_%-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return decodeURIComponent(match[1]);
}
