import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ThemeList } from '../../../components/theme-list.tsx';
import type { NetworkSummary } from '../api/directory-search.ts';

export function NetworkResult({ network }: { network: NetworkSummary }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h3 className="card-title">
        <Link to={`/networks/${network.slug}`}>
          <LocalisedText value={network.names} />
        </Link>
      </h3>
      <LocalisedText as="p" value={network.purposes} />
      <p className="card-meta">
        <span>{t(`networkKinds.${network.kind}`)}</span>
        <span>{t(`joinPolicies.${network.joinPolicy}`)}</span>
        <span>
          {t('networks.memberCounts', {
            organisations: network.organisationCount,
            people: network.personCount,
          })}
        </span>
        {network.isDemo && <span className="badge badge-muted">{t('common.demo')}</span>}
      </p>
      <ThemeList sdgs={network.sdgs} tags={network.tags} />
    </li>
  );
}
