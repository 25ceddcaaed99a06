import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { latestMailTo, mailCountTo, tokenFromLink } from '../../../test/outbox-reader.ts';
import {
  inBrowser,
  logInThroughApi,
  signUpThroughApi,
  TEST_PASSWORD,
  uniqueEmail,
} from '../../../test/session-client.ts';
import { emailTokens } from './account.table.ts';

const NEW_PASSWORD = 'a completely new passphrase';

describe('e-mail verification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function signUpAndReadToken() {
    const email = uniqueEmail('verify');
    const session = await signUpThroughApi(t.app, { email });
    const mail = await latestMailTo(t.database.db, email);
    return { email, session, token: tokenFromLink(mail?.bodyText ?? '', '/verify-email') };
  }

  const verify = (token: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: { token } });

  it('verifies the address with the token from the e-mail', async () => {
    const { session, token } = await signUpAndReadToken();
    expect((await verify(token)).statusCode).toBe(204);
    const me = await inBrowser(t.app, session)({ method: 'GET', url: '/api/me' });
    expect(me.json().emailVerified).toBe(true);
  });

  it('writes the verification mail in the language the person signed up in', async () => {
    const email = uniqueEmail('verify-sv');
    await signUpThroughApi(t.app, { email, displayName: 'Sara Lind', language: 'sv' });
    const mail = await latestMailTo(t.database.db, email);
    expect(mail?.subject).toBe('Bekräfta din e-postadress för Crossgov');
    expect(mail?.bodyText).toContain('Hej Sara Lind!');
    expect((await verify(tokenFromLink(mail?.bodyText ?? '', '/verify-email'))).statusCode).toBe(204);
  });

  it('stores only the hash of the token', async () => {
    const { session, token } = await signUpAndReadToken();
    const rows = await t.database.db
      .select()
      .from(emailTokens)
      .where(eq(emailTokens.userId, session.user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(token);
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a token only once', async () => {
    const { token } = await signUpAndReadToken();
    expect((await verify(token)).statusCode).toBe(204);
    const again = await verify(token);
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0].field).toBe('body.token');
  });

  it('refuses a token after 24 hours', async () => {
    const { session, token } = await signUpAndReadToken();
    await t.database.db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.userId, session.user.id));
    expect((await verify(token)).statusCode).toBe(422);
  });

  it('refuses an unknown token', async () => {
    expect((await verify('x'.repeat(43))).statusCode).toBe(422);
  });

  it('resends the e-mail to a signed-in, unverified person only', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/auth/resend-verification' });
    expect(anonymous.statusCode).toBe(401);
    const { email, session } = await signUpAndReadToken();
    const resend = await inBrowser(t.app, session)({ method: 'POST', url: '/api/auth/resend-verification' });
    expect(resend.statusCode).toBe(204);
    expect(await mailCountTo(t.database.db, email)).toBe(2);
  });
});

describe('password reset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const request = (email: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email } });
  const confirm = (token: string, password = NEW_PASSWORD) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password } });

  async function resetToken(email: string): Promise<string> {
    expect((await request(email)).statusCode).toBe(202);
    const mail = await latestMailTo(t.database.db, email);
    expect(mail?.subject).toMatch(/reset/i);
    return tokenFromLink(mail?.bodyText ?? '', '/reset-password');
  }

  it('answers 202 for an unknown address and sends nothing', async () => {
    const email = uniqueEmail('nobody');
    const response = await request(email);
    expect(response.statusCode).toBe(202);
    expect(await mailCountTo(t.database.db, email)).toBe(0);
  });

  it('sets the new password: the old one stops working, the new one works', async () => {
    const email = uniqueEmail('reset');
    await signUpThroughApi(t.app, { email });
    expect((await confirm(await resetToken(email))).statusCode).toBe(204);
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: TEST_PASSWORD },
    });
    expect(old.statusCode).toBe(401);
    expect((await logInThroughApi(t.app, email, NEW_PASSWORD)).user.email).toBe(email);
  });

  it('ends every other session of the account', async () => {
    const email = uniqueEmail('reset');
    const laptop = await signUpThroughApi(t.app, { email });
    const phone = await logInThroughApi(t.app, email);
    expect((await confirm(await resetToken(email))).statusCode).toBe(204);
    for (const session of [laptop, phone]) {
      const response = await inBrowser(t.app, session)({ method: 'GET', url: '/api/session' });
      expect(response.json().user).toBeNull();
    }
  });

  it('marks the address verified, since the link arrived there', async () => {
    const email = uniqueEmail('reset');
    await signUpThroughApi(t.app, { email });
    await confirm(await resetToken(email));
    const session = await logInThroughApi(t.app, email, NEW_PASSWORD);
    expect(session.user.emailVerified).toBe(true);
  });

  it('accepts a reset token only once and refuses a short password', async () => {
    const email = uniqueEmail('reset');
    await signUpThroughApi(t.app, { email });
    const token = await resetToken(email);
    const short = await confirm(token, 'short');
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('body.password');
    expect((await confirm(token)).statusCode).toBe(204);
    expect((await confirm(token, 'yet another passphrase')).statusCode).toBe(422);
  });

  it('refuses a verification token as a reset token', async () => {
    const email = uniqueEmail('reset');
    await signUpThroughApi(t.app, { email });
    const mail = await latestMailTo(t.database.db, email);
    const verificationToken = tokenFromLink(mail?.bodyText ?? '', '/verify-email');
    expect((await confirm(verificationToken)).statusCode).toBe(422);
  });
});
