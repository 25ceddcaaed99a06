import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';
import { organisationKeys } from './organisations.ts';

export function useJoinRequests(slug: string) {
  return useQuery({
    queryKey: organisationKeys.part(slug, 'join-requests'),
    queryFn: () =>
      expectData(api.GET('/api/organisations/{slug}/join-requests', { params: { path: { slug } } })),
  });
}

export function useRequestToJoin(slug: string) {
  return useMutation({
    mutationFn: (message: string) =>
      expectData(
        api.POST('/api/organisations/{slug}/join-requests', {
          params: { path: { slug } },
          body: message.trim() ? { message: message.trim() } : {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.detail(slug) }),
  });
}

export function useDecideJoinRequest(slug: string) {
  return useMutation({
    mutationFn: ({ id, approve }: { id: string; approve: boolean }) =>
      expectSuccess(
        api.POST('/api/organisations/{slug}/join-requests/{id}/decision', {
          params: { path: { slug, id } },
          body: { approve },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.detail(slug) }),
  });
}
