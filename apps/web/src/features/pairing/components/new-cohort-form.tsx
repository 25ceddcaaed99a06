import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useCountryChoices } from '../../../lib/country-choices.ts';
import { isBlank } from '../../../lib/validation.ts';
import { type CohortPerson, useCreateCohort } from '../api/pairing.ts';
import { PeoplePicker } from './people-picker.tsx';

/** A cohort from one country and a pool of counterparts abroad. */
export function NewCohortForm({ slug, onCreated }: { slug: string; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const countryChoices = useCountryChoices();
  const create = useCreateCohort(slug);
  const [name, setName] = useState('');
  const [country, setCountry] = useState<string | null>(null);
  const [cohort, setCohort] = useState<CohortPerson[]>([]);
  const [pool, setPool] = useState<CohortPerson[]>([]);
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(create.error, localErrors);
  const labels = {
    name: t('pairing.name'),
    country: t('pairing.country'),
    cohort: t('pairing.cohortPeople'),
    pool: t('pairing.poolPeople'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = {};
    if (isBlank(name)) errors.name = t('validation.required');
    if (!country) errors.country = t('validation.choose');
    if (cohort.length === 0) errors.cohort = t('pairing.choosePeople');
    if (pool.length === 0) errors.pool = t('pairing.choosePeople');
    setLocalErrors(errors);
    if (hasErrors(errors) || !country) return;
    create.mutate(
      {
        name: name.trim(),
        country,
        cohort: cohort.map((person) => person.userId),
        pool: pool.map((person) => person.userId),
      },
      { onSuccess: (saved) => onCreated(saved.id) },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <ProblemSummary problem={create.error} localErrors={localErrors} labels={labels} />
      <TextInput label={labels.name} value={name} onChange={setName} error={errorFor('name')} isRequired />
      <ComboBoxInput
        label={labels.country}
        choices={countryChoices}
        value={country}
        onChange={(value) => {
          setCountry(value);
          setCohort([]);
        }}
        error={errorFor('country')}
        emptyText={t('organisations.noCountryMatch')}
      />
      {country && (
        <>
          <PeoplePicker label={labels.cohort} country={country} chosen={cohort} onChange={setCohort} />
          <PeoplePicker label={labels.pool} country={country} abroad chosen={pool} onChange={setPool} />
        </>
      )}
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('pairing.create')}
        </Button>
      </div>
    </form>
  );
}
