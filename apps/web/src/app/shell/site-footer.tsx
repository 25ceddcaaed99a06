import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>{t('footer.tagline')}</p>
        <ul>
          <li>
            <a href="/api/docs">{t('footer.apiDocs')}</a>
          </li>
          <li>{t('footer.licence')}</li>
        </ul>
      </div>
    </footer>
  );
}
