import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/ui/copy-button.tsx';

/** The secret exists only in this answer: the server keeps a hash, so it cannot be shown again. */
export function NewTokenSecret({ secret, name }: { secret: string; name: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-success" role="status">
      <p>
        <strong>{t('tokens.createdTitle', { name })}</strong>
      </p>
      <p>{t('tokens.shownOnce')}</p>
      <p className="token-secret">
        <span>{t('tokens.secret')}</span> <code>{secret}</code>
      </p>
      <CopyButton value={secret} label={t('tokens.copy')} />
    </div>
  );
}
