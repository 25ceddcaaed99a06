import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ThemeList } from '../../../components/theme-list.tsx';
import { countryName, languageName } from '../../../lib/format.ts';
import { formatList } from '../../../lib/theme-choices.ts';
import type { PersonSummary } from '../api/directory-search.ts';

export function PersonResult({ person }: { person: PersonSummary }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <li className="card">
      <h3 className="card-title">
        <Link to={`/people/${person.userId}`}>{person.displayName}</Link>
      </h3>
      {Object.keys(person.headlines).length > 0 && <LocalisedText as="p" value={person.headlines} />}
      <p className="card-meta">
        {person.country && <span>{countryName(person.country, locale)}</span>}
        {person.languages.length > 0 && (
          <span>
            {t('directory.speaks', {
              languages: formatList(
                person.languages.map((code) => languageName(code, locale)),
                locale,
              ),
            })}
          </span>
        )}
        {person.expertise.length > 0 && (
          <span dir="auto">
            {t('directory.expertiseIn', { topics: formatList(person.expertise, locale) })}
          </span>
        )}
      </p>
      <ThemeList sdgs={person.openToSdgs} />
    </li>
  );
}
