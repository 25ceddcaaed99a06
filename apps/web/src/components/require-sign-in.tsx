import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../lib/session.ts';
import { Loading } from './ui/query-status.tsx';

/** Pages for signed-in people explain themselves to visitors and offer to sign in, then come back. */
export function RequireSignIn({ children, adminOnly }: { children: ReactNode; adminOnly?: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <Loading />;
  const user = session.data?.user;
  const returnTo = `${location.pathname}${location.search}`;
  if (!user)
    return (
      <section className="notice">
        <h1>{t('auth.signInRequiredTitle')}</h1>
        <p>{t('auth.signInRequired')}</p>
        <p className="button-row">
          <Link className="button button-primary" to={`/login?returnTo=${encodeURIComponent(returnTo)}`}>
            {t('nav.signIn')}
          </Link>
          <Link className="button button-secondary" to="/signup">
            {t('nav.signUp')}
          </Link>
        </p>
      </section>
    );
  if (adminOnly && user.platformRole !== 'admin')
    return (
      <section className="notice">
        <h1>{t('admin.forbiddenTitle')}</h1>
        <p>{t('admin.forbidden')}</p>
      </section>
    );
  return <>{children}</>;
}
