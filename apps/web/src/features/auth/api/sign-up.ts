import type { UiLanguage } from '@crossgov/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';
import { storeSignedIn } from '../../../lib/session.ts';

export interface SignUpInput {
  email: string;
  password: string;
  displayName: string;
  language: UiLanguage;
}

export function useSignUp() {
  return useMutation({
    mutationFn: (input: SignUpInput) => expectData(api.POST('/api/auth/signup', { body: input })),
    onSuccess: ({ user, csrfToken }) => storeSignedIn(user, csrfToken),
  });
}
