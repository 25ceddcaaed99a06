import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';
import { forbidden, unauthorized } from '../lib/errors.ts';
import { safeEqual } from '../lib/tokens.ts';
import { actorFromSession, actorFromToken, SESSION_COOKIE } from '../modules/accounts/actor.repo.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Resolves the actor of every API request. Cookie-authenticated writes must echo the session's CSRF token
 * in the X-CSRF-Token header; token-authenticated writes need the `write` scope. Requests without
 * credentials go on as anonymous: each service decides what anonymous may do (default deny).
 */
export function registerAuth(app: FastifyInstance, db: Database): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const authorization = request.headers.authorization;
    if (authorization) {
      const [scheme, token] = authorization.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token)
        throw unauthorized('Use "Authorization: Bearer <token>".');
      const actor = await actorFromToken(db, token);
      if (!actor) throw unauthorized('The API token is unknown, expired or revoked.');
      if (!SAFE_METHODS.has(request.method) && !actor.scopes.has('write'))
        throw forbidden('This API token is read-only; create one with the "write" scope.');
      request.actor = actor;
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const actor = await actorFromSession(db, cookie);
    if (!actor) return;
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, actor.csrfToken))
        throw forbidden('Missing or wrong X-CSRF-Token header (get it from GET /api/session).');
    }
    request.actor = actor;
  });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}
