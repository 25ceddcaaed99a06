import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { noContent } from './account.dto.ts';
import type { AccountDeps } from './account.routes.ts';
import { type OidcFlow, type OidcLogin, oidcFlowSchema } from './oidc.service.ts';
import { signInWithOidc } from './oidc-account.service.ts';
import { sessionOptionsOf } from './session.routes.ts';
import { setSessionCookie } from './session-cookie.ts';

const tags = ['accounts'];
const FLOW_COOKIE = 'crossgov_oidc';
const FLOW_COOKIE_PATH = '/api/auth/oidc';
/** Long enough to type a password at the provider, short enough that a forgotten tab is harmless. */
const FLOW_MAX_AGE_SECONDS = 10 * 60;

/** A path on this site only: `//evil.example` and `/\evil.example` would leave it. */
const returnToSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/, 'a path on this site, such as /spaces')
  .default('/');

function encodeFlow(flow: OidcFlow): string {
  return Buffer.from(JSON.stringify(flow)).toString('base64url');
}

function decodeFlow(value: string | undefined): OidcFlow | null {
  if (!value) return null;
  try {
    const parsed = oidcFlowSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function flowCookieOptions(config: Config) {
  return { path: FLOW_COOKIE_PATH, httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure };
}

/** The browser is mid-navigation, so failures go back to the sign-in page with a code it can explain. */
function backToLogin(reply: FastifyReply, code: string) {
  return reply.redirect(`/login?sso_error=${encodeURIComponent(code)}`, 302);
}

/**
 * Single sign-on. The state, nonce and PKCE verifier are random per attempt and live only in an httpOnly
 * cookie scoped to these two routes: the values are secret, so the cookie needs no signature.
 */
export function registerOidcRoutes(
  app: FastifyInstance,
  deps: AccountDeps,
  login: OidcLogin | undefined,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = deps;

  r.get(
    '/api/auth/oidc/start',
    {
      schema: {
        tags,
        summary: 'Start single sign-on: redirects to the provider (404 when not configured)',
        querystring: z.object({ returnTo: returnToSchema }),
        response: { 302: noContent('To the sign-on provider') },
      },
    },
    async (request, reply) => {
      if (!login) throw notFound('Single sign-on (not configured on this instance)');
      let started: Awaited<ReturnType<OidcLogin['start']>>;
      try {
        started = await login.start(request.query.returnTo);
      } catch (error) {
        request.log.warn({ err: error }, 'single sign-on provider unavailable');
        return backToLogin(reply, 'sso_unavailable');
      }
      reply.setCookie(FLOW_COOKIE, encodeFlow(started.flow), {
        ...flowCookieOptions(config),
        maxAge: FLOW_MAX_AGE_SECONDS,
      });
      return reply.redirect(started.url, 302);
    },
  );

  r.get(
    '/api/auth/oidc/callback',
    {
      schema: {
        tags,
        summary: 'Where the provider sends the browser back; signs in and redirects to returnTo',
        querystring: z.object({
          code: z.string().max(4000).optional(),
          state: z.string().max(500).optional(),
          iss: z.string().max(500).optional(),
          error: z.string().max(200).optional(),
          error_description: z.string().max(2000).optional(),
        }),
        response: { 302: noContent('Back into the app, signed in, or to /login?sso_error=<code>') },
      },
    },
    async (request, reply) => {
      if (!login) throw notFound('Single sign-on (not configured on this instance)');
      const flow = decodeFlow(request.cookies[FLOW_COOKIE]);
      reply.clearCookie(FLOW_COOKIE, flowCookieOptions(config));
      if (!flow) return backToLogin(reply, 'sso_expired');
      if (request.query.error)
        return backToLogin(reply, request.query.error === 'access_denied' ? 'sso_cancelled' : 'sso_failed');
      const rawQuery = request.url.split('?')[1] ?? '';
      try {
        const profile = await login.finish(rawQuery, flow);
        const { session } = await signInWithOidc(db, profile, sessionOptionsOf(request, config.sessionDays));
        setSessionCookie(reply, config, session);
        return reply.redirect(flow.returnTo, 302);
      } catch (error) {
        if (error instanceof AppError) return backToLogin(reply, error.code);
        request.log.warn({ err: error }, 'single sign-on failed');
        return backToLogin(reply, 'sso_failed');
      }
    },
  );
}
