import { AuditLogList } from '../../../components/audit-log-list.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useSpaceAudit } from '../api/space-audit.ts';

export function SpaceAuditPanel({ slug }: { slug: string }) {
  const audit = useSpaceAudit(slug);
  if (audit.isPending) return <Loading />;
  if (audit.isError) return <LoadError error={audit.error} />;
  return (
    <AuditLogList
      entries={audit.data.pages.flatMap((page) => page.items)}
      hasMore={audit.hasNextPage}
      isLoadingMore={audit.isFetchingNextPage}
      onLoadMore={() => void audit.fetchNextPage()}
    />
  );
}
