import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';
import { spaceKeys } from './spaces.ts';

const AUDIT_PAGE = 25;

/** Newest first; each older page starts before the oldest entry seen (`before=<seq>`). */
export function useSpaceAudit(slug: string) {
  return useInfiniteQuery({
    queryKey: spaceKeys.part(slug, 'audit'),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      expectData(
        api.GET('/api/spaces/{slug}/audit', {
          params: {
            path: { slug },
            query: { limit: AUDIT_PAGE, ...(pageParam ? { before: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (lastPage) =>
      lastPage.items.length < AUDIT_PAGE ? undefined : lastPage.items[lastPage.items.length - 1]?.seq,
  });
}
