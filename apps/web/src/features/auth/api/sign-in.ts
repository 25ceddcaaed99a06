import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';
import { storeSignedIn } from '../../../lib/session.ts';

export interface SignInInput {
  email: string;
  password: string;
}

export function useSignIn() {
  return useMutation({
    mutationFn: (input: SignInInput) => expectData(api.POST('/api/auth/login', { body: input })),
    onSuccess: ({ user, csrfToken }) => storeSignedIn(user, csrfToken),
  });
}
