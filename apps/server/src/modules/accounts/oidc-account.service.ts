import { UI_LANGUAGE_CODES } from '@crossgov/shared';
import { and, eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { actorOfUser, auditViewOfUser, findUserByEmail, type UserRow } from './account.repo.ts';
import { insertUserAccount, type SessionOptions, type SignedIn } from './account.service.ts';
import { oidcIdentities, users } from './account.table.ts';
import type { OidcProfile } from './oidc.service.ts';
import { createSession, endSessionBySecret, recordSignIn } from './session.service.ts';

/** Why single sign-on could not sign someone in; the code goes back to the web app in the redirect. */
export class OidcSignInError extends AppError {
  constructor(code: string, message: string) {
    super(403, code, message);
  }
}

function languageOf(locale: string | null): string {
  const primary = locale?.slice(0, 2).toLowerCase();
  return UI_LANGUAGE_CODES.find((code) => code === primary) ?? 'en';
}

function displayNameOf(profile: OidcProfile, email: string): string {
  return (profile.name ?? email.split('@')[0] ?? email).slice(0, 120);
}

async function linkIdentity(tx: Queryable, user: UserRow, profile: OidcProfile, verifyEmail: boolean) {
  await tx
    .insert(oidcIdentities)
    .values({ issuer: profile.issuer, subject: profile.subject, userId: user.id });
  let after = user;
  if (verifyEmail && !user.emailVerifiedAt) {
    const [row] = await tx
      .update(users)
      .set({ emailVerifiedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .returning();
    after = row ?? user;
  }
  await recordAudit(tx, {
    actor: actorOfUser(after),
    action: 'user.sso_linked',
    entityType: 'user',
    entityId: user.id,
    before: auditViewOfUser(user),
    after: { ...auditViewOfUser(after), sso: { issuer: profile.issuer, subject: profile.subject } },
  });
  return after;
}

/**
 * Finds the account for a provider identity: first by (issuer, subject), then by an e-mail address the
 * provider has verified (linking it), else creates one. An unverified provider address never takes over an
 * existing account.
 */
async function accountFor(tx: Queryable, profile: OidcProfile): Promise<UserRow> {
  const [known] = await tx
    .select({ user: users })
    .from(oidcIdentities)
    .innerJoin(users, eq(users.id, oidcIdentities.userId))
    .where(and(eq(oidcIdentities.issuer, profile.issuer), eq(oidcIdentities.subject, profile.subject)))
    .limit(1);
  if (known) return known.user;
  if (!profile.email)
    throw new OidcSignInError('sso_no_email', 'The sign-on provider did not share an e-mail address.');
  const existing = await findUserByEmail(tx, profile.email);
  if (existing) {
    if (!profile.emailVerified)
      throw new OidcSignInError(
        'sso_email_unverified',
        'An account with this e-mail exists, but the provider has not verified the address. Sign in with your password.',
      );
    return linkIdentity(tx, existing, profile, true);
  }
  const created = await insertUserAccount(
    tx,
    {
      email: profile.email,
      passwordHash: null,
      displayName: displayNameOf(profile, profile.email),
      language: languageOf(profile.locale),
      emailVerified: profile.emailVerified,
    },
    null,
    'user.created_via_sso',
  );
  return linkIdentity(tx, created, profile, false);
}

export async function signInWithOidc(
  db: Database,
  profile: OidcProfile,
  options: SessionOptions,
): Promise<SignedIn> {
  return db.transaction(async (tx) => {
    const user = await accountFor(tx, profile);
    if (user.disabledAt) throw new OidcSignInError('account_disabled', 'This account has been disabled.');
    if (options.previousSecret) await endSessionBySecret(tx, options.previousSecret);
    const session = await createSession(tx, user.id, options);
    await recordSignIn(tx, actorOfUser(user), 'single_sign_on');
    return { user, session };
  });
}
