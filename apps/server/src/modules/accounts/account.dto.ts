import { PLATFORM_ROLES, TOKEN_SCOPES } from '@crossgov/shared';
import { z } from 'zod';
import { timestampOut } from '../../lib/schemas.ts';

export const userOut = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    platformRole: z.enum(PLATFORM_ROLES),
    language: z.string(),
    emailVerified: z.boolean(),
    createdAt: timestampOut,
    version: z.number().int(),
  })
  .meta({ id: 'User' });

export const signedInOut = z
  .object({
    user: userOut,
    csrfToken: z.string().describe('Send it back in the X-CSRF-Token header on every write'),
  })
  .meta({ id: 'SignedIn' });

export const sessionOut = z
  .object({
    user: userOut.nullable(),
    csrfToken: z.string().nullable().describe('Null when signed out or signed in with an API token'),
    oidc: z.object({ enabled: z.boolean(), displayName: z.string() }),
  })
  .meta({ id: 'Session' });

export const apiTokenOut = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the token, to recognise it'),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    createdAt: timestampOut,
    lastUsedAt: timestampOut.nullable(),
    expiresAt: timestampOut.nullable(),
    revokedAt: timestampOut.nullable(),
  })
  .meta({ id: 'ApiToken' });

export type UserView = z.infer<typeof userOut>;
export type ApiTokenView = z.infer<typeof apiTokenOut>;

/** A 204 answer: OpenAPI shows the description and no body. */
export const noContent = (description: string) => z.null().describe(description);
