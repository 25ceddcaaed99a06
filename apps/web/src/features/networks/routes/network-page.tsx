import { pickText } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ThemeList } from '../../../components/theme-list.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { countryName } from '../../../lib/format.ts';
import { formatList } from '../../../lib/theme-choices.ts';
import { type Network, useNetwork } from '../api/networks.ts';
import { JoinNetwork } from '../components/join-network.tsx';
import { NetworkJoinRequests } from '../components/network-join-requests.tsx';
import { NetworkMembers } from '../components/network-members.tsx';

function NetworkView({ network }: { network: Network }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <>
      <div className="page-heading">
        <LocalisedText as="h1" value={network.names} />
        {network.isDemo && <span className="badge badge-muted">{t('common.demo')}</span>}
      </div>
      {network.isDemo && <p className="muted">{t('organisations.demoNotice')}</p>}
      <LocalisedText as="p" className="lead" value={network.purposes} />
      <dl className="facts">
        <div>
          <dt>{t('networks.kind')}</dt>
          <dd>{t(`networkKinds.${network.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('networks.joinPolicy')}</dt>
          <dd>{t(`joinPolicies.${network.joinPolicy}`)}</dd>
        </div>
        <div>
          <dt>{t('networks.membersFact')}</dt>
          <dd>
            {t('networks.memberCounts', {
              organisations: network.organisationCount,
              people: network.personCount,
            })}
          </dd>
        </div>
        {network.countries.length > 0 && (
          <div>
            <dt>{t('networks.countries')}</dt>
            <dd>
              {formatList(
                network.countries.map((code) => countryName(code, locale)),
                locale,
              )}
            </dd>
          </div>
        )}
        {network.website && (
          <div>
            <dt>{t('organisations.website')}</dt>
            <dd>
              <a href={network.website} rel="noopener noreferrer">
                {network.website}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <ThemeList sdgs={network.sdgs} tags={network.tags} />
      <section aria-labelledby="join-title" className="section">
        <h2 id="join-title">{t('networks.joinTitle')}</h2>
        <JoinNetwork network={network} />
      </section>
      {network.canCoordinate && (
        <section aria-labelledby="network-requests-title" className="section">
          <h2 id="network-requests-title">{t('networks.requestsTitle')}</h2>
          <NetworkJoinRequests slug={network.slug} />
        </section>
      )}
      <section aria-labelledby="network-members-title" className="section">
        <h2 id="network-members-title">{t('networks.members')}</h2>
        <NetworkMembers slug={network.slug} />
      </section>
    </>
  );
}

export function NetworkPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const network = useNetwork(slug);
  useDocumentTitle(network.data ? pickText(network.data.names, i18n.language) : t('networks.title'));
  if (network.isPending) return <Loading />;
  if (network.isError)
    return (
      <>
        <h1>{t('networks.title')}</h1>
        <LoadError error={network.error} />
      </>
    );
  return <NetworkView network={network.data} />;
}
