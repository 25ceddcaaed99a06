import { useTranslation } from 'react-i18next';

const KNOWN = ['sso_unavailable', 'sso_expired', 'sso_cancelled', 'sso_failed'] as const;
type KnownSsoError = (typeof KNOWN)[number];

function isKnown(code: string): code is KnownSsoError {
  return (KNOWN as readonly string[]).includes(code);
}

/** The single sign-on callback comes back to /login?sso_error=<code> when something went wrong. */
export function SsoErrorNotice({ code }: { code: string | null }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <div role="alert" className="problem-summary">
      <p className="problem-title">{isKnown(code) ? t(`auth.sso.${code}`) : t('auth.sso.sso_failed')}</p>
    </div>
  );
}
