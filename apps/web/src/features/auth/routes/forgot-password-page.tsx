import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { isEmail } from '../../../lib/validation.ts';
import { useRequestPasswordReset } from '../api/password-reset.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.forgotTitle'));
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(request.error, localErrors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = isEmail(email) ? {} : { email: t('validation.email') };
    setLocalErrors(errors);
    if (!hasErrors(errors)) request.mutate(email.trim());
  };

  return (
    <div className="narrow-page">
      <h1>{t('auth.forgotTitle')}</h1>
      {request.isSuccess ? (
        // The same answer whether or not the address has an account, so nobody can probe for accounts.
        <div role="status" className="success-message">
          <p>{t('auth.resetRequested', { email: email.trim() })}</p>
        </div>
      ) : (
        <>
          <p>{t('auth.forgotIntro')}</p>
          <form onSubmit={submit} noValidate className="form">
            <ProblemSummary
              problem={request.error}
              localErrors={localErrors}
              labels={{ email: t('auth.email') }}
            />
            <TextInput
              label={t('auth.email')}
              name="email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={errorFor('email')}
              isDisabled={request.isPending}
              isRequired
            />
            <Button type="submit" className="button button-primary" isDisabled={request.isPending}>
              {t('auth.sendResetLink')}
            </Button>
          </form>
        </>
      )}
      <p>
        <Link to="/login">{t('auth.backToSignIn')}</Link>
      </p>
    </div>
  );
}
