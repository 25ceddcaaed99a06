import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { currentUiLanguage } from '../../../i18n/i18n.ts';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { safeReturnTo } from '../../../lib/return-to.ts';
import { isBlank, isEmail, MIN_PASSWORD_LENGTH } from '../../../lib/validation.ts';
import { useSignUp } from '../api/sign-up.ts';

export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signUpTitle'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signUp = useSignUp();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(signUp.error, localErrors);
  const labels = { displayName: t('auth.displayName'), email: t('auth.email'), password: t('auth.password') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = {};
    if (isBlank(displayName)) errors.displayName = t('validation.required');
    if (!isEmail(email)) errors.email = t('validation.email');
    if (password.length < MIN_PASSWORD_LENGTH)
      errors.password = t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH });
    setLocalErrors(errors);
    if (hasErrors(errors)) return;
    signUp.mutate(
      { displayName: displayName.trim(), email: email.trim(), password, language: currentUiLanguage() },
      { onSuccess: () => void navigate(safeReturnTo(params.get('returnTo') ?? '/account?welcome=1')) },
    );
  };

  return (
    <div className="narrow-page">
      <h1>{t('auth.signUpTitle')}</h1>
      <p>{t('auth.signUpIntro')}</p>
      <form onSubmit={submit} noValidate className="form">
        <ProblemSummary problem={signUp.error} localErrors={localErrors} labels={labels} />
        <TextInput
          label={labels.displayName}
          description={t('auth.displayNameHelp')}
          name="displayName"
          autoComplete="name"
          value={displayName}
          onChange={setDisplayName}
          error={errorFor('displayName')}
          isDisabled={signUp.isPending}
          isRequired
        />
        <TextInput
          label={labels.email}
          description={t('auth.emailHelp')}
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={errorFor('email')}
          isDisabled={signUp.isPending}
          isRequired
        />
        <TextInput
          label={labels.password}
          description={t('auth.passwordHelp', { min: MIN_PASSWORD_LENGTH })}
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errorFor('password')}
          isDisabled={signUp.isPending}
          isRequired
        />
        <Button type="submit" className="button button-primary" isDisabled={signUp.isPending}>
          {signUp.isPending ? t('auth.creatingAccount') : t('auth.createAccount')}
        </Button>
      </form>
      <p>
        <Link to="/login">{t('auth.haveAccount')}</Link>
      </p>
    </div>
  );
}
