import type { UiLanguage } from '@crossgov/shared';
import { useMutation } from '@tanstack/react-query';
import { api, sessionQueryKey } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';
import { storeUser } from '../../../lib/session.ts';

export interface ProfileInput {
  displayName: string;
  language: UiLanguage;
  version: number;
}

export function useUpdateProfile() {
  return useMutation({
    mutationFn: (input: ProfileInput) => expectData(api.PATCH('/api/me', { body: input })),
    onSuccess: storeUser,
  });
}

/** After a conflict: the latest profile, so the form restarts from what is saved now. */
export function useReloadProfile() {
  return useMutation({
    mutationFn: () => expectData(api.GET('/api/me')),
    onSuccess: storeUser,
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      expectSuccess(api.POST('/api/me/password', { body: input })),
  });
}

export function useResendVerification() {
  return useMutation({
    mutationFn: () => expectSuccess(api.POST('/api/auth/resend-verification')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
