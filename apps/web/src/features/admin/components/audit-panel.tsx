import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AuditLogList } from '../../../components/audit-log-list.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { ServerText } from '../../../components/ui/server-text.tsx';
import { usePlatformAudit, useVerifyAuditChain } from '../api/admin.ts';

/** The whole audit log, and a check that no entry was edited or removed since it was written. */
export function AuditPanel() {
  const { t } = useTranslation();
  const audit = usePlatformAudit();
  const verify = useVerifyAuditChain();
  const result = verify.data;
  return (
    <>
      <div className="panel">
        <p>{t('admin.verifyIntro')}</p>
        <Button
          className="button button-primary"
          onPress={() => verify.mutate()}
          isDisabled={verify.isPending}
        >
          {verify.isPending ? t('admin.verifying') : t('admin.verifyChain')}
        </Button>
        <ProblemSummary problem={verify.error} />
        {result && (
          <div role="status" className={result.ok ? 'notice notice-success' : 'problem-summary'}>
            {result.ok ? (
              <p>{t('admin.chainIntact', { entries: result.entries })}</p>
            ) : (
              <>
                <p className="problem-title">
                  {t('admin.chainBroken', { seq: result.firstBrokenSeq ?? '?' })}
                </p>
                {result.problem && (
                  <p>
                    <ServerText>{result.problem}</ServerText>
                  </p>
                )}
              </>
            )}
          </div>
        )}
      </div>
      {audit.isPending && <Loading />}
      {audit.isError && <LoadError error={audit.error} />}
      {audit.data && (
        <AuditLogList
          entries={audit.data.pages.flatMap((page) => page.items)}
          hasMore={audit.hasNextPage}
          isLoadingMore={audit.isFetchingNextPage}
          onLoadMore={() => void audit.fetchNextPage()}
        />
      )}
    </>
  );
}
