import { pickText } from '@crossgov/shared';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { formatDate } from '../../../lib/format.ts';
import {
  type NetworkJoinRequest,
  useDecideNetworkJoinRequest,
  useNetworkJoinRequests,
} from '../api/networks.ts';

function applicantName(request: NetworkJoinRequest, language: string): string {
  if (request.organisation) return pickText(request.organisation.names, language);
  return request.person?.displayName ?? request.requestedBy.displayName;
}

/** Coordinators see who waits to join and approve or decline each request. */
export function NetworkJoinRequests({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const requests = useNetworkJoinRequests(slug);
  const decide = useDecideNetworkJoinRequest(slug);
  if (requests.isPending) return <Loading />;
  if (requests.isError) return <LoadError error={requests.error} />;
  const pending = requests.data.items.filter((request) => request.status === 'pending');
  if (pending.length === 0) return <EmptyState>{t('joinRequests.none')}</EmptyState>;
  return (
    <>
      <ProblemSummary problem={decide.error} />
      <ul className="item-list">
        {pending.map((request) => {
          const name = applicantName(request, i18n.language);
          return (
            <li key={request.id} className="item">
              <div>
                <p>
                  <strong>{name}</strong>{' '}
                  {request.kind === 'organisation'
                    ? t('networks.requestForOrganisation', { name: request.requestedBy.displayName })
                    : t('networks.requestInPerson')}{' '}
                  — {t('joinRequests.askedOn', { date: formatDate(request.createdAt, i18n.language) })}
                </p>
                {request.message && (
                  <blockquote className="quote" dir="auto">
                    {request.message}
                  </blockquote>
                )}
              </div>
              <div className="button-row">
                <Button
                  className="button button-primary"
                  aria-label={t('joinRequests.approveNamed', { name })}
                  isDisabled={decide.isPending}
                  onPress={() => decide.mutate({ id: request.id, approve: true })}
                >
                  {t('joinRequests.approve')}
                </Button>
                <Button
                  className="button button-secondary"
                  aria-label={t('joinRequests.rejectNamed', { name })}
                  isDisabled={decide.isPending}
                  onPress={() => decide.mutate({ id: request.id, approve: false })}
                >
                  {t('joinRequests.reject')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
