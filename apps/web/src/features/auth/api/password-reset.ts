import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectSuccess } from '../../../lib/api-problem.ts';
import { forgetSession } from '../../../lib/session.ts';

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      expectSuccess(api.POST('/api/auth/password-reset/request', { body: { email } })),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      expectSuccess(api.POST('/api/auth/password-reset/confirm', { body: input })),
    // The reset ends other sessions, possibly this browser's too.
    onSuccess: () => forgetSession(),
  });
}
