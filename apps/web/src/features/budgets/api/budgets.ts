import type { paths, Schemas } from '@crossgov/sdk';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export type Budget = Schemas['Budget'];
export type BudgetProject = Schemas['BudgetProject'];
export type BudgetResults = Schemas['BudgetResults'];
export type BudgetBallot = Schemas['BudgetBallot'];
type Base = '/api/spaces/{slug}/budgets';
export type SettingsInput = NonNullable<
  paths[`${Base}/settings`]['put']['requestBody']
>['content']['application/json'];
export type ProjectInput = NonNullable<
  paths[`${Base}/projects`]['post']['requestBody']
>['content']['application/json'];
export type BallotInput = NonNullable<
  paths[`${Base}/ballot`]['put']['requestBody']
>['content']['application/json'];
export type DeliveryInput = NonNullable<
  paths[`${Base}/projects/{id}/delivery`]['post']['requestBody']
>['content']['application/json'];

export const budgetKeys = {
  all: (slug: string) => ['budgets', slug] as const,
  part: (slug: string, part: string) => ['budgets', slug, part] as const,
};

const path = (slug: string) => ({ params: { path: { slug } } });
const refresh = (slug: string) => queryClient.invalidateQueries({ queryKey: budgetKeys.all(slug) });

export function useBudget(slug: string) {
  return useQuery({
    queryKey: budgetKeys.part(slug, 'settings'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/budgets/settings', path(slug))),
  });
}

export function useBudgetProjects(slug: string) {
  return useQuery({
    queryKey: budgetKeys.part(slug, 'projects'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/budgets/projects', path(slug))),
  });
}

export function useMyBallot(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: budgetKeys.part(slug, 'ballot'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/budgets/ballot', path(slug))),
    enabled,
  });
}

/** Results exist only once computed; a 404 means none the reader may see yet. */
export function useBudgetResults(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: budgetKeys.part(slug, 'results'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/budgets/results', path(slug))),
    enabled,
    retry: false,
  });
}

export function useUpdateSettings(slug: string) {
  return useMutation({
    mutationFn: (body: SettingsInput) =>
      expectData(api.PUT('/api/spaces/{slug}/budgets/settings', { ...path(slug), body })),
    onSuccess: () => refresh(slug),
  });
}

export function useProposeProject(slug: string) {
  return useMutation({
    mutationFn: (body: ProjectInput) =>
      expectData(api.POST('/api/spaces/{slug}/budgets/projects', { ...path(slug), body })),
    onSuccess: () => refresh(slug),
  });
}

export function useEditProject(slug: string) {
  return useMutation({
    mutationFn: (input: ProjectInput & { id: string; version: number }) => {
      const { id, ...body } = input;
      return expectData(
        api.PUT('/api/spaces/{slug}/budgets/projects/{id}', { params: { path: { slug, id } }, body }),
      );
    },
    onSuccess: () => refresh(slug),
  });
}

export function useWithdrawProject(slug: string) {
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      expectData(
        api.POST('/api/spaces/{slug}/budgets/projects/{id}/withdraw', {
          params: { path: { slug, id } },
          body: { version },
        }),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useReviewProject(slug: string) {
  return useMutation({
    mutationFn: (input: {
      id: string;
      feasibility: 'feasible' | 'not_feasible';
      reason?: string;
      version: number;
    }) => {
      const { id, ...body } = input;
      return expectData(
        api.POST('/api/spaces/{slug}/budgets/projects/{id}/review', { params: { path: { slug, id } }, body }),
      );
    },
    onSuccess: () => refresh(slug),
  });
}

export function useCastBallot(slug: string) {
  return useMutation({
    mutationFn: (body: BallotInput) =>
      expectData(api.PUT('/api/spaces/{slug}/budgets/ballot', { ...path(slug), body })),
    onSuccess: () => refresh(slug),
  });
}

export function useComputeResults(slug: string) {
  return useMutation({
    mutationFn: () => expectData(api.POST('/api/spaces/{slug}/budgets/results', path(slug))),
    onSuccess: () => refresh(slug),
  });
}

export function usePublishResults(slug: string) {
  return useMutation({
    mutationFn: () => expectData(api.POST('/api/spaces/{slug}/budgets/results/publish', path(slug))),
    onSuccess: () => refresh(slug),
  });
}

export function useImportPb(slug: string) {
  return useMutation({
    mutationFn: (pb: string) =>
      expectData(api.POST('/api/spaces/{slug}/budgets/import', { ...path(slug), body: { pb } })),
    onSuccess: () => refresh(slug),
  });
}

export function useAddDeliveryUpdate(slug: string) {
  return useMutation({
    mutationFn: (input: DeliveryInput & { id: string }) => {
      const { id, ...body } = input;
      return expectData(
        api.POST('/api/spaces/{slug}/budgets/projects/{id}/delivery', {
          params: { path: { slug, id } },
          body,
        }),
      );
    },
    onSuccess: () => refresh(slug),
  });
}

export function useMakeInitiative(slug: string) {
  return useMutation({
    mutationFn: (id: string) =>
      expectData(
        api.POST('/api/spaces/{slug}/budgets/projects/{id}/initiative', { params: { path: { slug, id } } }),
      ),
    onSuccess: () => refresh(slug),
  });
}

export const exportUrl = (slug: string) => `/api/spaces/${encodeURIComponent(slug)}/budgets/export`;
