import type { SpaceRole } from '@crossgov/shared';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';
import { spaceKeys } from './spaces.ts';

export const MEMBERS_PAGE = 50;

export function useSpaceMembers(slug: string, offset: number, enabled: boolean) {
  return useQuery({
    queryKey: [...spaceKeys.part(slug, 'members'), offset],
    queryFn: () =>
      expectData(
        api.GET('/api/spaces/{slug}/members', {
          params: { path: { slug }, query: { limit: MEMBERS_PAGE, offset } },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

const refreshSpace = (slug: string) => queryClient.invalidateQueries({ queryKey: spaceKeys.detail(slug) });

export function useChangeSpaceRole(slug: string) {
  return useMutation({
    // The version read with the list: a 409 if another manager changed the role since; the list then reloads.
    mutationFn: ({ userId, role, version }: { userId: string; role: SpaceRole; version: number }) =>
      expectSuccess(
        api.PATCH('/api/spaces/{slug}/members/{userId}', {
          params: { path: { slug, userId } },
          body: { role, version },
        }),
      ),
    onSettled: () => refreshSpace(slug),
  });
}

export function useRemoveSpaceMember(slug: string) {
  return useMutation({
    mutationFn: (userId: string) =>
      expectSuccess(
        api.DELETE('/api/spaces/{slug}/members/{userId}', { params: { path: { slug, userId } } }),
      ),
    onSuccess: () => refreshSpace(slug),
  });
}
