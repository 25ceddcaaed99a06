import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

const invitationsKey = ['me', 'invitations'] as const;

export function useMyInvitations() {
  return useQuery({ queryKey: invitationsKey, queryFn: () => expectData(api.GET('/api/me/invitations')) });
}

export function useAcceptMyInvitation() {
  return useMutation({
    mutationFn: ({ kind, id }: { kind: 'organisation' | 'space'; id: string }) =>
      expectSuccess(api.POST('/api/me/invitations/{kind}/{id}/accept', { params: { path: { kind, id } } })),
    // Accepting changes memberships everywhere (organisation and space lists, my roles).
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
