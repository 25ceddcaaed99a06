import type { PlatformRole } from '@crossgov/shared';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export const ADMIN_PAGE = 20;
const AUDIT_PAGE = 25;

export function useOutbox(offset: number) {
  return useQuery({
    queryKey: ['admin', 'outbox', offset],
    queryFn: () =>
      expectData(api.GET('/api/admin/outbox', { params: { query: { limit: ADMIN_PAGE, offset } } })),
    placeholderData: keepPreviousData,
  });
}

export function useAdminUsers(q: string, offset: number) {
  return useQuery({
    queryKey: ['admin', 'users', q, offset],
    queryFn: () =>
      expectData(
        api.GET('/api/admin/users', {
          params: { query: { limit: ADMIN_PAGE, offset, ...(q.trim() ? { q: q.trim() } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSetPlatformRole() {
  return useMutation({
    mutationFn: ({
      id,
      platformRole,
      version,
    }: {
      id: string;
      platformRole: PlatformRole;
      version: number;
    }) =>
      expectData(
        api.PATCH('/api/admin/users/{id}', { params: { path: { id } }, body: { platformRole, version } }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function usePlatformAudit() {
  return useInfiniteQuery({
    queryKey: ['admin', 'audit'],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      expectData(
        api.GET('/api/audit', {
          params: { query: { limit: AUDIT_PAGE, ...(pageParam ? { before: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (lastPage) =>
      lastPage.items.length < AUDIT_PAGE ? undefined : lastPage.items[lastPage.items.length - 1]?.seq,
  });
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: () => expectData(api.GET('/api/audit/verify')) });
}
