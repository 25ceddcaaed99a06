import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { countryName } from '../../../lib/format.ts';
import type { PartnerMatch } from '../api/find-partners.ts';
import { explainMatch } from './match-explanation.ts';

export function PartnerMatchCard({ match, rank }: { match: PartnerMatch; rank: number }) {
  const { t, i18n } = useTranslation();
  const { organisation } = match;
  return (
    <li className="card match-card">
      <h3 className="card-title">
        <span className="match-rank">{t('partners.rank', { rank })}</span>{' '}
        <Link to={`/organisations/${organisation.slug}`}>
          <LocalisedText value={organisation.names} />
        </Link>
      </h3>
      <p className="card-meta">
        <span>{t(`organisationTypes.${organisation.type}`)}</span>
        <span>{countryName(organisation.country, i18n.language)}</span>
        <span>{t('partners.fit', { percent: Math.round(match.score * 100) })}</span>
      </p>
      <p className="match-explanation">{explainMatch(match, t, i18n.language)}</p>
    </li>
  );
}
