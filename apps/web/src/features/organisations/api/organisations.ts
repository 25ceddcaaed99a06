import type { paths, Schemas } from '@crossgov/sdk';
import type { OrganisationType } from '@crossgov/shared';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export type Organisation = Schemas['Organisation'];
export type OrganisationSummary = Schemas['OrganisationSummary'];
export type OrganisationInput = NonNullable<
  paths['/api/organisations']['post']['requestBody']
>['content']['application/json'];

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (filters: OrganisationFilters) => ['organisations', 'list', filters] as const,
  detail: (slug: string) => ['organisations', 'detail', slug] as const,
  part: (slug: string, part: string) => ['organisations', 'detail', slug, part] as const,
};

export interface OrganisationFilters {
  q: string;
  country: string | null;
  type: OrganisationType | null;
  verifiedOnly: boolean;
  offset: number;
}

export const PAGE_SIZE = 20;

export function useOrganisations(filters: OrganisationFilters) {
  return useQuery({
    queryKey: organisationKeys.list(filters),
    queryFn: () =>
      expectData(
        api.GET('/api/organisations', {
          params: {
            query: {
              limit: PAGE_SIZE,
              offset: filters.offset,
              ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
              ...(filters.country ? { country: filters.country } : {}),
              ...(filters.type ? { type: filters.type } : {}),
              ...(filters.verifiedOnly ? { verified: 'true' as const } : {}),
            },
          },
        }),
      ),
    // Keeps the current page on screen while the next filter's answer arrives.
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(slug: string) {
  return useQuery({
    queryKey: organisationKeys.detail(slug),
    queryFn: () => expectData(api.GET('/api/organisations/{slug}', { params: { path: { slug } } })),
  });
}

export function useCreateOrganisation() {
  return useMutation({
    mutationFn: (input: OrganisationInput) => expectData(api.POST('/api/organisations', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}

export type OrganisationChanges = Omit<OrganisationInput, 'slug'> & { version: number };

export function useUpdateOrganisation(slug: string) {
  return useMutation({
    mutationFn: (changes: OrganisationChanges) =>
      expectData(api.PATCH('/api/organisations/{slug}', { params: { path: { slug } }, body: changes })),
    onSuccess: (saved) => {
      queryClient.setQueryData(organisationKeys.detail(slug), saved);
      return queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
    },
  });
}

export function useSetVerification(slug: string) {
  return useMutation({
    mutationFn: (verified: boolean) =>
      expectData(
        api.POST('/api/organisations/{slug}/verification', {
          params: { path: { slug } },
          body: { verified },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(organisationKeys.detail(slug), saved);
      return queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
    },
  });
}

/** Re-reads the organisation, e.g. after a version conflict. */
export function refetchOrganisation(slug: string) {
  return queryClient.fetchQuery({
    // Never the cached copy: the point is to see what a colleague saved.
    staleTime: 0,
    queryKey: organisationKeys.detail(slug),
    queryFn: () => expectData(api.GET('/api/organisations/{slug}', { params: { path: { slug } } })),
  });
}
