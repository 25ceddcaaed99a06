import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export type InvitationKind = 'organisation' | 'space';

/** Accepts with the token from the e-mail; answers where the new membership lives. */
async function acceptInvitation(kind: InvitationKind, token: string): Promise<string> {
  if (kind === 'organisation') {
    const { organisation } = await expectData(
      api.POST('/api/invitations/organisation/accept', { body: { token } }),
    );
    return `/organisations/${organisation.slug}`;
  }
  const { space } = await expectData(api.POST('/api/invitations/space/accept', { body: { token } }));
  return `/spaces/${space.slug}`;
}

export function useAcceptInvitation(kind: InvitationKind) {
  return useMutation({
    mutationFn: (token: string) => acceptInvitation(kind, token),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
