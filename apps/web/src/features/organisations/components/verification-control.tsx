import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { type Organisation, useSetVerification } from '../api/organisations.ts';

/** Platform administrators vouch that an organisation is the public body it claims to be. */
export function VerificationControl({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const setVerification = useSetVerification(organisation.slug);
  return (
    <div>
      <ProblemSummary problem={setVerification.error} />
      <p>{organisation.verified ? t('verification.isVerified') : t('verification.isNotVerified')}</p>
      {organisation.verified ? (
        <ConfirmButton
          danger
          title={t('verification.unverifyTitle')}
          message={t('verification.unverifyText')}
          confirmLabel={t('verification.unverify')}
          onConfirm={() => setVerification.mutate(false)}
          isDisabled={setVerification.isPending}
        >
          {t('verification.unverify')}
        </ConfirmButton>
      ) : (
        <ConfirmButton
          title={t('verification.verifyTitle')}
          message={t('verification.verifyText')}
          confirmLabel={t('verification.verify')}
          onConfirm={() => setVerification.mutate(true)}
          isDisabled={setVerification.isPending}
        >
          {t('verification.verify')}
        </ConfirmButton>
      )}
    </div>
  );
}
