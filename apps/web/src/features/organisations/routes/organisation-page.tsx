import { pickText } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { type Organisation, useOrganisation } from '../api/organisations.ts';
import { CoOwnershipRequestsPanel } from '../components/co-ownership-requests-panel.tsx';
import { EditOrganisation } from '../components/edit-organisation.tsx';
import { JoinRequestsPanel } from '../components/join-requests-panel.tsx';
import { MembershipActions } from '../components/membership-actions.tsx';
import { OrganisationDetails } from '../components/organisation-details.tsx';
import { OrganisationInvitations } from '../components/organisation-invitations.tsx';
import { OrganisationMembers } from '../components/organisation-members.tsx';
import { VerificationControl } from '../components/verification-control.tsx';

function OrganisationView({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canManage = organisation.myRole === 'owner' || organisation.myRole === 'admin';
  return (
    <>
      <OrganisationDetails organisation={organisation} />
      <MembershipActions organisation={organisation} />
      <section aria-labelledby="members-title" className="section">
        <h2 id="members-title">{t('organisations.members')}</h2>
        <OrganisationMembers organisation={organisation} />
      </section>
      {canManage && (
        <>
          <section aria-labelledby="pairing-title" className="section">
            <h2 id="pairing-title">{t('pairing.title')}</h2>
            <p>{t('pairing.intro')}</p>
            <Link className="button button-secondary" to={`/organisations/${organisation.slug}/pairing`}>
              {t('pairing.open')}
            </Link>
          </section>
          <section aria-labelledby="invitations-title" className="section">
            <h2 id="invitations-title">{t('invitations.inviteTitle')}</h2>
            <OrganisationInvitations organisation={organisation} />
          </section>
          <section aria-labelledby="join-requests-title" className="section">
            <h2 id="join-requests-title">{t('joinRequests.title')}</h2>
            <JoinRequestsPanel slug={organisation.slug} />
          </section>
          <section aria-labelledby="co-ownership-title" className="section">
            <h2 id="co-ownership-title">{t('coOwnership.title')}</h2>
            <CoOwnershipRequestsPanel slug={organisation.slug} />
          </section>
          <section aria-labelledby="edit-title" className="section">
            <h2 id="edit-title">{t('organisations.editTitle')}</h2>
            <EditOrganisation organisation={organisation} />
          </section>
        </>
      )}
      {user?.platformRole === 'admin' && (
        <section aria-labelledby="verification-title" className="section">
          <h2 id="verification-title">{t('verification.title')}</h2>
          <VerificationControl organisation={organisation} />
        </section>
      )}
    </>
  );
}

export function OrganisationPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const organisation = useOrganisation(slug);
  useDocumentTitle(
    organisation.data ? pickText(organisation.data.names, i18n.language) : t('organisations.title'),
  );
  if (organisation.isPending) return <Loading />;
  if (organisation.isError)
    return (
      <>
        <h1>{t('organisations.title')}</h1>
        <LoadError error={organisation.error} />
      </>
    );
  return <OrganisationView organisation={organisation.data} />;
}
