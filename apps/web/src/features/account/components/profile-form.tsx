import { UI_LANGUAGES } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../../../components/ui/conflict-notice.tsx';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { isUiLanguage, switchUiLanguage } from '../../../i18n/i18n.ts';
import { isVersionConflict } from '../../../lib/api-problem.ts';
import type { User } from '../../../lib/session.ts';
import { isBlank } from '../../../lib/validation.ts';
import { useReloadProfile, useUpdateProfile } from '../api/profile.ts';

const LANGUAGE_CHOICES = UI_LANGUAGES.map((language) => ({
  id: language.code,
  label: language.nativeName,
  lang: language.code,
}));

export function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const reload = useReloadProfile();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [language, setLanguage] = useState(isUiLanguage(user.language) ? user.language : 'en');
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(update.error, localErrors);
  const labels = { displayName: t('auth.displayName'), language: t('account.language') };

  // After a conflict the form restarts from what is saved now; the person then makes their change again.
  const restartFromSaved = () =>
    reload.mutate(undefined, {
      onSuccess: (fresh) => {
        setDisplayName(fresh.displayName);
        if (isUiLanguage(fresh.language)) setLanguage(fresh.language);
        update.reset();
      },
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = isBlank(displayName) ? { displayName: t('validation.required') } : {};
    setLocalErrors(errors);
    if (hasErrors(errors)) return;
    update.mutate(
      { displayName: displayName.trim(), language, version: user.version },
      { onSuccess: (saved) => void (isUiLanguage(saved.language) && switchUiLanguage(saved.language)) },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {isVersionConflict(update.error) ? (
        <ConflictNotice onReload={restartFromSaved} isReloading={reload.isPending} />
      ) : (
        <ProblemSummary problem={update.error} localErrors={localErrors} labels={labels} />
      )}
      {update.isSuccess && (
        <p role="status" className="success-message">
          {t('account.profileSaved')}
        </p>
      )}
      <TextInput
        label={labels.displayName}
        name="displayName"
        autoComplete="name"
        value={displayName}
        onChange={setDisplayName}
        error={errorFor('displayName')}
        isDisabled={update.isPending}
        isRequired
      />
      <SelectInput
        label={labels.language}
        description={t('account.languageHelp')}
        choices={LANGUAGE_CHOICES}
        value={language}
        onChange={(code) => {
          if (isUiLanguage(code)) setLanguage(code);
        }}
        error={errorFor('language')}
        isDisabled={update.isPending}
      />
      <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
        {update.isPending ? t('common.saving') : t('account.saveProfile')}
      </Button>
    </form>
  );
}
