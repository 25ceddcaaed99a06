import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import {
  inBrowser,
  logInThroughApi,
  signUpThroughApi,
  TEST_PASSWORD,
  uniqueEmail,
} from '../../../test/session-client.ts';

describe('my account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 401 to anonymous callers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('changes the display name and language and bumps the version', async () => {
    const session = await signUpThroughApi(t.app);
    const response = await inBrowser(
      t.app,
      session,
    )({ method: 'PATCH', url: '/api/me', payload: { displayName: 'Amira', language: 'ar', version: 1 } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ displayName: 'Amira', language: 'ar', version: 2 });
  });

  it('refuses a stale version with 409 and keeps the newer change', async () => {
    const session = await signUpThroughApi(t.app);
    const edit = (displayName: string) =>
      inBrowser(t.app, session)({ method: 'PATCH', url: '/api/me', payload: { displayName, version: 1 } });
    expect((await edit('First tab')).statusCode).toBe(200);
    const stale = await edit('Second tab');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0].field).toBe('version');
    const me = await inBrowser(t.app, session)({ method: 'GET', url: '/api/me' });
    expect(me.json().displayName).toBe('First tab');
  });

  it('names an unsupported language', async () => {
    const session = await signUpThroughApi(t.app);
    const response = await inBrowser(
      t.app,
      session,
    )({ method: 'PATCH', url: '/api/me', payload: { language: 'tlh', version: 1 } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.language');
  });

  it('refuses a password change with the wrong current password', async () => {
    const session = await signUpThroughApi(t.app);
    const response = await inBrowser(
      t.app,
      session,
    )({
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: 'not my password', newPassword: 'another long passphrase' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].field).toBe('body.currentPassword');
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const email = uniqueEmail('change');
    const here = await signUpThroughApi(t.app, { email });
    const elsewhere = await logInThroughApi(t.app, email);
    const response = await inBrowser(
      t.app,
      here,
    )({
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase' },
    });
    expect(response.statusCode).toBe(204);
    expect((await inBrowser(t.app, here)({ method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    expect((await inBrowser(t.app, elsewhere)({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    expect((await logInThroughApi(t.app, email, 'another long passphrase')).user.email).toBe(email);
  });
});
