import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { outbox } from './mail.table.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Delivers one message. The SMTP transport is used when SMTP_URL is set; otherwise mail stays in the outbox. */
export interface MailTransport {
  readonly name: string;
  send(message: MailMessage & { from: string }): Promise<void>;
}

/** Queues a message in the caller's transaction: no mail for a change that rolled back. */
export async function enqueueMail(tx: Queryable, message: MailMessage): Promise<void> {
  await tx.insert(outbox).values({ toAddress: message.to, subject: message.subject, bodyText: message.text });
}

const MAX_ATTEMPTS = 5;

/** Sends what is pending, oldest first; failures are kept with their error and retried later. */
export async function deliverPendingMail(
  db: Database,
  transport: MailTransport,
  from: string,
): Promise<number> {
  const pending = await db
    .select()
    .from(outbox)
    .where(and(isNull(outbox.sentAt), lt(outbox.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(outbox.createdAt))
    .limit(50);
  let sent = 0;
  for (const message of pending) {
    try {
      await transport.send({ from, to: message.toAddress, subject: message.subject, text: message.bodyText });
      await db
        .update(outbox)
        .set({ sentAt: new Date(), attempts: message.attempts + 1 })
        .where(eq(outbox.id, message.id));
      sent++;
    } catch (error) {
      await db
        .update(outbox)
        .set({
          attempts: message.attempts + 1,
          lastError: error instanceof Error ? error.message : String(error),
        })
        .where(eq(outbox.id, message.id));
    }
  }
  return sent;
}
