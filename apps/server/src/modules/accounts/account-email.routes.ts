import { emailSchema, passwordSchema } from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noContent } from './account.dto.ts';
import type { AccountDeps } from './account.routes.ts';
import {
  confirmPasswordReset,
  requestPasswordReset,
  resendVerification,
  verifyEmail,
} from './account-email.service.ts';
import { passwordResetRateLimit, resendVerificationRateLimit } from './rate-limits.ts';

const tags = ['accounts'];
const linkToken = z.string().min(20).max(200).describe('The token from the link in the e-mail');

/** The links sent by e-mail: address verification and password reset. */
export function registerAccountEmailRoutes(app: FastifyInstance, deps: AccountDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = deps;

  r.post(
    '/api/auth/verify-email',
    {
      schema: {
        tags,
        summary: 'Confirm an e-mail address with the token from the verification e-mail',
        body: z.object({ token: linkToken }),
        response: { 204: noContent('The address is verified') },
      },
    },
    async (request, reply) => {
      await verifyEmail(db, request.body.token);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/resend-verification',
    {
      config: { rateLimit: resendVerificationRateLimit(config) },
      schema: {
        tags,
        summary: 'Send the verification e-mail again (signed in; nothing happens when already verified)',
        response: { 204: noContent('Queued, or nothing to do') },
      },
    },
    async (request, reply) => {
      await resendVerification(db, config.publicUrl, request.actor);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/password-reset/request',
    {
      config: { rateLimit: passwordResetRateLimit(config) },
      schema: {
        tags,
        summary:
          'E-mail a password-reset link (always 202: the answer never reveals whether an account exists)',
        body: z.object({ email: emailSchema }),
        response: { 202: noContent('If the address has an account, a link is on its way') },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(db, config.publicUrl, request.body.email);
      return reply.status(202).send(null);
    },
  );

  r.post(
    '/api/auth/password-reset/confirm',
    {
      config: { rateLimit: passwordResetRateLimit(config) },
      schema: {
        tags,
        summary: 'Set a new password with the token from the reset e-mail (signs out every other session)',
        body: z.object({ token: linkToken, password: passwordSchema }),
        response: { 204: noContent('The password is changed') },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(db, request.body, request.actor?.sessionId);
      return reply.status(204).send(null);
    },
  );
}
