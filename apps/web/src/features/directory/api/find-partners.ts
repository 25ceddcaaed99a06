import type { paths, Schemas } from '@crossgov/sdk';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';

export type PartnerMatch = Schemas['PartnerMatch'];
export type FindPartnersInput = NonNullable<
  paths['/api/directory/find-partners']['post']['requestBody']
>['content']['application/json'];

export function useFindPartners() {
  return useMutation({
    mutationFn: (input: FindPartnersInput) =>
      expectData(api.POST('/api/directory/find-partners', { body: input })),
  });
}

/** The organisations I belong to: the first one's country is a good guess for "where I am". */
export function useMyOrganisations(enabled: boolean) {
  return useQuery({
    queryKey: ['me', 'organisations'],
    queryFn: () => expectData(api.GET('/api/me/organisations')),
    enabled,
  });
}
