import type { paths, Schemas } from '@crossgov/sdk';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export type Space = Schemas['Space'];
export type SpaceSummary = Schemas['SpaceSummary'];
type SpaceInput = NonNullable<paths['/api/spaces']['post']['requestBody']>['content']['application/json'];

export const spaceKeys = {
  all: ['spaces'] as const,
  list: (filters: SpaceFilters) => ['spaces', 'list', filters] as const,
  detail: (slug: string) => ['spaces', 'detail', slug] as const,
  part: (slug: string, part: string) => ['spaces', 'detail', slug, part] as const,
};

export interface SpaceFilters {
  q: string;
  mine: boolean;
  offset: number;
}

export const PAGE_SIZE = 20;

export function useSpaces(filters: SpaceFilters) {
  return useQuery({
    queryKey: spaceKeys.list(filters),
    queryFn: () =>
      expectData(
        api.GET('/api/spaces', {
          params: {
            query: {
              kind: 'workspace',
              limit: PAGE_SIZE,
              offset: filters.offset,
              ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
              ...(filters.mine ? { mine: 'true' as const } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

const fetchSpace = (slug: string) =>
  expectData(api.GET('/api/spaces/{slug}', { params: { path: { slug } } }));

export function useSpace(slug: string) {
  return useQuery({ queryKey: spaceKeys.detail(slug), queryFn: () => fetchSpace(slug) });
}

export function refetchSpace(slug: string) {
  // Never the cached copy: the point is to see what a partner saved.
  return queryClient.fetchQuery({
    queryKey: spaceKeys.detail(slug),
    queryFn: () => fetchSpace(slug),
    staleTime: 0,
  });
}

export function useCreateSpace() {
  return useMutation({
    mutationFn: (input: SpaceInput) => expectData(api.POST('/api/spaces', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: spaceKeys.all }),
  });
}

export type SpaceChanges = Pick<SpaceInput, 'titles' | 'visibility'> & {
  descriptions: SpaceInput['descriptions'] | null;
  version: number;
};

export function useUpdateSpace(slug: string) {
  return useMutation({
    mutationFn: (changes: SpaceChanges) =>
      expectData(api.PATCH('/api/spaces/{slug}', { params: { path: { slug } }, body: changes })),
    onSuccess: (saved) => {
      queryClient.setQueryData(spaceKeys.detail(slug), saved);
      void queryClient.invalidateQueries({ queryKey: spaceKeys.part(slug, 'audit') });
      return queryClient.invalidateQueries({ queryKey: ['spaces', 'list'] });
    },
  });
}
