import { ORGANISATION_TYPES, type OrganisationType } from '@crossgov/shared';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MultilingualEditor } from '../../../components/multilingual-editor.tsx';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useCountryChoices } from '../../../lib/country-choices.ts';
import { type LanguageRow, multilingualFromRows } from '../../../lib/multilingual-rows.ts';
import { SLUG_PATTERN, slugFromName } from '../../../lib/slug.ts';
import { isBlank, isHttpUrl } from '../../../lib/validation.ts';
import type { OrganisationInput } from '../api/organisations.ts';

export interface OrganisationFormValues {
  rows: LanguageRow[];
  slug: string;
  type: OrganisationType | null;
  country: string | null;
  website: string;
}

interface OrganisationFormProps {
  initial: OrganisationFormValues;
  /** Only a new organisation chooses its address; it never changes afterwards. */
  withSlug: boolean;
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  /** Replaces the usual problem summary, e.g. with a version-conflict notice. */
  errorNotice?: ReactNode;
  onSubmit: (input: OrganisationInput) => void;
  onCancel?: () => void;
}

function asType(value: string): OrganisationType | null {
  return ORGANISATION_TYPES.find((type) => type === value) ?? null;
}

export function OrganisationForm(props: OrganisationFormProps) {
  const { t } = useTranslation();
  const countryChoices = useCountryChoices();
  const [values, setValues] = useState(props.initial);
  const [slugEdited, setSlugEdited] = useState(!props.withSlug || props.initial.slug !== '');
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(props.error, localErrors);
  const labels = {
    names: t('organisations.names'),
    slug: t('organisations.slug'),
    type: t('organisations.type'),
    country: t('organisations.country'),
    website: t('organisations.website'),
  };

  const changeRows = (rows: LanguageRow[]) => {
    const firstText = rows.find((row) => !isBlank(row.text))?.text ?? '';
    setValues((previous) => ({
      ...previous,
      rows,
      // Until the person types a slug, it follows the first name.
      slug: slugEdited ? previous.slug : slugFromName(firstText),
    }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const names = multilingualFromRows(values.rows);
    const errors: LocalErrors = {};
    if (Object.keys(names).length === 0) errors.names = t('validation.oneLanguage');
    if (props.withSlug && !SLUG_PATTERN.test(values.slug)) errors.slug = t('validation.slug');
    if (!values.type) errors.type = t('validation.choose');
    if (!values.country) errors.country = t('validation.choose');
    if (!isBlank(values.website) && !isHttpUrl(values.website)) errors.website = t('validation.url');
    setLocalErrors(errors);
    if (hasErrors(errors) || !values.type || !values.country) return;
    props.onSubmit({
      slug: values.slug,
      names,
      type: values.type,
      country: values.country,
      website: isBlank(values.website) ? null : values.website.trim(),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {props.errorNotice ?? (
        <ProblemSummary problem={props.error} localErrors={localErrors} labels={labels} />
      )}
      <MultilingualEditor
        legend={labels.names}
        rows={values.rows}
        onChange={changeRows}
        error={errorFor('names')}
        rowError={(language) => errorFor(`names.${language}.text`) ?? errorFor(`names.${language}`)}
        isDisabled={props.isPending}
      />
      {props.withSlug && (
        <TextInput
          label={labels.slug}
          description={t('organisations.slugHelp')}
          name="slug"
          value={values.slug}
          onChange={(slug) => {
            setSlugEdited(true);
            setValues((previous) => ({ ...previous, slug }));
          }}
          error={errorFor('slug')}
          isDisabled={props.isPending}
          isRequired
        />
      )}
      <SelectInput
        label={labels.type}
        choices={ORGANISATION_TYPES.map((type) => ({ id: type, label: t(`organisationTypes.${type}`) }))}
        value={values.type}
        onChange={(type) => setValues((previous) => ({ ...previous, type: asType(type) }))}
        placeholder={t('common.choose')}
        error={errorFor('type')}
        isDisabled={props.isPending}
      />
      <ComboBoxInput
        label={labels.country}
        choices={countryChoices}
        value={values.country}
        onChange={(country) => setValues((previous) => ({ ...previous, country }))}
        error={errorFor('country')}
        isDisabled={props.isPending}
        emptyText={t('organisations.noCountryMatch')}
      />
      <TextInput
        label={labels.website}
        description={t('organisations.websiteHelp')}
        name="website"
        type="url"
        value={values.website}
        onChange={(website) => setValues((previous) => ({ ...previous, website }))}
        error={errorFor('website')}
        isDisabled={props.isPending}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={props.isPending}>
          {props.isPending ? t('common.saving') : props.submitLabel}
        </Button>
        {props.onCancel && (
          <Button className="button button-secondary" onPress={props.onCancel} isDisabled={props.isPending}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
