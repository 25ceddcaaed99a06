import { pickText } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useRemoveSpaceOwner, useRequestCoOwnership, useSpaceOwnerRequests } from '../api/space-owners.ts';
import type { Space } from '../api/spaces.ts';
import { OrganisationPicker } from './organisation-picker.tsx';

/** Managers invite more organisations to co-own the space and see which requests still wait for an answer. */
export function SpaceOwnersPanel({ space }: { space: Space }) {
  const { t, i18n } = useTranslation();
  const requests = useSpaceOwnerRequests(space.slug);
  const requestOwner = useRequestCoOwnership(space.slug);
  const removeOwner = useRemoveSpaceOwner(space.slug);
  const pending = requests.data?.items.filter((request) => request.status === 'pending') ?? [];
  return (
    <>
      <ProblemSummary problem={requestOwner.error ?? removeOwner.error} />
      {requestOwner.isSuccess && (
        <p role="status" className="success-message">
          {t('coOwnership.requestSent')}
        </p>
      )}
      {space.owners.length > 1 && (
        <ul className="item-list">
          {space.owners.map((owner) => {
            const name = pickText(owner.names, i18n.language);
            return (
              <li key={owner.organisationId} className="item">
                <LocalisedText value={owner.names} />
                <ConfirmButton
                  danger
                  ariaLabel={t('coOwnership.removeOwnerNamed', { name })}
                  title={t('coOwnership.removeOwnerTitle', { name })}
                  message={t('coOwnership.removeOwnerText')}
                  confirmLabel={t('common.remove')}
                  onConfirm={() => removeOwner.mutate(owner.organisationId)}
                  isDisabled={removeOwner.isPending}
                >
                  {t('common.remove')}
                </ConfirmButton>
              </li>
            );
          })}
        </ul>
      )}
      <OrganisationPicker
        label={t('coOwnership.inviteOrganisation')}
        description={t('coOwnership.inviteOrganisationHelp')}
        excludeIds={[
          ...space.owners.map((owner) => owner.organisationId),
          ...pending.map((request) => request.organisation.id),
        ]}
        onPick={(organisation) => requestOwner.mutate(organisation.id)}
        isDisabled={requestOwner.isPending}
      />
      <h3>{t('coOwnership.pendingTitle')}</h3>
      {requests.isPending && <Loading />}
      {requests.isError && <LoadError error={requests.error} />}
      {requests.data && pending.length === 0 && <EmptyState>{t('coOwnership.noneForSpace')}</EmptyState>}
      {pending.length > 0 && (
        <ul className="item-list">
          {pending.map((request) => (
            <li key={request.id} className="item">
              <p>
                <LocalisedText value={request.organisation.names} /> —{' '}
                {t('coOwnership.waitingSince', { date: formatDate(request.createdAt, i18n.language) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
