import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { ADMIN_PAGE, useOutbox } from '../api/admin.ts';

/** Every e-mail the platform queued. Without SMTP (development) this is where verification links are read. */
export function OutboxPanel() {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const outbox = useOutbox(offset);
  if (outbox.isPending) return <Loading />;
  if (outbox.isError) return <LoadError error={outbox.error} />;
  return (
    <>
      <p>{t('admin.outboxIntro')}</p>
      {outbox.data.items.length === 0 ? (
        <EmptyState>{t('admin.outboxEmpty')}</EmptyState>
      ) : (
        <ol className="outbox">
          {outbox.data.items.map((message) => (
            <li key={message.id} className="outbox-message">
              <details>
                <summary>
                  <span className="outbox-subject" lang="en">
                    {message.subject}
                  </span>{' '}
                  <span className="muted">
                    {t('admin.to', { address: message.toAddress })} ·{' '}
                    <time dateTime={message.createdAt}>
                      {formatDateTime(message.createdAt, i18n.language)}
                    </time>{' '}
                    ·{' '}
                    {message.sentAt
                      ? t('admin.sent')
                      : message.lastError
                        ? t('admin.failed')
                        : t('admin.queued')}
                  </span>
                </summary>
                <pre className="mail-body" lang="en">
                  {message.bodyText}
                </pre>
                {message.lastError && (
                  <p className="field-error">
                    {t('admin.lastError', { attempts: message.attempts })} <code>{message.lastError}</code>
                  </p>
                )}
              </details>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        label={t('admin.outboxPages')}
        offset={offset}
        limit={ADMIN_PAGE}
        total={outbox.data.total}
        onChange={setOffset}
      />
    </>
  );
}
