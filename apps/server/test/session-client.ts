import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export const TEST_PASSWORD = 'correct horse battery staple';

/** A browser session as the API sees it: the cookie value and the CSRF token for writes. */
export interface BrowserSession {
  cookie: string;
  csrfToken: string;
  user: { id: string; email: string; version: number; platformRole: string; emailVerified: boolean };
}

export function uniqueEmail(label = 'person'): string {
  return `${label}.${randomBytes(5).toString('hex')}@example.org`;
}

/** The value of one cookie from a response's Set-Cookie headers, or undefined. */
export function cookieFrom(response: LightMyRequestResponse, name: string): string | undefined {
  return response.cookies.find((cookie) => cookie.name === name)?.value;
}

function toSession(response: LightMyRequestResponse, expected: number): BrowserSession {
  if (response.statusCode !== expected) throw new Error(`expected ${expected}: ${response.body}`);
  const cookie = cookieFrom(response, 'crossgov_session');
  if (!cookie) throw new Error('no session cookie was set');
  const body = response.json() as { user: BrowserSession['user']; csrfToken: string };
  return { cookie, csrfToken: body.csrfToken, user: body.user };
}

export async function signUpThroughApi(
  app: FastifyInstance,
  overrides: { email?: string; password?: string; displayName?: string; language?: string } = {},
): Promise<BrowserSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: {
      email: overrides.email ?? uniqueEmail(),
      password: overrides.password ?? TEST_PASSWORD,
      displayName: overrides.displayName ?? 'Test Person',
      language: overrides.language ?? 'en',
    },
  });
  return toSession(response, 201);
}

export async function logInThroughApi(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<BrowserSession> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  return toSession(response, 200);
}

/** `app.inject` from this browser: sends the cookie, and the CSRF header unless told not to. */
export function inBrowser(app: FastifyInstance, session: BrowserSession, options: { csrf?: boolean } = {}) {
  return (request: InjectOptions) =>
    app.inject({
      ...request,
      cookies: { ...(request.cookies ?? {}), crossgov_session: session.cookie },
      headers: {
        ...(request.headers ?? {}),
        ...(options.csrf === false ? {} : { 'x-csrf-token': session.csrfToken }),
      },
    });
}
