import { type RefObject, Suspense, useEffect, useRef } from 'react';
import { I18nProvider, RouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Outlet, useHref, useLocation, useNavigate } from 'react-router';
import { Loading } from '../../components/ui/query-status.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { useSyncProfileLanguage } from './use-sync-profile-language.ts';

/**
 * After a client-side navigation, focus moves to the main region so keyboard and screen-reader users start
 * at the new page's content, as they would after a full page load. The first render keeps the browser's focus.
 */
function useFocusMainOnNavigation(main: RefObject<HTMLElement | null>) {
  const location = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path change is the trigger, not an input.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Only the path matters: tabs and filters change the query string without leaving the page.
    main.current?.focus();
  }, [location.pathname, main]);
}

export function AppShell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  useFocusMainOnNavigation(main);
  useSyncProfileLanguage();
  return (
    <RouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
      <I18nProvider locale={i18n.language}>
        <a className="skip-link" href="#main">
          {t('nav.skipToContent')}
        </a>
        <SiteHeader />
        <main id="main" ref={main} tabIndex={-1} className="site-main">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
        <SiteFooter />
      </I18nProvider>
    </RouterProvider>
  );
}
