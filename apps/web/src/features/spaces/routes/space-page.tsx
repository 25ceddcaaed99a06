import { pickText } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { type Space, useSpace } from '../api/spaces.ts';
import { EditSpace } from '../components/edit-space.tsx';
import { SpaceAuditPanel } from '../components/space-audit-panel.tsx';
import { SpaceDetails } from '../components/space-details.tsx';
import { SpaceInvitations } from '../components/space-invitations.tsx';
import { SpaceMembers } from '../components/space-members.tsx';
import { SpaceOwnersPanel } from '../components/space-owners-panel.tsx';
import { SpaceKindSection } from '../space-kind-section.tsx';

function SpaceView({ space }: { space: Space }) {
  const { t } = useTranslation();
  const canManage = space.permissions.manage;
  return (
    <>
      <SpaceDetails space={space} />
      <SpaceKindSection space={space} />
      <section aria-labelledby="space-members-title" className="section">
        <h2 id="space-members-title">{t('spaces.members')}</h2>
        <SpaceMembers space={space} />
      </section>
      {canManage && (
        <>
          <section aria-labelledby="space-invite-title" className="section">
            <h2 id="space-invite-title">{t('spaces.inviteTitle')}</h2>
            <SpaceInvitations space={space} />
          </section>
          <section aria-labelledby="space-co-owners-title" className="section">
            <h2 id="space-co-owners-title">{t('coOwnership.spaceTitle')}</h2>
            <SpaceOwnersPanel space={space} />
          </section>
          <section aria-labelledby="space-settings-title" className="section">
            <h2 id="space-settings-title">{t('spaces.settingsTitle')}</h2>
            <EditSpace space={space} />
          </section>
          <section aria-labelledby="space-audit-title" className="section">
            <h2 id="space-audit-title">{t('audit.spaceTitle')}</h2>
            <SpaceAuditPanel slug={space.slug} />
          </section>
        </>
      )}
    </>
  );
}

export function SpacePage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const space = useSpace(slug);
  useDocumentTitle(space.data ? pickText(space.data.titles, i18n.language) : t('spaces.title'));
  if (space.isPending) return <Loading />;
  if (space.isError)
    return (
      <>
        <h1>{t('spaces.title')}</h1>
        <LoadError error={space.error} />
      </>
    );
  return <SpaceView space={space.data} />;
}
