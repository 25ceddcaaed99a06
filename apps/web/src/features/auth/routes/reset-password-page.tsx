import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { MIN_PASSWORD_LENGTH } from '../../../lib/validation.ts';
import { useConfirmPasswordReset } from '../api/password-reset.ts';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.resetTitle'));
  const [params] = useSearchParams();
  const token = params.get('token');
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(confirm.error, localErrors);
  const labels = { password: t('auth.newPassword'), repeat: t('auth.repeatPassword') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = {};
    if (password.length < MIN_PASSWORD_LENGTH)
      errors.password = t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH });
    if (repeat !== password) errors.repeat = t('validation.passwordsDiffer');
    setLocalErrors(errors);
    if (!hasErrors(errors) && token) confirm.mutate({ token, password });
  };

  if (!token)
    return (
      <div className="narrow-page">
        <h1>{t('auth.resetTitle')}</h1>
        <p role="alert">{t('auth.tokenMissing')}</p>
        <p>
          <Link to="/forgot-password">{t('auth.forgotPasswordLink')}</Link>
        </p>
      </div>
    );

  return (
    <div className="narrow-page">
      <h1>{t('auth.resetTitle')}</h1>
      {confirm.isSuccess ? (
        <div role="status" className="success-message">
          <p>{t('auth.resetDone')}</p>
          <p>
            <Link to="/login">{t('auth.signIn')}</Link>
          </p>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <ProblemSummary problem={confirm.error} localErrors={localErrors} labels={labels} />
          <TextInput
            label={labels.password}
            description={t('auth.passwordHelp', { min: MIN_PASSWORD_LENGTH })}
            name="password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={errorFor('password')}
            isDisabled={confirm.isPending}
            isRequired
          />
          <TextInput
            label={labels.repeat}
            name="repeat"
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={setRepeat}
            error={errorFor('repeat')}
            isDisabled={confirm.isPending}
            isRequired
          />
          <Button type="submit" className="button button-primary" isDisabled={confirm.isPending}>
            {t('auth.setNewPassword')}
          </Button>
        </form>
      )}
    </div>
  );
}
