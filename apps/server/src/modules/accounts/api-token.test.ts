import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { type BrowserSession, inBrowser, signUpThroughApi } from '../../../test/session-client.ts';
import { sha256 } from '../../lib/tokens.ts';
import { apiTokens } from './account.table.ts';

describe('personal API tokens', () => {
  let t: TestApp;
  let session: BrowserSession;
  beforeAll(async () => {
    t = await createTestApp();
    session = await signUpThroughApi(t.app);
  });
  afterAll(() => t.close());

  async function createToken(scopes: string[], extra: Record<string, unknown> = {}) {
    const response = await inBrowser(
      t.app,
      session,
    )({ method: 'POST', url: '/api/me/tokens', payload: { name: 'CLI', scopes, ...extra } });
    expect(response.statusCode).toBe(201);
    return response.json() as { token: string; apiToken: { id: string; prefix: string } };
  }

  const withToken = (token: string, method: 'GET' | 'PATCH' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });

  it('shows the secret once and stores only its hash, keeping a prefix for display', async () => {
    const { token, apiToken } = await createToken(['read']);
    expect(token).toMatch(/^cg_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, apiToken.id));
    expect(row?.tokenHash).toBe(sha256(token));
    const list = await inBrowser(t.app, session)({ method: 'GET', url: '/api/me/tokens' });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(apiToken.id);
    expect(list.body).not.toContain(token);
  });

  it('lets a read-only token read but not write', async () => {
    const { token } = await createToken(['read']);
    expect((await withToken(token, 'GET', '/api/me')).statusCode).toBe(200);
    const write = await withToken(token, 'PATCH', '/api/me', { displayName: 'Nope', version: 1 });
    expect(write.statusCode).toBe(403);
  });

  it('lets a write token write', async () => {
    const { token } = await createToken(['read', 'write']);
    const me = (await withToken(token, 'GET', '/api/me')).json();
    const write = await withToken(token, 'PATCH', '/api/me', {
      displayName: 'Via token',
      version: me.version,
    });
    expect(write.statusCode).toBe(200);
  });

  it('answers 401 once a token is revoked', async () => {
    const { token, apiToken } = await createToken(['read']);
    const revoke = await inBrowser(
      t.app,
      session,
    )({ method: 'DELETE', url: `/api/me/tokens/${apiToken.id}` });
    expect(revoke.statusCode).toBe(204);
    expect((await withToken(token, 'GET', '/api/me')).statusCode).toBe(401);
    const list = await inBrowser(t.app, session)({ method: 'GET', url: '/api/me/tokens' });
    const listed = list.json().items.find((item: { id: string }) => item.id === apiToken.id);
    expect(listed.revokedAt).toEqual(expect.any(String));
  });

  it('answers 401 once a token has expired', async () => {
    const { token, apiToken } = await createToken(['read'], { expiresInDays: 30 });
    expect((await withToken(token, 'GET', '/api/me')).statusCode).toBe(200);
    await t.database.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, apiToken.id));
    expect((await withToken(token, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('does not let a token mint more tokens', async () => {
    const { token } = await createToken(['read', 'write']);
    const response = await withToken(token, 'POST', '/api/me/tokens', { name: 'child', scopes: ['write'] });
    expect(response.statusCode).toBe(403);
  });

  it('does not let someone revoke another person’s token', async () => {
    const { apiToken } = await createToken(['read']);
    const other = await signUpThroughApi(t.app);
    const response = await inBrowser(
      t.app,
      other,
    )({ method: 'DELETE', url: `/api/me/tokens/${apiToken.id}` });
    expect(response.statusCode).toBe(404);
  });

  it('names an unknown scope', async () => {
    const response = await inBrowser(
      t.app,
      session,
    )({ method: 'POST', url: '/api/me/tokens', payload: { name: 'x', scopes: ['admin'] } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toMatch(/^body\.scopes/);
  });
});
