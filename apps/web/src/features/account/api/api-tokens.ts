import type { TokenScope } from '@crossgov/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

const tokensKey = ['me', 'tokens'] as const;

export function useApiTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: () => expectData(api.GET('/api/me/tokens')) });
}

export interface NewTokenInput {
  name: string;
  scopes: TokenScope[];
  expiresInDays?: number;
}

export function useCreateApiToken() {
  return useMutation({
    mutationFn: (input: NewTokenInput) => expectData(api.POST('/api/me/tokens', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeApiToken() {
  return useMutation({
    mutationFn: (id: string) =>
      expectSuccess(api.DELETE('/api/me/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
