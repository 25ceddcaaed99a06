import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';

/** The networks an organisation belongs to, with its role in each. */
export function useOrganisationNetworks(organisation: { slug: string }) {
  return useQuery({
    queryKey: ['organisations', organisation.slug, 'networks'],
    queryFn: () =>
      expectData(
        api.GET('/api/organisations/{slug}/networks', { params: { path: { slug: organisation.slug } } }),
      ),
    select: (answer) => answer.items.map((item) => item.network),
  });
}
