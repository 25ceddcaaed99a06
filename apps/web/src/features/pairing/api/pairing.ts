import type { Schemas } from '@crossgov/sdk';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export type PairingCohort = Schemas['PairingCohort'];
export type CohortPerson = Schemas['PersonSummary'];
export type Pair = PairingCohort['pairs'][number];

const cohortsKey = (slug: string) => ['organisations', 'detail', slug, 'pairing-cohorts'] as const;
const cohortKey = (id: string) => ['pairing-cohorts', id] as const;

export function useOrganisationForPairing(slug: string) {
  return useQuery({
    queryKey: ['organisations', 'detail', slug],
    queryFn: () => expectData(api.GET('/api/organisations/{slug}', { params: { path: { slug } } })),
  });
}

export function usePairingCohorts(slug: string) {
  return useQuery({
    queryKey: cohortsKey(slug),
    queryFn: () =>
      expectData(api.GET('/api/organisations/{slug}/pairing-cohorts', { params: { path: { slug } } })),
  });
}

export function useCreateCohort(slug: string) {
  return useMutation({
    mutationFn: (input: { name: string; country: string; cohort: string[]; pool: string[] }) =>
      expectData(
        api.POST('/api/organisations/{slug}/pairing-cohorts', { params: { path: { slug } }, body: input }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(cohortKey(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: cohortsKey(slug) });
    },
  });
}

export function useCohort(id: string) {
  return useQuery({
    queryKey: cohortKey(id),
    queryFn: () => expectData(api.GET('/api/pairing-cohorts/{id}', { params: { path: { id } } })),
  });
}

/** Every step answers with the whole cohort, which replaces the cached one. */
function storeCohort(saved: PairingCohort) {
  queryClient.setQueryData(cohortKey(saved.id), saved);
  return queryClient.invalidateQueries({ queryKey: cohortsKey(saved.organisationSlug) });
}

export function useProposePairs(id: string) {
  return useMutation({
    mutationFn: (version: number) =>
      expectData(
        api.POST('/api/pairing-cohorts/{id}/proposal', { params: { path: { id } }, body: { version } }),
      ),
    onSuccess: storeCohort,
  });
}

export function useAdjustPairs(id: string) {
  return useMutation({
    mutationFn: (input: { pairs: { personId: string; counterpartId: string }[]; version: number }) =>
      expectData(api.PUT('/api/pairing-cohorts/{id}/pairs', { params: { path: { id } }, body: input })),
    onSuccess: storeCohort,
  });
}

export function useConfirmCohort(id: string) {
  return useMutation({
    mutationFn: (version: number) =>
      expectData(
        api.POST('/api/pairing-cohorts/{id}/confirmation', { params: { path: { id } }, body: { version } }),
      ),
    onSuccess: storeCohort,
  });
}

/** People to pick for a cohort or a pool: a name search, optionally within one country. */
export function usePeopleToPick(q: string, country: string | null) {
  return useQuery({
    queryKey: ['people', 'pick', q, country],
    queryFn: () =>
      expectData(
        api.GET('/api/people', {
          params: {
            query: { limit: 20, ...(q.trim() ? { q: q.trim() } : {}), ...(country ? { country } : {}) },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
