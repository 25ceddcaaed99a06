import type { paths, Schemas } from '@crossgov/sdk';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export type Network = Schemas['Network'];
export type NetworkMember = Schemas['NetworkMember'];
export type NetworkJoinRequest = Schemas['NetworkJoinRequest'];
export type NetworkInput = NonNullable<
  paths['/api/networks']['post']['requestBody']
>['content']['application/json'];

export const networkKeys = {
  all: ['networks'] as const,
  detail: (slug: string) => ['networks', 'detail', slug] as const,
  part: (slug: string, ...part: (string | number)[]) => ['networks', 'detail', slug, ...part] as const,
};

export const MEMBERS_PAGE_SIZE = 20;

export function useNetwork(slug: string) {
  return useQuery({
    queryKey: networkKeys.detail(slug),
    queryFn: () => expectData(api.GET('/api/networks/{slug}', { params: { path: { slug } } })),
  });
}

export function useCreateNetwork() {
  return useMutation({
    mutationFn: (input: NetworkInput) => expectData(api.POST('/api/networks', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

export function useNetworkMembers(slug: string, kind: NetworkMember['kind'], offset: number) {
  return useQuery({
    queryKey: networkKeys.part(slug, 'members', kind, offset),
    queryFn: () =>
      expectData(
        api.GET('/api/networks/{slug}/members', {
          params: { path: { slug }, query: { kind, offset, limit: MEMBERS_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Everything about the network changes when someone joins or a request is decided. */
function refreshNetwork(slug: string) {
  return queryClient.invalidateQueries({ queryKey: networkKeys.detail(slug) });
}

export function useJoinNetwork(slug: string) {
  return useMutation({
    mutationFn: (input: { organisationId?: string; message?: string }) =>
      expectData(api.POST('/api/networks/{slug}/join', { params: { path: { slug } }, body: input })),
    onSuccess: () => refreshNetwork(slug),
  });
}

export function useNetworkJoinRequests(slug: string) {
  return useQuery({
    queryKey: networkKeys.part(slug, 'join-requests'),
    queryFn: () => expectData(api.GET('/api/networks/{slug}/join-requests', { params: { path: { slug } } })),
  });
}

export function useDecideNetworkJoinRequest(slug: string) {
  return useMutation({
    // Answered with an empty 200.
    mutationFn: ({ id, approve }: { id: string; approve: boolean }) =>
      expectSuccess(
        api.POST('/api/networks/{slug}/join-requests/{id}/decision', {
          params: { path: { slug, id } },
          body: { approve },
        }),
      ),
    onSuccess: () => refreshNetwork(slug),
  });
}

export function useLeaveNetwork(slug: string) {
  return useMutation({
    mutationFn: (memberId: string) =>
      expectSuccess(
        api.DELETE('/api/networks/{slug}/members/{id}', { params: { path: { slug, id: memberId } } }),
      ),
    onSuccess: () => refreshNetwork(slug),
  });
}

/** Organisations I run (owner or admin): the ones I may sign up to a network. */
export function useMyManagedOrganisations(enabled: boolean) {
  return useQuery({
    queryKey: ['me', 'organisations'],
    queryFn: () => expectData(api.GET('/api/me/organisations')),
    select: (answer) =>
      answer.items
        .filter((item) => item.role === 'owner' || item.role === 'admin')
        .map((item) => item.organisation),
    enabled,
  });
}
