import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../../components/not-found-page.tsx';

/**
 * The last line of defence when a page fails to load or render (e.g. a new version was deployed while the
 * tab was open): a plain page with a way back, outside the shell that may itself be broken.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <main id="main" className="site-main">
      <section className="notice">
        <h1>{t('errors.pageFailedTitle')}</h1>
        <p>{t('errors.pageFailed')}</p>
        <p>
          <a href="/">{t('notFound.home')}</a>
        </p>
      </section>
    </main>
  );
}
