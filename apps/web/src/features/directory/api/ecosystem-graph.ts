import type { Schemas } from '@crossgov/sdk';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';

export type EcosystemGraph = Schemas['EcosystemGraph'];
export type GraphNode = EcosystemGraph['nodes'][number];

export function useEcosystemGraph(filter: { network: string | null; country: string | null }) {
  return useQuery({
    queryKey: ['directory', 'graph', filter],
    queryFn: () =>
      expectData(
        api.GET('/api/directory/graph', {
          params: {
            query: {
              ...(filter.network ? { network: filter.network } : {}),
              ...(filter.country ? { country: filter.country } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Networks to filter the graph by (the first hundred, which is all of them in a normal directory). */
export function useNetworkChoices() {
  return useQuery({
    queryKey: ['networks', 'choices'],
    queryFn: () => expectData(api.GET('/api/networks', { params: { query: { limit: 100 } } })),
  });
}
