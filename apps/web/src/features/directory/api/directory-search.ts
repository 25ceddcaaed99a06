import type { Schemas } from '@crossgov/sdk';
import type { OrganisationType } from '@crossgov/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';

export type OrganisationSummary = Schemas['OrganisationSummary'];
export type PersonSummary = Schemas['PersonSummary'];
export type NetworkSummary = Schemas['NetworkSummary'];

export const PAGE_SIZE = 20;

/** What the directory page asks for; the same filters apply to every tab that understands them. */
export interface DirectoryFilters {
  q: string;
  country: string | null;
  type: OrganisationType | null;
  sdg: number | null;
  language: string | null;
  offset: number;
}

function common(filters: DirectoryFilters) {
  return {
    limit: PAGE_SIZE,
    offset: filters.offset,
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.sdg ? { sdg: filters.sdg } : {}),
  };
}

export function useOrganisationSearch(filters: DirectoryFilters, enabled: boolean) {
  return useQuery({
    queryKey: ['organisations', 'directory', filters],
    queryFn: () =>
      expectData(
        api.GET('/api/organisations', {
          params: {
            query: {
              ...common(filters),
              ...(filters.language ? { language: filters.language } : {}),
              ...(filters.type ? { type: filters.type } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePeopleSearch(filters: DirectoryFilters, enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'directory', filters],
    queryFn: () =>
      expectData(
        api.GET('/api/people', {
          params: {
            query: { ...common(filters), ...(filters.language ? { language: filters.language } : {}) },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useNetworkSearch(filters: DirectoryFilters, enabled: boolean) {
  return useQuery({
    queryKey: ['networks', 'directory', filters],
    queryFn: () => expectData(api.GET('/api/networks', { params: { query: common(filters) } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
