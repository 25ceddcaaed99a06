import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useDecideJoinRequest, useJoinRequests } from '../api/join-requests.ts';

export function JoinRequestsPanel({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const requests = useJoinRequests(slug);
  const decide = useDecideJoinRequest(slug);
  if (requests.isPending) return <Loading />;
  if (requests.isError) return <LoadError error={requests.error} />;
  const pending = requests.data.items.filter((request) => request.status === 'pending');
  if (pending.length === 0) return <EmptyState>{t('joinRequests.none')}</EmptyState>;
  return (
    <>
      <ProblemSummary problem={decide.error} />
      <ul className="item-list">
        {pending.map((request) => (
          <li key={request.id} className="item">
            <div>
              <p>
                <strong>{request.displayName}</strong> —{' '}
                {t('joinRequests.askedOn', { date: formatDate(request.createdAt, i18n.language) })}
              </p>
              {request.message && <blockquote className="quote">{request.message}</blockquote>}
            </div>
            <div className="button-row">
              <Button
                className="button button-primary"
                aria-label={t('joinRequests.approveNamed', { name: request.displayName })}
                isDisabled={decide.isPending}
                onPress={() => decide.mutate({ id: request.id, approve: true })}
              >
                {t('joinRequests.approve')}
              </Button>
              <Button
                className="button button-secondary"
                aria-label={t('joinRequests.rejectNamed', { name: request.displayName })}
                isDisabled={decide.isPending}
                onPress={() => decide.mutate({ id: request.id, approve: false })}
              >
                {t('joinRequests.reject')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
