import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../lib/errors.ts';
import type { TranslationProvider } from './translation-provider.ts';

export const tooManyRequests = (message: string) => (_request: FastifyRequest, context: { after: string }) =>
  new AppError(429, 'rate_limited', `${message} Try again in ${context.after}.`);

/** Anonymous readers are counted per address; signed-in people are not (their writes have their own limits). */
export function anonymousReads(config: Config): RateLimitOptions {
  return {
    max: config.anonymousReadRateLimit,
    timeWindow: '1 minute',
    hook: 'preHandler',
    allowList: (request) => request.actor !== null,
    keyGenerator: (request) => `consultation-read|${request.ip}`,
    errorResponseBuilder: tooManyRequests('Too many requests from your address.'),
  };
}

export interface ConsultationDeps {
  db: Database;
  config: Config;
  translation: TranslationProvider | null;
}
