import { createCrossgovClient, type Schemas } from '@crossgov/sdk';
import { expectData } from './api-problem.ts';
import { queryClient } from './query-client.ts';

export const sessionQueryKey = ['session'] as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The one API client of the web app. Cookies travel with every request (the session cookie is httpOnly). */
export const api = createCrossgovClient({ baseUrl: '', credentials: 'include' });

/** Who is signed in and the CSRF token; cached under `sessionQueryKey` for the whole app. */
export function fetchSession(): Promise<Schemas['Session']> {
  return expectData(api.GET('/api/session'));
}

/**
 * Cookie-authenticated writes must echo the session's CSRF token. It comes from GET /api/session and lives
 * in the session query, so sign-in, sign-up and sign-out keep it current by updating that query.
 */
api.use({
  async onRequest({ request }) {
    if (SAFE_METHODS.has(request.method)) return request;
    // A write can start before the session has loaded (a page opened from an e-mail link posts at once).
    const session = await queryClient.ensureQueryData({ queryKey: sessionQueryKey, queryFn: fetchSession });
    if (session.csrfToken) request.headers.set('X-CSRF-Token', session.csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    // A session that ended elsewhere (password reset, expiry) makes the cached session stale.
    if (response.status === 401 && !request.url.endsWith('/api/session'))
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    return response;
  },
});
