import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { type RunningOidcProvider, startOidcProvider } from '../../../test/oidc-provider.ts';
import { cookieFrom, signUpThroughApi } from '../../../test/session-client.ts';
import { oidcIdentities, users } from './account.table.ts';

const CLIENT = { clientId: 'crossgov-test', clientSecret: 'a-test-client-secret-of-reasonable-length' };
const REDIRECT_URI = 'http://localhost:3000/api/auth/oidc/callback';
const ACCOUNTS = [
  { sub: 'ext-1001', email: 'leila.haddad@agency.example', name: 'Leila Haddad' },
  { sub: 'ext-1002', email: 'existing.person@agency.example', name: 'Existing Person' },
  { sub: 'ext-1003', email: 'unverified@agency.example', name: 'Not Vouched For', emailVerified: false },
  { sub: 'ext-1004', email: 'returning@agency.example', name: 'Returning Person' },
];

/** The provider's cookies, kept the way a browser would keep them for one site. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const split = pair.indexOf('=');
      const name = pair.slice(0, split).trim();
      const value = pair.slice(split + 1).trim();
      if (value === '' || /expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

type ProviderStep = { kind: 'page'; url: string; html: string } | { kind: 'callback'; url: URL };

/** Follows the provider's redirects until it shows a page or sends the browser back to Crossgov. */
async function follow(jar: CookieJar, start: string, init: RequestInit = {}): Promise<ProviderStep> {
  let url = new URL(start);
  let request = init;
  for (let hop = 0; hop < 10; hop++) {
    if (url.href.startsWith(REDIRECT_URI)) return { kind: 'callback', url };
    const response = await fetch(url, {
      ...request,
      redirect: 'manual',
      headers: { ...(request.headers as Record<string, string>), cookie: jar.header() },
    });
    jar.store(response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      request = {};
      continue;
    }
    return { kind: 'page', url: url.href, html: await response.text() };
  }
  throw new Error('too many redirects');
}

describe('single sign-on against a real OpenID provider', () => {
  let provider: RunningOidcProvider;
  let t: TestApp;
  beforeAll(async () => {
    provider = await startOidcProvider({ ...CLIENT, redirectUri: REDIRECT_URI, accounts: ACCOUNTS });
    t = await createTestApp({
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: CLIENT.clientId,
        OIDC_CLIENT_SECRET: CLIENT.clientSecret,
        OIDC_DISPLAY_NAME: 'Agency sign-on',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await provider.stop();
  });

  /** Start at Crossgov, type `login` into the provider's form, and come back to the callback. */
  async function signInAs(login: string, returnTo = '/spaces') {
    const start = await t.app.inject({
      method: 'GET',
      url: `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`,
    });
    expect(start.statusCode).toBe(302);
    const flowCookie = cookieFrom(start, 'crossgov_oidc');
    const jar = new CookieJar();
    const page = await follow(jar, start.headers.location ?? '');
    if (page.kind !== 'page') throw new Error('expected the provider’s login page');
    const action = /<form method="post" action="([^"]+)"/.exec(page.html)?.[1];
    expect(action).toBeDefined();
    const back = await follow(jar, new URL(action ?? '', page.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login }).toString(),
    });
    if (back.kind !== 'callback') throw new Error(`expected a redirect back, got: ${back.html}`);
    return t.app.inject({
      method: 'GET',
      url: `${back.url.pathname}${back.url.search}`,
      cookies: flowCookie ? { crossgov_oidc: flowCookie } : {},
    });
  }

  async function sessionAfter(callback: Awaited<ReturnType<typeof signInAs>>) {
    const cookie = cookieFrom(callback, 'crossgov_session') ?? '';
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      cookies: { crossgov_session: cookie },
    });
    return response.json();
  }

  it('tells the web app that single sign-on is offered, and under which name', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/session' });
    expect(response.json().oidc).toEqual({ enabled: true, displayName: 'Agency sign-on' });
  });

  it('sends the browser to the provider with PKCE, state and nonce', async () => {
    const start = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    const location = new URL(start.headers.location ?? '');
    expect(location.origin).toBe(provider.issuer);
    for (const parameter of ['state', 'nonce', 'code_challenge'])
      expect(location.searchParams.get(parameter)).toEqual(expect.any(String));
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    const cookie = start.cookies.find((c) => c.name === 'crossgov_oidc');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc' });
  });

  it('creates an account for a new identity, signs it in and returns to the page it came from', async () => {
    const callback = await signInAs('ext-1001', '/spaces/shared-climate');
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/spaces/shared-climate');
    const session = await sessionAfter(callback);
    expect(session.user).toMatchObject({
      email: 'leila.haddad@agency.example',
      displayName: 'Leila Haddad',
      emailVerified: true,
    });
    expect(session.csrfToken).toEqual(expect.any(String));
    const [identity] = await t.database.db
      .select()
      .from(oidcIdentities)
      .where(eq(oidcIdentities.subject, 'ext-1001'));
    expect(identity).toMatchObject({ issuer: provider.issuer, userId: session.user.id });
    const [row] = await t.database.db.select().from(users).where(eq(users.id, session.user.id));
    expect(row?.passwordHash).toBeNull();
  });

  it('finds the same account on the next sign-in', async () => {
    const first = await sessionAfter(await signInAs('ext-1004'));
    const second = await sessionAfter(await signInAs('returning@agency.example'));
    expect(second.user.id).toBe(first.user.id);
  });

  it('links an existing account by an e-mail address the provider has verified', async () => {
    const existing = await signUpThroughApi(t.app, { email: 'existing.person@agency.example' });
    expect(existing.user.emailVerified).toBe(false);
    const session = await sessionAfter(await signInAs('ext-1002'));
    expect(session.user.id).toBe(existing.user.id);
    expect(session.user.emailVerified).toBe(true);
  });

  it('does not hand an existing account to an unverified provider address', async () => {
    const existing = await signUpThroughApi(t.app, { email: 'unverified@agency.example' });
    const callback = await signInAs('ext-1003');
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/login?sso_error=sso_email_unverified');
    expect(cookieFrom(callback, 'crossgov_session')).toBeUndefined();
    const links = await t.database.db
      .select()
      .from(oidcIdentities)
      .where(eq(oidcIdentities.userId, existing.user.id));
    expect(links).toHaveLength(0);
  });

  it('refuses a callback without the browser’s flow cookie', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=abc&state=def' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/login?sso_error=sso_expired');
  });

  it('refuses a callback whose state does not match the flow cookie', async () => {
    const start = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    const flowCookie = cookieFrom(start, 'crossgov_oidc') ?? '';
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/auth/oidc/callback?code=forged&state=not-the-state',
      cookies: { crossgov_oidc: flowCookie },
    });
    expect(response.headers.location).toBe('/login?sso_error=sso_failed');
    expect(cookieFrom(response, 'crossgov_session')).toBeUndefined();
  });

  it.each(['//evil.example/', '/\\evil.example', 'https://evil.example/'])(
    'refuses to return to %s after signing in',
    async (returnTo) => {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('querystring.returnTo');
    },
  );
});

describe('single sign-on when not configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 404 problem+json', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
