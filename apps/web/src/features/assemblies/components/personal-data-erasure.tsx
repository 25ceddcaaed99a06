import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { formatDate } from '../../../lib/format.ts';
import { type Assembly, useErasePersonalData } from '../api/assemblies.ts';

/** Managers erase the volunteers' personal data before the retention date, after a confirmation. */
export function PersonalDataErasure({ assembly }: { assembly: Assembly }) {
  const { t, i18n } = useTranslation();
  const erase = useErasePersonalData(assembly.slug);
  if (assembly.personalDataErasedAt)
    return (
      <div role="status" className="notice">
        {erase.isSuccess && <p>{t('assemblies.erasedDone', { count: erase.data.erased })}</p>}
        <p>
          {t('assemblies.erasedNotice', { date: formatDate(assembly.personalDataErasedAt, i18n.language) })}
        </p>
      </div>
    );
  return (
    <>
      <ProblemSummary problem={erase.error} />
      <div className="button-row">
        <ConfirmButton
          danger
          title={t('assemblies.eraseTitle')}
          message={<p>{t('assemblies.eraseMessage', { count: assembly.poolSize })}</p>}
          confirmLabel={t('assemblies.eraseConfirm')}
          onConfirm={() => erase.mutate()}
          isDisabled={erase.isPending}
        >
          {t('assemblies.eraseNow')}
        </ConfirmButton>
      </div>
    </>
  );
}
