import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useCurrentUser } from '../../../lib/session.ts';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  useDocumentTitle(undefined);
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p className="button-row">
          {user ? (
            <>
              <Link className="button button-primary" to="/spaces">
                {t('home.mySpaces')}
              </Link>
              <Link className="button button-secondary" to="/organisations">
                {t('home.browseOrganisations')}
              </Link>
            </>
          ) : (
            <>
              <Link className="button button-primary" to="/signup">
                {t('home.getStarted')}
              </Link>
              <Link className="button button-secondary" to="/organisations">
                {t('home.browseOrganisations')}
              </Link>
            </>
          )}
        </p>
      </section>
      <section aria-labelledby="home-how" className="home-features">
        <h2 id="home-how">{t('home.howTitle')}</h2>
        <ul className="card-grid">
          <li className="card">
            <h3>{t('home.organisationsTitle')}</h3>
            <p>{t('home.organisationsText')}</p>
            <Link to="/organisations">{t('home.organisationsLink')}</Link>
          </li>
          <li className="card">
            <h3>{t('home.spacesTitle')}</h3>
            <p>{t('home.spacesText')}</p>
            <Link to="/spaces">{t('home.spacesLink')}</Link>
          </li>
          <li className="card">
            <h3>{t('home.trustTitle')}</h3>
            <p>{t('home.trustText')}</p>
            <a href="/api/docs">{t('home.apiLink')}</a>
          </li>
        </ul>
      </section>
    </>
  );
}
