import { useTranslation } from 'react-i18next';

/** The badge speaks for itself: the visible word is also the accessible text, the tick is decoration. */
export function VerifiedBadge({ verified, showUnverified }: { verified: boolean; showUnverified?: boolean }) {
  const { t } = useTranslation();
  if (!verified && !showUnverified) return null;
  return verified ? (
    <span className="badge badge-verified" title={t('organisations.verifiedExplained')}>
      <span aria-hidden="true">✓ </span>
      {t('organisations.verified')}
    </span>
  ) : (
    <span className="badge badge-muted">{t('organisations.notVerified')}</span>
  );
}
