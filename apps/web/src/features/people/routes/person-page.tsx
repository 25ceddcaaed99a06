import type { ProfilePart } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ThemeList } from '../../../components/theme-list.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { countryName, languageName } from '../../../lib/format.ts';
import { formatList } from '../../../lib/theme-choices.ts';
import { type Person, usePerson } from '../api/people.ts';

function PrivateNote({ person, part }: { person: Person; part: ProfilePart }) {
  const { t } = useTranslation();
  if (!person.hiddenParts.includes(part)) return null;
  return (
    <p className="notice private-note">
      {t('people.privatePart', { part: t(`profileParts.${part}`) })}{' '}
      {person.relation === 'public' ? t('people.signInMaySee') : t('people.partnersMaySee')}
    </p>
  );
}

function PersonView({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <>
      <div className="page-heading">
        <h1>{person.displayName}</h1>
        {person.relation === 'self' && (
          <Link className="button button-secondary" to="/account/profile">
            {t('people.editMine')}
          </Link>
        )}
      </div>
      {Object.keys(person.headlines).length > 0 && (
        <LocalisedText as="p" className="lead" value={person.headlines} />
      )}
      {person.hiddenParts.length > 0 && <p className="muted">{t('people.someParts')}</p>}
      <dl className="facts">
        {person.country && (
          <div>
            <dt>{t('directory.country')}</dt>
            <dd>{countryName(person.country, locale)}</dd>
          </div>
        )}
        {person.languages.length > 0 && (
          <div>
            <dt>{t('people.languages')}</dt>
            <dd>
              {formatList(
                person.languages.map((code) => languageName(code, locale)),
                locale,
              )}
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="about-title" className="section">
        <h2 id="about-title">{t('profileParts.about')}</h2>
        <PrivateNote person={person} part="about" />
        {Object.keys(person.bios).length > 0 && <LocalisedText as="p" value={person.bios} />}
      </section>
      <section aria-labelledby="expertise-title" className="section">
        <h2 id="expertise-title">{t('profileParts.expertise')}</h2>
        <PrivateNote person={person} part="expertise" />
        {person.expertise.length > 0 && (
          <p dir="auto">{t('directory.expertiseIn', { topics: formatList(person.expertise, locale) })}</p>
        )}
        {person.openToSdgs.length > 0 && (
          <>
            <p>{t('people.openTo')}</p>
            <ThemeList sdgs={person.openToSdgs} tags={person.openToTags} />
          </>
        )}
      </section>
      <section aria-labelledby="memberships-title" className="section">
        <h2 id="memberships-title">{t('profileParts.memberships')}</h2>
        <PrivateNote person={person} part="memberships" />
        {person.organisations.length + person.networks.length > 0 && (
          <ul className="link-list">
            {person.organisations.map(({ organisation }) => (
              <li key={organisation.id}>
                <Link to={`/organisations/${organisation.slug}`}>
                  <LocalisedText value={organisation.names} />
                </Link>
              </li>
            ))}
            {person.networks.map((network) => (
              <li key={network.slug}>
                <Link to={`/networks/${network.slug}`}>
                  <LocalisedText value={network.names} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="contact-title" className="section">
        <h2 id="contact-title">{t('profileParts.contact')}</h2>
        <PrivateNote person={person} part="contact" />
        {person.contactEmail && <a href={`mailto:${person.contactEmail}`}>{person.contactEmail}</a>}
      </section>
    </>
  );
}

export function PersonPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const person = usePerson(userId);
  useDocumentTitle(person.data?.displayName ?? t('people.title'));
  if (person.isPending) return <Loading />;
  if (person.isError)
    return (
      <>
        <h1>{t('people.title')}</h1>
        <LoadError error={person.error} />
      </>
    );
  return <PersonView person={person.data} />;
}
