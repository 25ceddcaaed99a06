import type { paths, Schemas } from '@crossgov/sdk';
import type { VolunteerStatus } from '@crossgov/shared';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export type Assembly = Schemas['Assembly'];
export type AssemblyRun = Schemas['AssemblyRun'];
export type Volunteer = Schemas['AssemblyVolunteer'];
export type Feasibility = Schemas['AssemblyFeasibility'];
export type AssemblyDraw = Schemas['AssemblyDraw'];
type Body<P extends keyof paths, M extends 'post' | 'patch' | 'put'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
export type SettingsInput = Body<'/api/spaces/{slug}/assembly', 'patch'>;
export type QuotasInput = Body<'/api/spaces/{slug}/assembly/quotas', 'put'>;
export type QuotaCategory = QuotasInput['categories'][number];
export type Quota = QuotasInput['quotas'][number];
export type RegistrationInput = Body<'/api/spaces/{slug}/assembly/registrations', 'post'>;
export type RecommendationInput = Body<'/api/spaces/{slug}/assembly/recommendations', 'post'>;
export type ResponseInput = Body<
  '/api/spaces/{slug}/assembly/recommendations/{id}/responses/{organisationId}',
  'put'
>;

export const assemblyKeys = {
  detail: (slug: string) => ['assemblies', slug] as const,
  part: (slug: string, ...part: (string | number)[]) => ['assemblies', slug, ...part] as const,
};

const path = (slug: string) => ({ params: { path: { slug } } });
const refresh = (slug: string) => queryClient.invalidateQueries({ queryKey: assemblyKeys.detail(slug) });
/** Reloads everything about an assembly, e.g. after a version conflict. */
export const refreshAssembly = refresh;

export function useAssembly(slug: string) {
  return useQuery({
    queryKey: assemblyKeys.part(slug, 'view'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/assembly', path(slug))),
  });
}

export function useUpdateSettings(slug: string) {
  return useMutation({
    mutationFn: (body: SettingsInput) =>
      expectData(api.PATCH('/api/spaces/{slug}/assembly', { ...path(slug), body })),
    onSuccess: () => refresh(slug),
  });
}

export function useSaveQuotas(slug: string) {
  return useMutation({
    mutationFn: (body: QuotasInput) =>
      expectData(api.PUT('/api/spaces/{slug}/assembly/quotas', { ...path(slug), body })),
    onSuccess: () => refresh(slug),
  });
}

/** The feasibility of quotas being typed; the caller debounces the input. */
export function useQuotaCheck(
  slug: string,
  input: { categories: QuotaCategory[]; quotas: Quota[]; panelSize: number } | null,
) {
  return useQuery({
    queryKey: assemblyKeys.part(slug, 'check', JSON.stringify(input)),
    queryFn: () =>
      expectData(
        api.POST('/api/spaces/{slug}/assembly/quotas/check', {
          ...path(slug),
          body: input ?? { categories: [], quotas: [], panelSize: 2 },
        }),
      ),
    enabled: input !== null,
    retry: false,
  });
}

export function useRegister(slug: string) {
  return useMutation({
    mutationFn: (body: RegistrationInput) =>
      expectData(api.POST('/api/spaces/{slug}/assembly/registrations', { ...path(slug), body })),
  });
}

export function useMyRegistration(slug: string, token: string) {
  return useQuery({
    queryKey: assemblyKeys.part(slug, 'mine', token),
    queryFn: () =>
      expectData(
        api.GET('/api/spaces/{slug}/assembly/my-registration/{token}', { params: { path: { slug, token } } }),
      ),
    retry: false,
  });
}

export function useDeleteMyRegistration(slug: string, token: string) {
  return useMutation({
    mutationFn: () =>
      expectSuccess(
        api.DELETE('/api/spaces/{slug}/assembly/my-registration/{token}', {
          params: { path: { slug, token } },
        }),
      ),
  });
}

/** Volunteers per page of the managers' pool table. */
export const VOLUNTEERS_PAGE = 250;

export interface VolunteerQuery {
  offset: number;
  status?: VolunteerStatus | undefined;
  q?: string | undefined;
}

export function useVolunteers(slug: string, query: VolunteerQuery = { offset: 0 }) {
  return useQuery({
    queryKey: assemblyKeys.part(slug, 'volunteers', query.offset, query.status ?? '', query.q ?? ''),
    placeholderData: keepPreviousData,
    queryFn: () =>
      expectData(
        api.GET('/api/spaces/{slug}/assembly/volunteers', {
          params: {
            path: { slug },
            query: {
              limit: VOLUNTEERS_PAGE,
              offset: query.offset,
              ...(query.status ? { status: query.status } : {}),
              ...(query.q ? { q: query.q } : {}),
            },
          },
        }),
      ),
  });
}

export function useImportPool(slug: string) {
  return useMutation({
    mutationFn: (csv: string) =>
      expectData(api.POST('/api/spaces/{slug}/assembly/volunteers/import', { ...path(slug), body: { csv } })),
    onSuccess: () => refresh(slug),
  });
}

/** Erases every volunteer's personal data now (managers); the pool keeps its opaque ids and answers. */
export function useErasePersonalData(slug: string) {
  return useMutation({
    mutationFn: () => expectData(api.POST('/api/spaces/{slug}/assembly/personal-data/erase', path(slug))),
    onSuccess: () => refresh(slug),
  });
}

export function useRuns(slug: string) {
  return useQuery({
    queryKey: assemblyKeys.part(slug, 'runs'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/assembly/runs', path(slug))),
    // Polls while a run computes in the background, then stops.
    refetchInterval: (query) =>
      query.state.data?.items.some((run) => run.status === 'queued' || run.status === 'running')
        ? 1000
        : false,
  });
}

export function useStartRun(slug: string) {
  return useMutation({
    mutationFn: (body: { algorithm: AssemblyRun['algorithm']; lotterySize: number }) =>
      expectData(api.POST('/api/spaces/{slug}/assembly/runs', { ...path(slug), body })),
    onSuccess: () => refresh(slug),
  });
}

export function usePublishLottery(slug: string) {
  return useMutation({
    mutationFn: (input: { id: string; seedHash?: string }) =>
      expectData(
        api.POST('/api/spaces/{slug}/assembly/runs/{id}/publish', {
          params: { path: { slug, id: input.id } },
          body: input.seedHash ? { seedHash: input.seedHash } : {},
        }),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useDraw(slug: string) {
  return useMutation({
    mutationFn: (seed?: string) =>
      expectData(api.POST('/api/spaces/{slug}/assembly/draw', { ...path(slug), body: seed ? { seed } : {} })),
    onSuccess: () => refresh(slug),
  });
}

export function useLottery(slug: string) {
  return useQuery({
    queryKey: assemblyKeys.part(slug, 'lottery'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/assembly/lottery', path(slug))),
    retry: false,
  });
}

export function useVerifyDraw(slug: string) {
  return useMutation({
    mutationFn: (seed: string) =>
      expectData(api.POST('/api/spaces/{slug}/assembly/lottery/verify', { ...path(slug), body: { seed } })),
  });
}

export function useReplace(slug: string) {
  return useMutation({
    mutationFn: (dropoutIds: string[]) =>
      expectData(
        api.POST('/api/spaces/{slug}/assembly/replacements', { ...path(slug), body: { dropoutIds } }),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useCreateRecommendation(slug: string) {
  return useMutation({
    mutationFn: (body: RecommendationInput) =>
      expectData(api.POST('/api/spaces/{slug}/assembly/recommendations', { ...path(slug), body })),
    onSuccess: () => refresh(slug),
  });
}

export function useRespond(slug: string) {
  return useMutation({
    mutationFn: (input: { id: string; organisationId: string; body: ResponseInput }) =>
      expectData(
        api.PUT('/api/spaces/{slug}/assembly/recommendations/{id}/responses/{organisationId}', {
          params: { path: { slug, id: input.id, organisationId: input.organisationId } },
          body: input.body,
        }),
      ),
    onSuccess: () => refresh(slug),
  });
}
