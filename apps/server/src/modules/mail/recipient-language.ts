import type { UiLanguage } from '@crossgov/shared';
import { eq, or } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { users } from '../accounts/account.table.ts';
import { mailLanguage } from './mail-catalogue.ts';

/**
 * The language to write an invitation in: the invitee's own when the address has an account; otherwise
 * the inviter's, who most likely shares a language with the person they invite (someone without an
 * account has told us no language); otherwise the first of `fallbacks` that mail is written in, or English.
 */
export async function inviteeLanguage(
  db: Queryable,
  email: string,
  inviterId: string | undefined,
  fallbacks: readonly string[] = [],
): Promise<UiLanguage> {
  const address = email.toLowerCase();
  const rows = await db
    .select({ email: users.email, id: users.id, language: users.language })
    .from(users)
    .where(inviterId ? or(eq(users.email, address), eq(users.id, inviterId)) : eq(users.email, address));
  const invitee = rows.find((row) => row.email === address);
  const inviter = rows.find((row) => row.id === inviterId);
  return mailLanguage(invitee?.language, inviter?.language, ...fallbacks);
}
