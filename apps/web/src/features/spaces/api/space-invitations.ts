import type { SpaceRole } from '@crossgov/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';
import { spaceKeys } from './spaces.ts';

export function useSpaceInvitations(slug: string) {
  return useQuery({
    queryKey: spaceKeys.part(slug, 'invitations'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/invitations', { params: { path: { slug } } })),
  });
}

/** Invitations show up in the pending list and in the audit log. */
const refreshInvitations = (slug: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: spaceKeys.part(slug, 'invitations') }),
    queryClient.invalidateQueries({ queryKey: spaceKeys.part(slug, 'audit') }),
  ]);

export interface SpaceInvitationInput {
  email: string;
  role: SpaceRole;
  organisationId?: string;
}

export function useInviteToSpace(slug: string) {
  return useMutation({
    mutationFn: (input: SpaceInvitationInput) =>
      expectData(api.POST('/api/spaces/{slug}/invitations', { params: { path: { slug } }, body: input })),
    onSuccess: () => refreshInvitations(slug),
  });
}

export function useRevokeSpaceInvitation(slug: string) {
  return useMutation({
    mutationFn: (id: string) =>
      expectSuccess(api.DELETE('/api/spaces/{slug}/invitations/{id}', { params: { path: { slug, id } } })),
    onSuccess: () => refreshInvitations(slug),
  });
}
