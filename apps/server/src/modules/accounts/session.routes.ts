import { loginSchema, signUpSchema } from '@crossgov/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/errors.ts';
import { noContent, sessionOut, signedInOut } from './account.dto.ts';
import { findUserById } from './account.repo.ts';
import type { AccountDeps } from './account.routes.ts';
import { logIn, type SessionOptions, signUp, toUserView } from './account.service.ts';
import { SESSION_COOKIE } from './actor.repo.ts';
import { failedLoginsPerAccount, loginRateLimit, signUpRateLimit } from './rate-limits.ts';
import { endSessionBySecret, signOut } from './session.service.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';

const tags = ['accounts'];

export function sessionOptionsOf(request: FastifyRequest, sessionDays: number): SessionOptions {
  return {
    sessionDays,
    userAgent: request.headers['user-agent'],
    previousSecret: request.cookies[SESSION_COOKIE],
  };
}

function csrfTokenOf(actor: FastifyRequest['actor']): string | null {
  if (actor?.via !== 'session' || !('csrfToken' in actor)) return null;
  return typeof actor.csrfToken === 'string' ? actor.csrfToken : null;
}

export function registerSessionRoutes(app: FastifyInstance, deps: AccountDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = deps;

  r.get(
    '/api/session',
    {
      schema: {
        tags,
        summary: 'Who is signed in, the CSRF token for writes, and whether single sign-on is offered',
        response: { 200: sessionOut },
      },
    },
    async (request) => {
      const user = request.actor ? await findUserById(db, request.actor.userId) : undefined;
      return {
        user: user ? toUserView(user) : null,
        csrfToken: csrfTokenOf(request.actor),
        oidc: { enabled: config.oidc !== undefined, displayName: config.oidc?.displayName ?? '' },
      };
    },
  );

  r.post(
    '/api/auth/signup',
    {
      config: { rateLimit: signUpRateLimit(config) },
      schema: {
        tags,
        summary: 'Create an account with e-mail and password (signs in and sends a verification e-mail)',
        body: signUpSchema,
        response: { 201: signedInOut },
      },
    },
    async (request, reply) => {
      const { user, session } = await signUp(
        db,
        config.publicUrl,
        request.body,
        sessionOptionsOf(request, config.sessionDays),
      );
      setSessionCookie(reply, config, session);
      return reply.status(201).send({ user: toUserView(user), csrfToken: session.csrfToken });
    },
  );

  const failedLogins = failedLoginsPerAccount(r, config);
  r.post(
    '/api/auth/login',
    {
      config: { rateLimit: loginRateLimit(config) },
      preHandler: failedLogins.refuseWhenExceeded,
      schema: {
        tags,
        summary: 'Sign in with e-mail and password (rate-limited per address and e-mail)',
        body: loginSchema,
        response: { 200: signedInOut },
      },
    },
    async (request, reply) => {
      const signedIn = await logIn(db, request.body, sessionOptionsOf(request, config.sessionDays)).catch(
        async (error: unknown) => {
          if (error instanceof AppError && error.code === 'invalid_credentials')
            await failedLogins.countFailure(request);
          throw error;
        },
      );
      setSessionCookie(reply, config, signedIn.session);
      return { user: toUserView(signedIn.user), csrfToken: signedIn.session.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      schema: { tags, summary: 'Sign out of this browser', response: { 204: noContent('Signed out') } },
    },
    async (request, reply) => {
      if (request.actor?.sessionId) await signOut(db, request.actor, request.actor.sessionId);
      else {
        // A cookie whose session is already gone: make sure it is really gone.
        const cookie = request.cookies[SESSION_COOKIE];
        if (cookie) await endSessionBySecret(db, cookie);
      }
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );
}
