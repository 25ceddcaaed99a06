import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { Loading } from '../../../components/ui/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useVerifyEmail } from '../api/email-verification.ts';

/** Opened from the verification e-mail: confirms at once, since the token in the link is the proof. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.verifyTitle'));
  const [params] = useSearchParams();
  const token = params.get('token');
  const user = useCurrentUser();
  const verify = useVerifyEmail();
  const sent = useRef(false);
  const { mutate } = verify;

  useEffect(() => {
    // Strict mode runs effects twice in development; a token works once, so send it once.
    if (!token || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);

  return (
    <div className="narrow-page">
      <h1>{t('auth.verifyTitle')}</h1>
      {!token && <p role="alert">{t('auth.tokenMissing')}</p>}
      {verify.isPending && <Loading label={t('auth.verifying')} />}
      {verify.isSuccess && (
        <div role="status" className="success-message">
          <p>{t('auth.verified')}</p>
          <p>
            <Link to={user ? '/spaces' : '/login'}>
              {user ? t('auth.continueToSpaces') : t('auth.signIn')}
            </Link>
          </p>
        </div>
      )}
      {verify.isError && (
        <>
          <ProblemSummary problem={verify.error} />
          <p>{t('auth.verifyFailedHelp')}</p>
          <p>
            <Link to="/account">{t('nav.accountSettings')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
