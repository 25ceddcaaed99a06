import { DEFAULT_PROFILE_VISIBILITY, PROFILE_AUDIENCES, PROFILE_PARTS } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MultilingualEditor } from '../../../components/multilingual-editor.tsx';
import { CheckboxGroupInput } from '../../../components/ui/checkbox-group-input.tsx';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { ConflictNotice } from '../../../components/ui/conflict-notice.tsx';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { currentUiLanguage } from '../../../i18n/i18n.ts';
import { isVersionConflict } from '../../../lib/api-problem.ts';
import { useCountryChoices } from '../../../lib/country-choices.ts';
import {
  multilingualFromRows,
  newLanguageRow,
  rowsFromMultilingual,
} from '../../../lib/multilingual-rows.ts';
import { parseTags, useLanguageChoices, useSdgChoices } from '../../../lib/theme-choices.ts';
import { isBlank } from '../../../lib/validation.ts';
import { type Person, refetchMyProfile, useSaveProfile } from '../api/people.ts';

function valuesFrom(profile: Person | null) {
  const headlines = rowsFromMultilingual(profile?.headlines);
  const bios = rowsFromMultilingual(profile?.bios);
  return {
    headlines: headlines.length > 0 ? headlines : [newLanguageRow(currentUiLanguage(), 'original')],
    bios: bios.length > 0 ? bios : [newLanguageRow(currentUiLanguage(), 'original')],
    jurisdiction: profile?.jurisdiction ?? profile?.country ?? null,
    languages: profile?.languages ?? [],
    expertise: (profile?.expertise ?? []).join(', '),
    openToSdgs: (profile?.openToSdgs ?? []).map(String),
    openToTags: (profile?.openToTags ?? []).join(', '),
    contactEmail: profile?.contactEmail ?? '',
    visibility: profile?.visibility ?? DEFAULT_PROFILE_VISIBILITY,
    version: profile?.version ?? null,
  };
}

/** My directory profile, with who may see each part. Saving carries the version, so nothing is overwritten. */
export function ProfileEditor({ profile }: { profile: Person | null }) {
  const { t } = useTranslation();
  const countryChoices = useCountryChoices();
  const languageChoices = useLanguageChoices();
  const sdgChoices = useSdgChoices();
  const save = useSaveProfile();
  const [values, setValues] = useState(() => valuesFrom(profile));
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const [reloading, setReloading] = useState(false);
  const errorFor = fieldErrorsOf(save.error, localErrors);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const labels = {
    headlines: t('people.headline'),
    bios: t('profileParts.about'),
    jurisdiction: t('directory.country'),
    languages: t('people.languages'),
    expertise: t('profileParts.expertise'),
    openToSdgs: t('people.openTo'),
    openToTags: t('people.openToTags'),
    contactEmail: t('people.contactEmail'),
  };
  const audienceChoices = PROFILE_AUDIENCES.map((id) => ({ id, label: t(`audiences.${id}`) }));

  const reload = async () => {
    setReloading(true);
    try {
      setValues(valuesFrom(await refetchMyProfile()));
      save.reset();
    } finally {
      setReloading(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = {};
    if (!isBlank(values.contactEmail) && !values.contactEmail.includes('@'))
      errors.contactEmail = t('validation.email');
    setLocalErrors(errors);
    if (hasErrors(errors)) return;
    save.mutate(
      {
        headlines: multilingualFromRows(values.headlines),
        bios: multilingualFromRows(values.bios),
        jurisdiction: values.jurisdiction,
        languages: values.languages,
        expertise: parseTags(values.expertise),
        openToSdgs: values.openToSdgs.map(Number),
        openToTags: parseTags(values.openToTags),
        contactEmail: isBlank(values.contactEmail) ? null : values.contactEmail.trim(),
        visibility: values.visibility,
        ...(values.version === null ? {} : { version: values.version }),
      },
      { onSuccess: (saved) => set('version', saved.version) },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {isVersionConflict(save.error) ? (
        <ConflictNotice onReload={reload} isReloading={reloading} />
      ) : (
        <ProblemSummary problem={save.error} localErrors={localErrors} labels={labels} />
      )}
      {save.isSuccess && (
        <p role="status" className="success-message">
          {t('people.saved')}
        </p>
      )}
      <MultilingualEditor
        legend={labels.headlines}
        rows={values.headlines}
        onChange={(rows) => set('headlines', rows)}
        error={errorFor('headlines')}
      />
      <MultilingualEditor
        legend={labels.bios}
        rows={values.bios}
        onChange={(rows) => set('bios', rows)}
        multiline
        error={errorFor('bios')}
      />
      <ComboBoxInput
        label={labels.jurisdiction}
        choices={countryChoices}
        value={values.jurisdiction}
        onChange={(jurisdiction) => set('jurisdiction', jurisdiction)}
        error={errorFor('jurisdiction')}
        emptyText={t('organisations.noCountryMatch')}
      />
      <CheckboxGroupInput
        label={labels.languages}
        choices={languageChoices}
        values={values.languages}
        onChange={(languages) => set('languages', languages)}
        className="language-choices"
        error={errorFor('languages')}
      />
      <TextInput
        label={labels.expertise}
        description={t('directory.tagsHelp')}
        value={values.expertise}
        onChange={(expertise) => set('expertise', expertise)}
        error={errorFor('expertise')}
      />
      <CheckboxGroupInput
        label={labels.openToSdgs}
        choices={sdgChoices}
        values={values.openToSdgs}
        onChange={(openToSdgs) => set('openToSdgs', openToSdgs)}
        className="sdg-choices"
        error={errorFor('openToSdgs')}
      />
      <TextInput
        label={labels.openToTags}
        description={t('directory.tagsHelp')}
        value={values.openToTags}
        onChange={(openToTags) => set('openToTags', openToTags)}
        error={errorFor('openToTags')}
      />
      <TextInput
        label={labels.contactEmail}
        type="email"
        value={values.contactEmail}
        onChange={(contactEmail) => set('contactEmail', contactEmail)}
        error={errorFor('contactEmail')}
      />
      <fieldset className="fieldset">
        <legend>{t('people.privacy')}</legend>
        <p className="muted">{t('people.privacyHelp')}</p>
        {PROFILE_PARTS.map((part) => (
          <SelectInput
            key={part}
            label={t('people.whoSees', { part: t(`profileParts.${part}`) })}
            choices={audienceChoices}
            value={values.visibility[part]}
            onChange={(audience) =>
              set('visibility', {
                ...values.visibility,
                [part]: PROFILE_AUDIENCES.find((id) => id === audience) ?? 'public',
              })
            }
          />
        ))}
      </fieldset>
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('people.saveProfile')}
        </Button>
      </div>
    </form>
  );
}
