import type { FastifyReply } from 'fastify';
import type { Config } from '../../config.ts';
import { SESSION_COOKIE } from './actor.repo.ts';
import type { NewSession } from './session.service.ts';

/** httpOnly so scripts cannot read it; SameSite=Lax plus the CSRF header keeps other sites from using it. */
function cookieOptions(config: Config) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure };
}

export function setSessionCookie(reply: FastifyReply, config: Config, session: NewSession): void {
  reply.setCookie(SESSION_COOKIE, session.secret, { ...cookieOptions(config), expires: session.expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
}
