import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';
import { organisationKeys } from './organisations.ts';

/** Spaces that asked this organisation to become a co-owner, still waiting for an answer. */
export function useCoOwnershipRequests(slug: string) {
  return useQuery({
    queryKey: organisationKeys.part(slug, 'owner-requests'),
    queryFn: () =>
      expectData(api.GET('/api/organisations/{slug}/owner-requests', { params: { path: { slug } } })),
  });
}

export function useDecideCoOwnership(organisationSlug: string) {
  return useMutation({
    mutationFn: ({ spaceSlug, id, accept }: { spaceSlug: string; id: string; accept: boolean }) =>
      expectSuccess(
        api.POST('/api/spaces/{slug}/owner-requests/{id}/decision', {
          params: { path: { slug: spaceSlug, id } },
          body: { accept },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['spaces'] });
      return queryClient.invalidateQueries({
        queryKey: organisationKeys.part(organisationSlug, 'owner-requests'),
      });
    },
  });
}
