import { pickText } from '@crossgov/shared';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useRoleLabel } from '../../../lib/use-role-label.ts';
import { useAcceptMyInvitation, useMyInvitations } from '../api/my-invitations.ts';

/** Invitations addressed to my e-mail, accepted here without the link from the message. */
export function MyInvitationsPanel() {
  const { t, i18n } = useTranslation();
  const invitations = useMyInvitations();
  const accept = useAcceptMyInvitation();
  const roleLabel = useRoleLabel();
  if (invitations.isPending) return <Loading />;
  if (invitations.isError) return <LoadError error={invitations.error} />;
  const { organisations, spaces } = invitations.data;
  return (
    <>
      <ProblemSummary problem={accept.error} />
      {accept.isSuccess && (
        <p role="status" className="success-message">
          {t('invitations.accepted')}
        </p>
      )}
      {organisations.length === 0 && spaces.length === 0 && (
        <EmptyState>{t('invitations.noneForMe')}</EmptyState>
      )}
      {organisations.length > 0 && (
        <section aria-labelledby="my-org-invitations">
          <h3 id="my-org-invitations">{t('invitations.organisationsTitle')}</h3>
          <ul className="item-list">
            {organisations.map((invitation) => (
              <li key={invitation.id} className="item">
                <p>
                  <Link to={`/organisations/${invitation.organisation.slug}`}>
                    <LocalisedText value={invitation.organisation.names} />
                  </Link>{' '}
                  — {t('invitations.asRole', { role: roleLabel('organisation', invitation.role) })}
                </p>
                <Button
                  className="button button-primary"
                  isDisabled={accept.isPending}
                  aria-label={t('invitations.acceptNamed', {
                    name: pickText(invitation.organisation.names, i18n.language),
                  })}
                  onPress={() => accept.mutate({ kind: 'organisation', id: invitation.id })}
                >
                  {t('invitations.accept')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {spaces.length > 0 && (
        <section aria-labelledby="my-space-invitations">
          <h3 id="my-space-invitations">{t('invitations.spacesTitle')}</h3>
          <ul className="item-list">
            {spaces.map((invitation) => (
              <li key={invitation.id} className="item">
                <p>
                  <LocalisedText value={invitation.space.titles} /> —{' '}
                  {t('invitations.asRole', { role: roleLabel('space', invitation.role) })}
                </p>
                <Button
                  className="button button-primary"
                  isDisabled={accept.isPending}
                  aria-label={t('invitations.acceptNamed', {
                    name: pickText(invitation.space.titles, i18n.language),
                  })}
                  onPress={() => accept.mutate({ kind: 'space', id: invitation.id })}
                >
                  {t('invitations.accept')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
