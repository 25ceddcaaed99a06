import type { AuditAction, PlatformRole } from '@crossgov/shared';
import { eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, conflict, isUniqueViolation } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import type { UserView } from './account.dto.ts';
import { verificationMail } from './account.mail.ts';
import {
  actorOfUser,
  auditViewOfUser,
  findUserByEmail,
  lockAndCheckForAnyUser,
  type UserRow,
} from './account.repo.ts';
import { users } from './account.table.ts';
import { issueEmailToken } from './email-token.service.ts';
import { hashPassword, needsRehash, verifyPassword } from './password.service.ts';
import { createSession, endSessionBySecret, type NewSession, recordSignIn } from './session.service.ts';

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    platformRole: row.platformRole as PlatformRole,
    language: row.language,
    emailVerified: row.emailVerifiedAt !== null,
    createdAt: iso(row.createdAt),
    version: row.version,
  };
}

export interface NewAccount {
  email: string;
  /** Null for accounts that only sign in through single sign-on. */
  password: string | null;
  displayName: string;
  language: string;
  /** Leave out to apply the rule "the first account of an instance is its platform admin". */
  platformRole?: PlatformRole | undefined;
  emailVerified?: boolean | undefined;
}

type HashedAccount = Omit<NewAccount, 'password'> & { passwordHash: string | null };

/**
 * Inserts an account inside the caller's transaction. When no role is given, the very first account on an
 * instance becomes platform admin, so a fresh install always has someone who can administer it.
 */
export async function insertUserAccount(
  tx: Queryable,
  input: HashedAccount,
  actor: Actor | null,
  auditAction: AuditAction = 'user.created',
): Promise<UserRow> {
  const platformRole: PlatformRole =
    input.platformRole ?? ((await lockAndCheckForAnyUser(tx)) ? 'member' : 'admin');
  const [row] = await tx
    .insert(users)
    .values({
      email: input.email.toLowerCase(),
      displayName: input.displayName,
      passwordHash: input.passwordHash,
      language: input.language,
      platformRole,
      emailVerifiedAt: input.emailVerified ? new Date() : null,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(tx, {
    actor: actor ?? actorOfUser(row),
    action: auditAction,
    entityType: 'user',
    entityId: row.id,
    after: auditViewOfUser(row),
  });
  return row;
}

function emailTaken(email: string): AppError {
  return conflict(
    `An account with the e-mail address ${email} already exists. Sign in or reset the password.`,
    [{ field: 'body.email', message: 'already registered' }],
  );
}

/**
 * Creates an account without HTTP, for seeds, the CLI and other modules. `actor` is who did it (null for
 * the system); the account itself is recorded as the actor when left out.
 */
export async function createUserAccount(
  db: Database,
  input: NewAccount,
  actor: Actor | null = null,
): Promise<UserRow> {
  // Hash before the transaction: scrypt takes a while and must not hold the first-account lock.
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  try {
    return await db.transaction((tx) => insertUserAccount(tx, { ...input, passwordHash }, actor));
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(input.email);
    throw error;
  }
}

export interface SessionOptions {
  sessionDays: number;
  userAgent?: string | undefined;
  /** The cookie the browser already had: that session ends, so one browser holds one session. */
  previousSecret?: string | undefined;
}

export interface SignedIn {
  user: UserRow;
  session: NewSession;
}

/** Self-service sign-up: the account, its first session and the verification mail, all or nothing. */
export async function signUp(
  db: Database,
  publicUrl: string,
  input: { email: string; password: string; displayName: string; language: string },
  options: SessionOptions,
): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const user = await insertUserAccount(tx, { ...input, passwordHash }, null);
      const token = await issueEmailToken(tx, user.id, 'verify_email');
      await enqueueMail(tx, verificationMail(publicUrl, user, token));
      if (options.previousSecret) await endSessionBySecret(tx, options.previousSecret);
      const session = await createSession(tx, user.id, options);
      return { user, session };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(input.email);
    throw error;
  }
}

const wrongCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The e-mail address or the password is wrong.');

/** Checks the password (in constant time, also for unknown addresses) and opens a session. */
export async function logIn(
  db: Database,
  input: { email: string; password: string },
  options: SessionOptions,
): Promise<SignedIn> {
  const user = await findUserByEmail(db, input.email);
  const valid = await verifyPassword(input.password, user?.passwordHash ?? null);
  if (!user || !valid || user.disabledAt) throw wrongCredentials();
  const rehash =
    user.passwordHash && needsRehash(user.passwordHash) ? await hashPassword(input.password) : null;
  return db.transaction(async (tx) => {
    // Stored with weaker parameters than today's: upgrade now, while we know the password.
    if (rehash) await tx.update(users).set({ passwordHash: rehash }).where(eq(users.id, user.id));
    if (options.previousSecret) await endSessionBySecret(tx, options.previousSecret);
    const session = await createSession(tx, user.id, options);
    await recordSignIn(tx, actorOfUser(user), 'password');
    return { user, session };
  });
}
