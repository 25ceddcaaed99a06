import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';

/** The organisations I belong to, with my role: those I administer can own a space at once. */
export function useMyOrganisations(enabled = true) {
  return useQuery({
    queryKey: ['me', 'organisations'],
    queryFn: () => expectData(api.GET('/api/me/organisations')),
    enabled,
  });
}

/** Any organisation by name, for co-owners and for the organisation an invited colleague comes from. */
export function useOrganisationSearch(term: string) {
  const q = term.trim();
  return useQuery({
    queryKey: ['organisations', 'search', q],
    queryFn: () => expectData(api.GET('/api/organisations', { params: { query: { q, limit: 10 } } })),
    enabled: q.length >= 2,
  });
}
