import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';

/**
 * The networks an organisation belongs to. The API has no "networks of an organisation" route, so this reads
 * the ecosystem graph of the organisation's country and keeps its own membership edges.
 */
export function useOrganisationNetworks(organisation: { id: string; country: string }) {
  return useQuery({
    queryKey: ['directory', 'graph', { network: null, country: organisation.country }],
    queryFn: () =>
      expectData(
        api.GET('/api/directory/graph', {
          params: { query: { country: organisation.country, limit: 1000 } },
        }),
      ),
    select: (graph) => {
      const ids = new Set(
        graph.edges
          .filter((edge) => edge.kind === 'member_of' && edge.source === organisation.id)
          .map((edge) => edge.target),
      );
      return graph.nodes.filter((node) => node.kind === 'network' && ids.has(node.id));
    },
  });
}
