import type { Schemas } from '@crossgov/sdk';
import { useQuery } from '@tanstack/react-query';
import { fetchSession, sessionQueryKey } from './api-client.ts';
import { queryClient } from './query-client.ts';

export type Session = Schemas['Session'];
export type User = Schemas['User'];

/** Who is signed in, the CSRF token and the single sign-on offer. Shared by the whole app. */
export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** The signed-in user, or null while loading or when nobody is signed in. */
export function useCurrentUser(): User | null {
  return useSession().data?.user ?? null;
}

/** After sign-in or sign-up: the answer carries the new user and CSRF token, so no extra round trip. */
export function storeSignedIn(user: User, csrfToken: string): void {
  const previous = queryClient.getQueryData<Session>(sessionQueryKey);
  queryClient.setQueryData<Session>(sessionQueryKey, {
    user,
    csrfToken,
    oidc: previous?.oidc ?? { enabled: false, displayName: '' },
  });
}

/** Replaces the cached user after a profile change so the header and later PATCHes see the new version. */
export function storeUser(user: User): void {
  const previous = queryClient.getQueryData<Session>(sessionQueryKey);
  if (previous) queryClient.setQueryData<Session>(sessionQueryKey, { ...previous, user });
}

/** After sign-out every cached answer may hold private data, so all of it goes. */
export async function forgetSession(): Promise<void> {
  queryClient.removeQueries();
  await queryClient.fetchQuery({ queryKey: sessionQueryKey, queryFn: fetchSession });
}
