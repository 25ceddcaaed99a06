import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';
import { spaceKeys } from './spaces.ts';

export function useSpaceOwnerRequests(slug: string) {
  return useQuery({
    queryKey: spaceKeys.part(slug, 'owner-requests'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/owner-requests', { params: { path: { slug } } })),
  });
}

export function useRequestCoOwnership(slug: string) {
  return useMutation({
    mutationFn: (organisationId: string) =>
      expectData(
        api.POST('/api/spaces/{slug}/owner-requests', {
          params: { path: { slug } },
          body: { organisationId },
        }),
      ),
    // An organisation I administer becomes an owner at once, others get a request: refresh both.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: spaceKeys.detail(slug) }),
  });
}

export function useRemoveSpaceOwner(slug: string) {
  return useMutation({
    mutationFn: (organisationId: string) =>
      expectSuccess(
        api.DELETE('/api/spaces/{slug}/owners/{organisationId}', {
          params: { path: { slug, organisationId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: spaceKeys.detail(slug) }),
  });
}
