import { COUNTRY_CODES } from '@crossgov/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from './format.ts';

/** Every ISO 3166 country, named and sorted in the reader's language. */
export function useCountryChoices(): { id: string; label: string }[] {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const collator = new Intl.Collator(language);
    return COUNTRY_CODES.map((code) => ({ id: code, label: countryName(code, language) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [language]);
}
