import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { isBlank, MIN_PASSWORD_LENGTH } from '../../../lib/validation.ts';
import { useChangePassword } from '../api/profile.ts';

export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(change.error, localErrors);
  const labels = { currentPassword: t('account.currentPassword'), newPassword: t('auth.newPassword') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = {};
    if (isBlank(currentPassword)) errors.currentPassword = t('validation.required');
    if (newPassword.length < MIN_PASSWORD_LENGTH)
      errors.newPassword = t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH });
    setLocalErrors(errors);
    if (hasErrors(errors)) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <ProblemSummary problem={change.error} localErrors={localErrors} labels={labels} />
      {change.isSuccess && (
        <p role="status" className="success-message">
          {t('account.passwordChanged')}
        </p>
      )}
      <TextInput
        label={labels.currentPassword}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={setCurrentPassword}
        error={errorFor('currentPassword')}
        isDisabled={change.isPending}
        isRequired
      />
      <TextInput
        label={labels.newPassword}
        description={t('auth.passwordHelp', { min: MIN_PASSWORD_LENGTH })}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        value={newPassword}
        onChange={setNewPassword}
        error={errorFor('newPassword')}
        isDisabled={change.isPending}
        isRequired
      />
      <Button type="submit" className="button button-primary" isDisabled={change.isPending}>
        {change.isPending ? t('common.saving') : t('account.changePassword')}
      </Button>
    </form>
  );
}
