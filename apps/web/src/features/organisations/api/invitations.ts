import type { OrganisationRole } from '@crossgov/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';
import { organisationKeys } from './organisations.ts';

export function useOrganisationInvitations(slug: string) {
  return useQuery({
    queryKey: organisationKeys.part(slug, 'invitations'),
    queryFn: () =>
      expectData(api.GET('/api/organisations/{slug}/invitations', { params: { path: { slug } } })),
  });
}

const refreshInvitations = (slug: string) =>
  queryClient.invalidateQueries({ queryKey: organisationKeys.part(slug, 'invitations') });

export function useInviteToOrganisation(slug: string) {
  return useMutation({
    mutationFn: (input: { email: string; role: OrganisationRole }) =>
      expectData(
        api.POST('/api/organisations/{slug}/invitations', { params: { path: { slug } }, body: input }),
      ),
    onSuccess: () => refreshInvitations(slug),
  });
}

export function useRevokeOrganisationInvitation(slug: string) {
  return useMutation({
    mutationFn: (id: string) =>
      expectSuccess(
        api.DELETE('/api/organisations/{slug}/invitations/{id}', { params: { path: { slug, id } } }),
      ),
    onSuccess: () => refreshInvitations(slug),
  });
}
