import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { VerifiedBadge } from '../../../components/verified-badge.tsx';
import type { SpaceSummary } from '../api/spaces.ts';

export function SpaceCard({ space }: { space: SpaceSummary }) {
  const { t } = useTranslation();
  return (
    <li className="card space-card">
      <h3 className="card-title">
        <Link to={`/spaces/${space.slug}`}>
          <LocalisedText value={space.titles} />
        </Link>
      </h3>
      <p className="card-meta">
        <span>{t(`spaceKinds.${space.kind}`)}</span>
        <span>{t(`visibilities.${space.visibility}`)}</span>
        {space.isDemo && <span className="badge badge-muted">{t('common.demo')}</span>}
      </p>
      <p className="card-owners">
        <span className="muted">{t('spaces.ownedBy')}</span>{' '}
        {space.owners.map((owner, index) => (
          <span key={owner.organisationId}>
            {index > 0 && ', '}
            <LocalisedText value={owner.names} /> <VerifiedBadge verified={owner.verified} />
          </span>
        ))}
      </p>
    </li>
  );
}
