import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { VerifiedBadge } from '../../../components/verified-badge.tsx';
import { countryName, formatDateTime } from '../../../lib/format.ts';
import { useRoleLabel } from '../../../lib/use-role-label.ts';
import type { Space } from '../api/spaces.ts';

export function SpaceDetails({ space }: { space: Space }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  return (
    <>
      <div className="page-heading">
        <LocalisedText as="h1" value={space.titles} />
        {space.isDemo && <span className="badge badge-muted">{t('common.demo')}</span>}
      </div>
      {space.descriptions && (
        <LocalisedText as="p" value={space.descriptions} className="lead preserve-lines" />
      )}
      <dl className="facts">
        <div>
          <dt>{t('spaces.kind')}</dt>
          <dd>{t(`spaceKinds.${space.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('spaces.visibility')}</dt>
          <dd>{t(`visibilities.${space.visibility}`)}</dd>
        </div>
        <div>
          <dt>{t('spaces.memberCount')}</dt>
          <dd>{space.memberCount}</dd>
        </div>
        <div>
          <dt>{t('spaces.myRole')}</dt>
          <dd>
            {space.myRole ? roleLabel('space', space.myRole) : t('spaces.notMember')}
            {space.permissions.manage && space.myRole !== 'manage' && (
              <span className="fact-note">{t('spaces.managesThroughOwner')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('spaces.updated')}</dt>
          <dd>{formatDateTime(space.updatedAt, i18n.language)}</dd>
        </div>
      </dl>
      <section aria-labelledby="owners-title" className="section">
        <h2 id="owners-title">{t('spaces.owners')}</h2>
        <ul className="owner-list">
          {space.owners.map((owner) => (
            <li key={owner.organisationId}>
              <Link to={`/organisations/${owner.slug}`}>
                <LocalisedText value={owner.names} />
              </Link>{' '}
              <span className="muted">{countryName(owner.country, i18n.language)}</span>{' '}
              <VerifiedBadge verified={owner.verified} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
