import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { signUpThroughApi, uniqueEmail } from '../../../test/session-client.ts';

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
