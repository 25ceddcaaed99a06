import { pickText } from '@crossgov/shared';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useCoOwnershipRequests, useDecideCoOwnership } from '../api/owner-requests.ts';

/** Spaces created by partners that name this organisation as a co-owner; its owners and admins answer here. */
export function CoOwnershipRequestsPanel({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const requests = useCoOwnershipRequests(slug);
  const decide = useDecideCoOwnership(slug);
  if (requests.isPending) return <Loading />;
  if (requests.isError) return <LoadError error={requests.error} />;
  const pending = requests.data.items.filter((request) => request.status === 'pending');
  if (pending.length === 0) return <EmptyState>{t('coOwnership.noneForOrganisation')}</EmptyState>;
  return (
    <>
      <p>{t('coOwnership.explained')}</p>
      <ProblemSummary problem={decide.error} />
      <ul className="item-list">
        {pending.map((request) => {
          const title = pickText(request.space.titles, i18n.language);
          return (
            <li key={request.id} className="item">
              <p>
                <Link to={`/spaces/${request.space.slug}`}>
                  <LocalisedText value={request.space.titles} />
                </Link>{' '}
                — {t('coOwnership.requestedOn', { date: formatDate(request.createdAt, i18n.language) })}
              </p>
              <div className="button-row">
                <Button
                  className="button button-primary"
                  aria-label={t('coOwnership.acceptNamed', { title })}
                  isDisabled={decide.isPending}
                  onPress={() =>
                    decide.mutate({ spaceSlug: request.space.slug, id: request.id, accept: true })
                  }
                >
                  {t('coOwnership.accept')}
                </Button>
                <Button
                  className="button button-secondary"
                  aria-label={t('coOwnership.declineNamed', { title })}
                  isDisabled={decide.isPending}
                  onPress={() =>
                    decide.mutate({ spaceSlug: request.space.slug, id: request.id, accept: false })
                  }
                >
                  {t('coOwnership.decline')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
