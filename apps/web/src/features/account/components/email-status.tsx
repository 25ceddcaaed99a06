import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import type { User } from '../../../lib/session.ts';
import { useResendVerification } from '../api/profile.ts';

export function EmailStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  if (user.emailVerified)
    return (
      <p>
        {t('account.emailIs', { email: user.email })}{' '}
        <span className="badge badge-verified">{t('account.emailVerified')}</span>
      </p>
    );
  return (
    <div className="notice notice-warning">
      <p>{t('account.emailNotVerified', { email: user.email })}</p>
      <ProblemSummary problem={resend.error} />
      {resend.isSuccess ? (
        <p role="status">{t('account.verificationSent')}</p>
      ) : (
        <Button
          className="button button-secondary"
          onPress={() => resend.mutate()}
          isDisabled={resend.isPending}
        >
          {t('account.resendVerification')}
        </Button>
      )}
    </div>
  );
}
