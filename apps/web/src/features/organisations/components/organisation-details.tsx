import { useTranslation } from 'react-i18next';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { VerifiedBadge } from '../../../components/verified-badge.tsx';
import { countryName, formatDate, languageName } from '../../../lib/format.ts';
import { useRoleLabel } from '../../../lib/use-role-label.ts';
import type { Organisation } from '../api/organisations.ts';

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
      <dl className="facts">
        <div>
          <dt>{t('organisations.type')}</dt>
          <dd>{t(`organisationTypes.${organisation.type}`)}</dd>
        </div>
        <div>
          <dt>{t('organisations.country')}</dt>
          <dd>{countryName(organisation.country, locale)}</dd>
        </div>
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
