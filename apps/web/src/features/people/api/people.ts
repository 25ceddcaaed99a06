import type { paths, Schemas } from '@crossgov/sdk';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, isApiProblem } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export type Person = Schemas['Person'];
export type ProfileInput = NonNullable<
  paths['/api/me/profile']['put']['requestBody']
>['content']['application/json'];

const myProfileKey = ['me', 'profile'] as const;

export function usePerson(userId: string) {
  return useQuery({
    queryKey: ['people', 'detail', userId],
    queryFn: () => expectData(api.GET('/api/people/{userId}', { params: { path: { userId } } })),
  });
}

/** My own profile, or null when I have not written one yet (the API answers 404). */
export function useMyProfile() {
  return useQuery({
    queryKey: myProfileKey,
    queryFn: async () => {
      try {
        return await expectData(api.GET('/api/me/profile'));
      } catch (error) {
        if (isApiProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useSaveProfile() {
  return useMutation({
    mutationFn: (input: ProfileInput) => expectData(api.PUT('/api/me/profile', { body: input })),
    onSuccess: (saved) => {
      queryClient.setQueryData(myProfileKey, saved);
      return queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}

export function refetchMyProfile() {
  return queryClient.fetchQuery({
    staleTime: 0,
    queryKey: myProfileKey,
    queryFn: () => expectData(api.GET('/api/me/profile')),
  });
}
