import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { safeReturnTo } from '../../../lib/return-to.ts';
import { useSession } from '../../../lib/session.ts';
import { isBlank, isEmail } from '../../../lib/validation.ts';
import { useSignIn } from '../api/sign-in.ts';
import { SsoErrorNotice } from '../components/sso-error-notice.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signInTitle'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const session = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(signIn.error, localErrors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = {};
    if (!isEmail(email)) errors.email = t('validation.email');
    if (isBlank(password)) errors.password = t('validation.required');
    setLocalErrors(errors);
    if (hasErrors(errors)) return;
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(returnTo) });
  };

  const oidc = session.data?.oidc;
  return (
    <div className="narrow-page">
      <h1>{t('auth.signInTitle')}</h1>
      <SsoErrorNotice code={params.get('sso_error')} />
      {oidc?.enabled && (
        <>
          <p>
            <a
              className="button button-primary button-wide"
              href={`/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`}
            >
              {t('auth.signInWith', { provider: oidc.displayName })}
            </a>
          </p>
          <p className="divider">
            <span>{t('auth.orWithPassword')}</span>
          </p>
        </>
      )}
      <form onSubmit={submit} noValidate className="form">
        <ProblemSummary
          problem={signIn.error}
          localErrors={localErrors}
          labels={{ email: t('auth.email'), password: t('auth.password') }}
        />
        <TextInput
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={errorFor('email')}
          isDisabled={signIn.isPending}
          isRequired
        />
        <TextInput
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errorFor('password')}
          isDisabled={signIn.isPending}
          isRequired
        />
        <Button type="submit" className="button button-primary" isDisabled={signIn.isPending}>
          {signIn.isPending ? t('auth.signingIn') : t('auth.signIn')}
        </Button>
      </form>
      <ul className="link-list">
        <li>
          <Link to="/forgot-password">{t('auth.forgotPasswordLink')}</Link>
        </li>
        <li>
          <Link to={`/signup${params.get('returnTo') ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`}>
            {t('auth.noAccount')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
