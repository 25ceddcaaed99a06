import { useMutation } from '@tanstack/react-query';
import { api, sessionQueryKey } from '../../../lib/api-client.ts';
import { expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export function useVerifyEmail() {
  return useMutation({
    mutationFn: (token: string) => expectSuccess(api.POST('/api/auth/verify-email', { body: { token } })),
    // The signed-in user (if any) now has a verified address.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
