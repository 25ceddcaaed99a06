import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { VerifiedBadge } from '../../../components/verified-badge.tsx';
import { countryName } from '../../../lib/format.ts';
import type { OrganisationSummary } from '../api/organisations.ts';

export function OrganisationCard({ organisation }: { organisation: OrganisationSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card organisation-card">
      <h3 className="card-title">
        <Link to={`/organisations/${organisation.slug}`}>
          <LocalisedText value={organisation.names} />
        </Link>
      </h3>
      <p className="card-meta">
        <VerifiedBadge verified={organisation.verified} />
        <span>{t(`organisationTypes.${organisation.type}`)}</span>
        <span>{countryName(organisation.country, i18n.language)}</span>
        {organisation.isDemo && <span className="badge badge-muted">{t('common.demo')}</span>}
      </p>
    </li>
  );
}
