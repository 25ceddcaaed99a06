import type { PlatformRole, TokenScope } from '@crossgov/shared';
import { unauthorized } from './errors.ts';

/** Who is making a request, resolved once by the auth plugin from a session cookie or an API token. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  platformRole: PlatformRole;
  emailVerified: boolean;
  via: 'session' | 'token';
  sessionId?: string;
  scopes: ReadonlySet<TokenScope>;
}

export function isAdmin(actor: Actor | null): boolean {
  return actor?.platformRole === 'admin';
}

/** The signed-in actor, or a 401 for anonymous callers. */
export function signedIn(actor: Actor | null, message = 'Sign in to do this.'): Actor {
  if (!actor) throw unauthorized(message);
  return actor;
}
