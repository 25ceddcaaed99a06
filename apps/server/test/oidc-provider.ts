/// <reference path="./oidc-provider-module.d.ts" />
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Account } from 'oidc-provider';

export interface TestOidcAccount {
  sub: string;
  email: string;
  name: string;
  /** Whether the provider vouches for the e-mail address (default true). */
  emailVerified?: boolean;
}

export interface OidcProviderOptions {
  /** Default: a random free port. */
  port?: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: TestOidcAccount[];
}

export interface RunningOidcProvider {
  /** `http://127.0.0.1:<port>` */
  issuer: string;
  stop(): Promise<void>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The provider's sign-in page: one field (user id or e-mail) and a submit button, for people and Playwright. */
function loginPage(uid: string, problem?: string): string {
  const action = `/interaction/${encodeURIComponent(uid)}/login`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Test identity provider: sign in</title></head>
<body>
<main>
<h1>Sign in to the test identity provider</h1>
${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
<label for="login">User name or e-mail</label>
<input id="login" name="login" type="text" autocomplete="username" required autofocus>
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>`;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(html);
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1 with one confidential client and fixed
 * accounts. Its interaction pages are our own: a login form, and consent granted at once (a first-party
 * client), so a test can drive the whole flow with fetch or a browser.
 */
export async function startOidcProvider(options: OidcProviderOptions): Promise<RunningOidcProvider> {
  const accountFor = (login: string) =>
    options.accounts.find((account) => account.sub === login || account.email === login.toLowerCase());

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    findAccount: async (_context, id): Promise<Account | undefined> => {
      const account = options.accounts.find((candidate) => candidate.sub === id);
      if (!account) return undefined;
      return {
        accountId: account.sub,
        claims: () => ({
          sub: account.sub,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          name: account.name,
        }),
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    jwks: {
      keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-signing-key', use: 'sig', alg: 'RS256' }],
    },
    pkce: { required: () => true },
    // Explicit lifetimes (seconds), short as befits a test; the defaults print a notice each.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
  });
  const providerHandler = provider.callback();

  /** First-party client: grant whatever OpenID scopes it asked for, and finish the interaction. */
  async function finishAs(request: IncomingMessage, response: ServerResponse, accountId: string) {
    const details = await provider.interactionDetails(request, response);
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    await provider.interactionFinished(
      request,
      response,
      { login: { accountId }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  async function interaction(request: IncomingMessage, response: ServerResponse, path: string[]) {
    const details = await provider.interactionDetails(request, response);
    if (request.method === 'GET' && path.length === 2) {
      // Already signed in at the provider: only consent is missing, which a first-party client gets at once.
      const accountId = details.session?.accountId;
      if (details.prompt.name === 'consent' && accountId) return finishAs(request, response, accountId);
      return sendHtml(response, 200, loginPage(details.uid));
    }
    if (request.method === 'POST' && path[2] === 'login') {
      const login = (await readForm(request)).get('login')?.trim() ?? '';
      const account = accountFor(login);
      if (!account) return sendHtml(response, 401, loginPage(details.uid, `No test account "${login}".`));
      return finishAs(request, response, account.sub);
    }
    sendHtml(response, 404, '<!doctype html><title>Not found</title>');
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0]?.split('/').filter(Boolean) ?? [];
    if (path[0] !== 'interaction') return providerHandler(request, response);
    interaction(request, response, path).catch((error: unknown) => {
      if (!response.headersSent)
        sendHtml(response, 400, `<!doctype html><title>Error</title><p>${escapeHtml(String(error))}</p>`);
      else response.end();
    });
  });

  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
