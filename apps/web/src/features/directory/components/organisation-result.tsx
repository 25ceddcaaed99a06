import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ThemeList } from '../../../components/theme-list.tsx';
import { VerifiedBadge } from '../../../components/verified-badge.tsx';
import { countryName, languageName } from '../../../lib/format.ts';
import { formatList } from '../../../lib/theme-choices.ts';
import type { OrganisationSummary } from '../api/directory-search.ts';

export function OrganisationResult({ organisation }: { organisation: OrganisationSummary }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
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
        <span>{countryName(organisation.country, locale)}</span>
        {organisation.workingLanguages.length > 0 && (
          <span>
            {t('directory.worksIn', {
              languages: formatList(
                organisation.workingLanguages.map((code) => languageName(code, locale)),
                locale,
              ),
            })}
          </span>
        )}
        {organisation.isDemo && <span className="badge badge-muted">{t('common.demo')}</span>}
      </p>
      <ThemeList sdgs={organisation.sdgs} />
    </li>
  );
}
