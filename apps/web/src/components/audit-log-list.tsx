import type { Schemas } from '@crossgov/sdk';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format.ts';
import { EmptyState } from './ui/query-status.tsx';

interface AuditLogListProps {
  entries: Schemas['AuditEntry'][];
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
}

function asJson(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}

/** Audit entries newest first; before/after stay folded so a long log stays scannable. */
export function AuditLogList({ entries, hasMore, isLoadingMore, onLoadMore }: AuditLogListProps) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <EmptyState>{t('audit.empty')}</EmptyState>;
  return (
    <>
      <ol className="audit-log">
        {entries.map((entry) => (
          <li key={entry.seq} className="audit-entry">
            <p className="audit-summary">
              <span className="audit-seq">#{entry.seq}</span>{' '}
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>{' '}
              <span>{entry.actor?.displayName ?? t('audit.system')}</span>{' '}
              <span>{t(`auditActions.${entry.action}`, { defaultValue: entry.action })}</span>{' '}
              <code lang="en" className="muted">
                {entry.action}
              </code>{' '}
              <span className="muted">
                {entry.entityType} <code>{entry.entityId}</code>
              </span>
            </p>
            <details>
              <summary>{t('audit.showChange', { seq: entry.seq })}</summary>
              <div className="audit-change">
                <div>
                  <p className="audit-change-label">{t('audit.before')}</p>
                  <pre>{asJson(entry.before)}</pre>
                </div>
                <div>
                  <p className="audit-change-label">{t('audit.after')}</p>
                  <pre>{asJson(entry.after)}</pre>
                </div>
              </div>
              <p className="muted audit-hash">
                {t('audit.hash')}: <code>{entry.hash}</code>
              </p>
            </details>
          </li>
        ))}
      </ol>
      {hasMore && (
        <Button className="button button-secondary" onPress={onLoadMore} isDisabled={isLoadingMore}>
          {isLoadingMore ? t('common.loading') : t('audit.loadOlder')}
        </Button>
      )}
    </>
  );
}
