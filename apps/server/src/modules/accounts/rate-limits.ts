import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { AppError } from '../../lib/errors.ts';

/**
 * Limits on the routes that anonymous callers can hammer. LOGIN_RATE_LIMIT sets the login limit and scales
 * the others with it. Counters live in each process's memory: with several processes the limit is per process.
 */
const rateLimited = (_request: FastifyRequest, context: { after: string }) =>
  new AppError(429, 'rate_limited', `Too many attempts. Try again in ${context.after}.`);

function bodyEmail(request: FastifyRequest): string {
  const body: unknown = request.body;
  if (typeof body === 'object' && body !== null && 'email' in body && typeof body.email === 'string')
    return body.email.toLowerCase();
  return '';
}

/** Per address and e-mail: guessing one person's password is slow, and one busy office is not locked out. */
export function loginRateLimit(config: Config): RateLimitOptions {
  return {
    max: config.loginRateLimit,
    timeWindow: '15 minutes',
    // After validation, so the key uses the normalised e-mail address from the parsed body.
    hook: 'preHandler',
    keyGenerator: (request) => `${request.ip}|${bodyEmail(request)}`,
    errorResponseBuilder: rateLimited,
  };
}

/**
 * Failed logins per e-mail from any address, five times the per-address budget: guessing one account's password
 * from many addresses is slowed down too. Only failures count, so neither the account's owner signing in nor
 * attempts already refused per address can lock the account for everyone.
 * (The plugin runs one route limit per request, so this one is kept by hand.)
 */
export function failedLoginsPerAccount(app: FastifyInstance, config: Config) {
  const max = config.loginRateLimit * 5;
  const counter = app.createRateLimit({
    max,
    timeWindow: '15 minutes',
    keyGenerator: (request) => `account|${bodyEmail(request)}`,
  });
  return {
    /** Before checking the password: refuse while the account has had too many failures. */
    refuseWhenExceeded: async (request: FastifyRequest) => {
      const seen = await counter(request, { increment: false });
      if (!seen.isAllowed && seen.remaining === 0)
        throw new AppError(
          429,
          'rate_limited',
          `Too many failed attempts for this account. Try again in ${seen.ttlInSeconds} seconds.`,
        );
    },
    /** After a wrong password. */
    countFailure: async (request: FastifyRequest) => {
      await counter(request);
    },
  };
}

/** Per address: a generous hourly budget for new accounts (a ministry may sign up many people at once). */
export function signUpRateLimit(config: Config): RateLimitOptions {
  return { max: config.loginRateLimit * 3, timeWindow: '1 hour', errorResponseBuilder: rateLimited };
}

/** Per address, for password-reset requests and confirmations: each request may send an e-mail. */
export function passwordResetRateLimit(config: Config): RateLimitOptions {
  return { max: config.loginRateLimit, timeWindow: '15 minutes', errorResponseBuilder: rateLimited };
}

/** Per account: each resend queues an e-mail. */
export function resendVerificationRateLimit(config: Config): RateLimitOptions {
  return {
    max: config.loginRateLimit,
    timeWindow: '1 hour',
    hook: 'preHandler',
    keyGenerator: (request) => request.actor?.userId ?? request.ip,
    errorResponseBuilder: rateLimited,
  };
}
