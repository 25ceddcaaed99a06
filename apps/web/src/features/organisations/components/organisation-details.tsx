import { jurisdictionName } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ThemeList } from '../../../components/theme-list.tsx';
import { VerifiedBadge } from '../../../components/verified-badge.tsx';
import { countryName, formatDate, languageName } from '../../../lib/format.ts';
import { formatList } from '../../../lib/theme-choices.ts';
import { useRoleLabel } from '../../../lib/use-role-label.ts';
import { useOrganisationNetworks } from '../api/organisation-networks.ts';
import type { Organisation } from '../api/organisations.ts';

function OrganisationNetworks({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const networks = useOrganisationNetworks(organisation);
  if (!networks.data || networks.data.length === 0) return null;
  return (
    <section aria-labelledby="organisation-networks" className="section">
      <h2 id="organisation-networks">{t('organisations.networks')}</h2>
      <ul className="link-list">
        {networks.data.map((network) => (
          <li key={network.id}>
            <Link to={`/networks/${network.slug}`}>
              <LocalisedText value={network.names} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const locale = i18n.language;
  const names = Object.entries(organisation.names);
  return (
    <>
      <div className="page-heading">
        <LocalisedText as="h1" value={organisation.names} />
        <VerifiedBadge verified={organisation.verified} showUnverified />
        {organisation.isDemo && <span className="badge badge-muted">{t('common.demo')}</span>}
      </div>
      {organisation.isDemo && <p className="muted">{t('organisations.demoNotice')}</p>}
      {Object.keys(organisation.descriptions).length > 0 && (
        <LocalisedText as="p" className="lead" value={organisation.descriptions} />
      )}
      <dl className="facts">
        <div>
          <dt>{t('organisations.type')}</dt>
          <dd>{t(`organisationTypes.${organisation.type}`)}</dd>
        </div>
        <div>
          <dt>{t('organisations.country')}</dt>
          <dd>{countryName(organisation.country, locale)}</dd>
        </div>
        {organisation.jurisdiction && (
          <div>
            <dt>{t('organisations.jurisdiction')}</dt>
            <dd>{jurisdictionName(organisation.jurisdiction, locale)}</dd>
          </div>
        )}
        {organisation.workingLanguages.length > 0 && (
          <div>
            <dt>{t('organisations.workingLanguages')}</dt>
            <dd>
              {formatList(
                organisation.workingLanguages.map((code) => languageName(code, locale)),
                locale,
              )}
            </dd>
          </div>
        )}
        {organisation.contactEmail && (
          <div>
            <dt>{t('organisations.contact')}</dt>
            <dd>
              <a href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a>
            </dd>
          </div>
        )}
        {organisation.website && (
          <div>
            <dt>{t('organisations.website')}</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer">
                {organisation.website}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('organisations.memberCount')}</dt>
          <dd>{organisation.memberCount}</dd>
        </div>
        <div>
          <dt>{t('organisations.myRole')}</dt>
          <dd>
            {organisation.myRole
              ? roleLabel('organisation', organisation.myRole)
              : t('organisations.notMember')}
          </dd>
        </div>
        {organisation.verified && organisation.verifiedAt && (
          <div>
            <dt>{t('organisations.verifiedOn')}</dt>
            <dd>{formatDate(organisation.verifiedAt, locale)}</dd>
          </div>
        )}
      </dl>
      {(organisation.sdgs.length > 0 || organisation.tags.length > 0) && (
        <section aria-labelledby="organisation-themes">
          <h2 id="organisation-themes">{t('directory.themes')}</h2>
          <ThemeList sdgs={organisation.sdgs} tags={organisation.tags} />
        </section>
      )}
      <OrganisationNetworks organisation={organisation} />
      {names.length > 1 && (
        <section aria-labelledby="organisation-names">
          <h2 id="organisation-names">{t('organisations.namesInLanguages')}</h2>
          <ul className="names-list">
            {names.map(([language, entry]) => (
              <li key={language}>
                <span className="muted">{languageName(language, locale)}:</span>{' '}
                <span lang={language}>{entry.text}</span>{' '}
                <span className="muted">({t(`provenance.${entry.provenance}`)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
