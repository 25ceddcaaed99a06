import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { latestMailTo } from '../../../test/outbox-reader.ts';
import {
  inBrowser,
  logInThroughApi,
  signUpThroughApi,
  TEST_PASSWORD,
  uniqueEmail,
} from '../../../test/session-client.ts';
import { sha256 } from '../../lib/tokens.ts';
import { auditLog } from '../audit/audit.table.ts';
import { sessions, users } from './account.table.ts';
import { hashPassword, needsRehash } from './password.service.ts';

describe('sign-up, login and logout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs up, sets an httpOnly SameSite=Lax session cookie and returns the CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: uniqueEmail(), password: TEST_PASSWORD, displayName: 'Aino', language: 'fi' },
    });
    expect(response.statusCode).toBe(201);
    const cookie = response.cookies.find((c) => c.name === 'crossgov_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const days = ((cookie?.expires?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(t.config.sessionDays - 0.01);
    expect(days).toBeLessThan(t.config.sessionDays + 0.01);
    const body = response.json();
    expect(body.user).toMatchObject({
      displayName: 'Aino',
      language: 'fi',
      emailVerified: false,
      version: 1,
    });
    expect(body.csrfToken).toEqual(expect.any(String));
  });

  it('stores the SHA-256 of the session cookie, never the cookie itself', async () => {
    const session = await signUpThroughApi(t.app);
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.userId, session.user.id));
    expect(rows.map((row) => row.id)).toEqual([sha256(session.cookie)]);
  });

  it('stores a salted scrypt hash with its parameters, not the password', async () => {
    const first = await signUpThroughApi(t.app);
    const second = await signUpThroughApi(t.app);
    const hashes = await Promise.all(
      [first, second].map(async (s) => {
        const [row] = await t.database.db.select().from(users).where(eq(users.id, s.user.id));
        return row?.passwordHash ?? '';
      }),
    );
    for (const hash of hashes) {
      expect(hash).toMatch(/^scrypt\$ln=\d+,r=\d+,p=\d+\$/);
      expect(hash).not.toContain(TEST_PASSWORD);
    }
    expect(hashes[0]).not.toBe(hashes[1]);
  });

  it('queues a verification e-mail with a link to the web app', async () => {
    const email = uniqueEmail('verify');
    await signUpThroughApi(t.app, { email });
    const mail = await latestMailTo(t.database.db, email);
    expect(mail?.bodyText).toContain(`${t.config.publicUrl}/verify-email?token=`);
  });

  it('records the new account in the audit log without any password hash', async () => {
    const session = await signUpThroughApi(t.app);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, session.user.id));
    expect(entry?.action).toBe('user.created');
    expect(JSON.stringify(entry)).not.toMatch(/scrypt|passwordHash/);
  });

  it('refuses a second account for the same address, whatever its case, naming the field', async () => {
    const email = uniqueEmail('twice');
    await signUpThroughApi(t.app, { email });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: email.toUpperCase(), password: TEST_PASSWORD, displayName: 'Again' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ field: 'body.email', message: 'already registered' }]);
  });

  it('names each invalid sign-up field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'not-an-address', password: 'short', displayName: '', language: 'xx' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const fields = response.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.email', 'body.password', 'body.displayName', 'body.language']),
    );
  });

  it('answers GET /api/session with the user and the CSRF token of the session', async () => {
    const session = await signUpThroughApi(t.app);
    const response = await inBrowser(t.app, session)({ method: 'GET', url: '/api/session' });
    expect(response.json()).toMatchObject({
      user: { id: session.user.id },
      csrfToken: session.csrfToken,
      oidc: { enabled: false },
    });
  });

  it('answers GET /api/session anonymously with nulls', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/session' });
    expect(response.json()).toMatchObject({ user: null, csrfToken: null });
  });

  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const session = await signUpThroughApi(t.app);
    const patch = { method: 'PATCH' as const, url: '/api/me', payload: { displayName: 'New', version: 1 } };
    expect((await inBrowser(t.app, session, { csrf: false })(patch)).statusCode).toBe(403);
    expect((await inBrowser(t.app, session)(patch)).statusCode).toBe(200);
  });

  it('logs in with the right password and gives the same answer for a wrong password or unknown address', async () => {
    const email = uniqueEmail('login');
    await signUpThroughApi(t.app, { email });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'not the password at all' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: uniqueEmail('nobody'), password: TEST_PASSWORD },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    const session = await logInThroughApi(t.app, email.toUpperCase());
    expect(session.user.email).toBe(email);
  });

  it('re-hashes a password stored with weaker parameters when its owner logs in', async () => {
    const email = uniqueEmail('legacy');
    const session = await signUpThroughApi(t.app, { email });
    const weak = await hashPassword(TEST_PASSWORD, { logN: 14, r: 8, p: 1 });
    await t.database.db.update(users).set({ passwordHash: weak }).where(eq(users.id, session.user.id));
    await logInThroughApi(t.app, email);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, session.user.id));
    expect(row?.passwordHash).not.toBe(weak);
    expect(needsRehash(row?.passwordHash ?? '')).toBe(false);
  });

  it('refuses to log in to a disabled account', async () => {
    const email = uniqueEmail('disabled');
    const session = await signUpThroughApi(t.app, { email });
    await t.database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, session.user.id));
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(401);
  });

  it('logs out: the session row is deleted and the cookie no longer signs in', async () => {
    const session = await signUpThroughApi(t.app);
    const logout = await inBrowser(t.app, session)({ method: 'POST', url: '/api/auth/logout' });
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies.find((c) => c.name === 'crossgov_session')?.value).toBe('');
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.userId, session.user.id));
    expect(rows).toHaveLength(0);
    const after = await inBrowser(t.app, session)({ method: 'GET', url: '/api/me' });
    expect(after.statusCode).toBe(401);
  });

  it('records each sign-in, with its method, and each sign-out in the audit log', async () => {
    const signedUp = await signUpThroughApi(t.app);
    const session = await logInThroughApi(t.app, signedUp.user.email);
    await inBrowser(t.app, session)({ method: 'POST', url: '/api/auth/logout' });
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, signedUp.user.id))
      .orderBy(auditLog.seq);
    expect(entries.map((entry) => [entry.action, entry.after])).toEqual([
      ['user.created', expect.anything()],
      ['user.signed_in', { method: 'password' }],
      ['user.signed_out', null],
    ]);
    expect(entries.every((entry) => entry.actorId === signedUp.user.id)).toBe(true);
  });

  it('replaces the browser’s previous session when it logs in again', async () => {
    const email = uniqueEmail('again');
    const first = await signUpThroughApi(t.app, { email });
    const second = await inBrowser(
      t.app,
      first,
    )({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
    expect(second.statusCode).toBe(200);
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.userId, first.user.id));
    expect(rows.map((row) => row.id)).not.toContain(sha256(first.cookie));
    expect(rows).toHaveLength(1);
  });
});

describe('a fresh instance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { COOKIE_SECURE: 'true' } });
  });
  afterAll(() => t.close());

  it('makes its first account platform admin and later ones members', async () => {
    const first = await signUpThroughApi(t.app);
    const second = await signUpThroughApi(t.app);
    expect(first.user.platformRole).toBe('admin');
    expect(second.user.platformRole).toBe('member');
  });

  it('marks the cookie Secure when COOKIE_SECURE is set', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: uniqueEmail(), password: TEST_PASSWORD, displayName: 'Secure' },
    });
    expect(response.cookies.find((c) => c.name === 'crossgov_session')?.secure).toBe(true);
  });
});
