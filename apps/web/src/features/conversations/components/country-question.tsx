import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useCountryChoices } from '../../../lib/country-choices.ts';
import { useSetCountry } from '../api/conversations.ts';

/** Asked once, when the person's directory profile gives no country: the results are broken down by country. */
export function CountryQuestion({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const choices = useCountryChoices();
  const save = useSetCountry(slug);
  const [country, setCountry] = useState<string | null>(null);
  return (
    <form
      className="form country-question"
      aria-labelledby="country-question-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (country) save.mutate(country);
      }}
    >
      <h3 id="country-question-title">{t('conversations.country.title')}</h3>
      <p>{t('conversations.country.intro')}</p>
      <ProblemSummary problem={save.error} />
      <ComboBoxInput
        label={t('conversations.country.label')}
        choices={choices}
        value={country}
        onChange={setCountry}
      />
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={!country || save.isPending}>
          {t('conversations.country.save')}
        </Button>
      </div>
    </form>
  );
}
