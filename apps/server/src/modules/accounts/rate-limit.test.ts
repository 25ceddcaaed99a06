import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { signUpThroughApi, TEST_PASSWORD, uniqueEmail } from '../../../test/session-client.ts';
import { buildApp } from '../../app.ts';

describe('rate limits on anonymous account routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    // LOGIN_RATE_LIMIT=3: three logins per address and e-mail per 15 minutes, nine sign-ups per hour.
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '3' } });
  });
  afterAll(() => t.close());

  const login = (email: string, remoteAddress = '198.51.100.7') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      payload: { email, password: 'a wrong password' },
    });

  it('answers 429 problem+json after too many logins for one e-mail from one address', async () => {
    const email = uniqueEmail('target');
    for (let attempt = 0; attempt < 3; attempt++) expect((await login(email)).statusCode).toBe(401);
    const blocked = await login(email);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(blocked.json()).toMatchObject({ status: 429, type: expect.stringMatching(/rate_limited$/) });
  });

  it('counts each e-mail and each address separately', async () => {
    const email = uniqueEmail('busy');
    for (let attempt = 0; attempt < 4; attempt++) await login(email, '198.51.100.8');
    expect((await login(email, '198.51.100.8')).statusCode).toBe(429);
    expect((await login(uniqueEmail('colleague'), '198.51.100.8')).statusCode).toBe(401);
    expect((await login(email, '198.51.100.9')).statusCode).toBe(401);
  });

  it('does not believe a forged X-Forwarded-For unless the operator trusts a proxy', async () => {
    const email = uniqueEmail('spoofed');
    const spoofed = (forwardedFor: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '198.51.100.10',
        headers: { 'x-forwarded-for': forwardedFor },
        payload: { email, password: 'a wrong password' },
      });
    for (let attempt = 0; attempt < 3; attempt++)
      expect((await spoofed(`203.0.113.${attempt}`)).statusCode).toBe(401);
    expect((await spoofed('203.0.113.99')).statusCode).toBe(429);
  });

  it('believes X-Forwarded-For from a proxy named in TRUST_PROXY', async () => {
    const behindProxy = await createTestApp({ env: { LOGIN_RATE_LIMIT: '3', TRUST_PROXY: '127.0.0.1' } });
    try {
      const email = uniqueEmail('proxied');
      for (let client = 0; client < 5; client++) {
        const response = await behindProxy.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '127.0.0.1',
          headers: { 'x-forwarded-for': `203.0.113.${client}` },
          payload: { email, password: 'a wrong password' },
        });
        expect(response.statusCode).toBe(401);
      }
    } finally {
      await behindProxy.close();
    }
  });

  it('shares one budget between app processes on the same database', async () => {
    // A second app on the same database, as a second process behind a load balancer would be.
    const second = await buildApp({ config: t.config, database: t.database, serveWeb: false });
    try {
      const email = uniqueEmail('balanced');
      const attempt = (app: typeof t.app) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '198.51.100.77',
          payload: { email, password: 'a wrong password' },
        });
      expect((await attempt(t.app)).statusCode).toBe(401);
      expect((await attempt(second)).statusCode).toBe(401);
      expect((await attempt(t.app)).statusCode).toBe(401);
      expect((await attempt(second)).statusCode).toBe(429);
    } finally {
      await second.close();
    }
  });

  it('slows down guessing one account from many addresses', async () => {
    const email = uniqueEmail('sprayed');
    // Five times the per-address budget of 3, spread over addresses that each stay under their own limit.
    for (let attempt = 0; attempt < 15; attempt++)
      expect((await login(email, `192.0.2.${attempt}`)).statusCode).toBe(401);
    expect((await login(email, '192.0.2.200')).statusCode).toBe(429);
    expect((await login(uniqueEmail('other'), '192.0.2.200')).statusCode).toBe(401);
  });

  it('counts only failed logins that reached the password check against the account', async () => {
    const email = uniqueEmail('hammered');
    // One address hammering the account is stopped per address after 3; those refusals do not count.
    for (let attempt = 0; attempt < 20; attempt++) await login(email, '192.0.2.250');
    expect((await login(email, '192.0.2.251')).statusCode).toBe(401);
    // The owner's own successful logins do not count either.
    const owner = await signUpThroughApi(t.app, { email: uniqueEmail('owner') });
    for (let attempt = 0; attempt < 16; attempt++) {
      const signIn = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `192.0.2.${100 + attempt}`,
        payload: { email: owner.user.email, password: TEST_PASSWORD },
      });
      expect(signIn.statusCode).toBe(200);
    }
  });

  it('limits password-reset requests per address', async () => {
    const request = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/request',
        remoteAddress: '198.51.100.20',
        payload: { email: uniqueEmail() },
      });
    for (let attempt = 0; attempt < 3; attempt++) expect((await request()).statusCode).toBe(202);
    expect((await request()).statusCode).toBe(429);
  });

  it('limits sign-ups per address', async () => {
    const signUp = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        remoteAddress: '198.51.100.30',
        payload: { email: uniqueEmail(), password: 'long enough password', displayName: 'Bulk' },
      });
    for (let attempt = 0; attempt < 9; attempt++) expect((await signUp()).statusCode).toBe(201);
    expect((await signUp()).statusCode).toBe(429);
    // Another address is not affected.
    expect((await signUpThroughApi(t.app)).user.email).toContain('@');
  });
});
