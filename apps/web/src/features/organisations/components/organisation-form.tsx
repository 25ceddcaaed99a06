import { listJurisdictions, ORGANISATION_TYPES, type OrganisationType } from '@crossgov/shared';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MultilingualEditor } from '../../../components/multilingual-editor.tsx';
import { CheckboxGroupInput } from '../../../components/ui/checkbox-group-input.tsx';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useCountryChoices } from '../../../lib/country-choices.ts';
import { type LanguageRow, multilingualFromRows } from '../../../lib/multilingual-rows.ts';
import { SLUG_PATTERN, slugFromName } from '../../../lib/slug.ts';
import { parseTags, useLanguageChoices, useSdgChoices } from '../../../lib/theme-choices.ts';
import { isBlank, isHttpUrl } from '../../../lib/validation.ts';
import type { OrganisationInput } from '../api/organisations.ts';

export interface OrganisationFormValues {
  rows: LanguageRow[];
  slug: string;
  type: OrganisationType | null;
  country: string | null;
  website: string;
  descriptions: LanguageRow[];
  jurisdiction: string | null;
  workingLanguages: string[];
  sdgs: string[];
  tags: string;
  contactEmail: string;
}

const WHOLE_COUNTRY = 'whole-country';

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
  const { t, i18n } = useTranslation();
  const countryChoices = useCountryChoices();
  const languageChoices = useLanguageChoices();
  const sdgChoices = useSdgChoices();
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
    descriptions: t('organisations.descriptions'),
    jurisdiction: t('organisations.jurisdiction'),
    workingLanguages: t('organisations.workingLanguages'),
    sdgs: t('directory.themes'),
    tags: t('directory.tags'),
    contactEmail: t('organisations.contact'),
  };
  const subdivisions = values.country
    ? listJurisdictions({ country: values.country, language: i18n.language }).map((jurisdiction) => ({
        id: jurisdiction.code,
        label: jurisdiction.name,
      }))
    : [];

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
    if (!isBlank(values.contactEmail) && !values.contactEmail.includes('@'))
      errors.contactEmail = t('validation.email');
    setLocalErrors(errors);
    if (hasErrors(errors) || !values.type || !values.country) return;
    props.onSubmit({
      slug: values.slug,
      names,
      type: values.type,
      country: values.country,
      website: isBlank(values.website) ? null : values.website.trim(),
      descriptions: multilingualFromRows(values.descriptions),
      jurisdiction: values.jurisdiction,
      workingLanguages: values.workingLanguages,
      sdgs: values.sdgs.map(Number),
      tags: parseTags(values.tags),
      contactEmail: isBlank(values.contactEmail) ? null : values.contactEmail.trim(),
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
        onChange={(country) => setValues((previous) => ({ ...previous, country, jurisdiction: null }))}
        error={errorFor('country')}
        isDisabled={props.isPending}
        emptyText={t('organisations.noCountryMatch')}
      />
      {subdivisions.length > 0 && (
        <ComboBoxInput
          label={labels.jurisdiction}
          description={t('organisations.jurisdictionHelp')}
          choices={[{ id: WHOLE_COUNTRY, label: t('organisations.wholeCountry') }, ...subdivisions]}
          value={values.jurisdiction ?? WHOLE_COUNTRY}
          onChange={(jurisdiction) =>
            setValues((previous) => ({
              ...previous,
              jurisdiction: jurisdiction === WHOLE_COUNTRY ? null : jurisdiction,
            }))
          }
          error={errorFor('jurisdiction')}
          isDisabled={props.isPending}
          emptyText={t('organisations.noCountryMatch')}
        />
      )}
      <MultilingualEditor
        legend={labels.descriptions}
        rows={values.descriptions}
        onChange={(descriptions) => setValues((previous) => ({ ...previous, descriptions }))}
        multiline
        error={errorFor('descriptions')}
        isDisabled={props.isPending}
      />
      <CheckboxGroupInput
        label={labels.workingLanguages}
        choices={languageChoices}
        values={values.workingLanguages}
        onChange={(workingLanguages) => setValues((previous) => ({ ...previous, workingLanguages }))}
        className="language-choices"
        error={errorFor('workingLanguages')}
        isDisabled={props.isPending}
      />
      <CheckboxGroupInput
        label={labels.sdgs}
        choices={sdgChoices}
        values={values.sdgs}
        onChange={(sdgs) => setValues((previous) => ({ ...previous, sdgs }))}
        className="sdg-choices"
        error={errorFor('sdgs')}
        isDisabled={props.isPending}
      />
      <TextInput
        label={labels.tags}
        description={t('directory.tagsHelp')}
        value={values.tags}
        onChange={(tags) => setValues((previous) => ({ ...previous, tags }))}
        error={errorFor('tags')}
        isDisabled={props.isPending}
      />
      <TextInput
        label={labels.contactEmail}
        type="email"
        value={values.contactEmail}
        onChange={(contactEmail) => setValues((previous) => ({ ...previous, contactEmail }))}
        error={errorFor('contactEmail')}
        isDisabled={props.isPending}
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
