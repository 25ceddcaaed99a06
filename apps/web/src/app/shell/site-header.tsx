import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useCurrentUser } from '../../lib/session.ts';
import { AccountMenu } from './account-menu.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';

export function SiteHeader() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            ⨯
          </span>
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.main')} className="main-nav">
          <ul>
            <li>
              <NavLink to="/directory">{t('nav.directory')}</NavLink>
            </li>
            <li>
              <NavLink to="/organisations">{t('nav.organisations')}</NavLink>
            </li>
            <li>
              <NavLink to="/spaces">{t('nav.spaces')}</NavLink>
            </li>
            {user?.platformRole === 'admin' && (
              <li>
                <NavLink to="/admin">{t('nav.admin')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="header-tools">
          <LanguageSwitcher />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
