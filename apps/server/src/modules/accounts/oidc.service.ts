import * as client from 'openid-client';
import { z } from 'zod';
import { publicLink } from './account.mail.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  displayName: string;
}

/** What the browser keeps between leaving for the provider and coming back (in a short-lived cookie). */
export const oidcFlowSchema = z.object({
  state: z.string().min(16).max(200),
  nonce: z.string().min(16).max(200),
  codeVerifier: z.string().min(43).max(128),
  returnTo: z.string().max(500),
});
export type OidcFlow = z.infer<typeof oidcFlowSchema>;

/** The person as the provider describes them: `sub` is stable, the rest may change between logins. */
export interface OidcProfile {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  locale: string | null;
}

export interface OidcLogin {
  readonly displayName: string;
  start(returnTo: string): Promise<{ url: string; flow: OidcFlow }>;
  finish(callbackQuery: string, flow: OidcFlow): Promise<OidcProfile>;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function stringClaim(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Authorization code flow with PKCE, state and nonce (openid-client v6). Discovery runs on first use and
 * is retried after a failure, so the server starts even while the provider is down.
 */
export function createOidcLogin(settings: OidcSettings, publicUrl: string): OidcLogin {
  const redirectUri = publicLink(publicUrl, '/api/auth/oidc/callback');
  let discovered: Promise<client.Configuration> | undefined;

  const configuration = () => {
    if (!discovered) {
      const issuer = new URL(settings.issuer);
      // Plain http is only acceptable for a provider on this machine (development and tests).
      const insecure = issuer.protocol === 'http:' && LOCAL_HOSTS.has(issuer.hostname);
      discovered = client
        .discovery(
          issuer,
          settings.clientId,
          settings.clientSecret ? { client_secret: settings.clientSecret } : undefined,
          settings.clientSecret ? client.ClientSecretBasic() : client.None(),
          { execute: insecure ? [client.allowInsecureRequests] : [], timeout: 10 },
        )
        .catch((error: unknown) => {
          discovered = undefined;
          throw error;
        });
    }
    return discovered;
  };

  return {
    displayName: settings.displayName,

    async start(returnTo) {
      const config = await configuration();
      const flow: OidcFlow = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        returnTo,
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return { url: url.href, flow };
    },

    async finish(callbackQuery, flow) {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, new URL(`${redirectUri}?${callbackQuery}`), {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('the provider returned no ID token');
      // Providers put e-mail and name in the ID token or only behind the userinfo endpoint; read both.
      const userInfo = config.serverMetadata().userinfo_endpoint
        ? await client.fetchUserInfo(config, tokens.access_token, idToken.sub)
        : {};
      const claims: Record<string, unknown> = { ...idToken, ...userInfo };
      const email = stringClaim(claims.email)?.toLowerCase() ?? null;
      return {
        issuer: idToken.iss,
        subject: idToken.sub,
        email,
        emailVerified: email !== null && (claims.email_verified === true || claims.email_verified === 'true'),
        name: stringClaim(claims.name) ?? stringClaim(claims.preferred_username),
        locale: stringClaim(claims.locale),
      };
    },
  };
}
