import type { OrganisationRole } from '@crossgov/shared';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';
import { organisationKeys } from './organisations.ts';

export const MEMBERS_PAGE = 50;

export function useOrganisationMembers(slug: string, offset: number, enabled: boolean) {
  return useQuery({
    queryKey: [...organisationKeys.part(slug, 'members'), offset],
    queryFn: () =>
      expectData(
        api.GET('/api/organisations/{slug}/members', {
          params: { path: { slug }, query: { limit: MEMBERS_PAGE, offset } },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Membership changes touch the member list, the count and maybe my own role: refresh the whole organisation. */
const refreshOrganisation = (slug: string) =>
  queryClient.invalidateQueries({ queryKey: organisationKeys.detail(slug) });

export function useChangeMemberRole(slug: string) {
  return useMutation({
    // The version read with the list: a 409 if another admin changed the role since; the list then reloads.
    mutationFn: ({ userId, role, version }: { userId: string; role: OrganisationRole; version: number }) =>
      expectSuccess(
        api.PATCH('/api/organisations/{slug}/members/{userId}', {
          params: { path: { slug, userId } },
          body: { role, version },
        }),
      ),
    onSettled: () => refreshOrganisation(slug),
  });
}

export function useRemoveMember(slug: string) {
  return useMutation({
    mutationFn: (userId: string) =>
      expectSuccess(
        api.DELETE('/api/organisations/{slug}/members/{userId}', { params: { path: { slug, userId } } }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['me'] });
      return refreshOrganisation(slug);
    },
  });
}
