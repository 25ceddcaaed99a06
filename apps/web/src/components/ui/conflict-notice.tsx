import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** Shown instead of overwriting a partner's change: nothing was saved, reload and edit again. */
export function ConflictNotice({ onReload, isReloading }: { onReload: () => void; isReloading?: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="problem-summary conflict-notice">
      <p className="problem-title">{t('errors.conflictTitle')}</p>
      <p>{t('errors.conflictText')}</p>
      <Button className="button button-secondary" onPress={onReload} isDisabled={isReloading}>
        {t('errors.conflictReload')}
      </Button>
    </div>
  );
}
