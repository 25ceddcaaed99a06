import { getJurisdiction, jurisdictionName, listJurisdictions } from '@crossgov/shared';
import { type ReactNode, useMemo, useState } from 'react';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';

/** "Ostrobothnia (FI-12), Finland": the name in the reader's language, its code, and the country it lies in. */
export function jurisdictionLabel(code: string, language: string): string {
  const jurisdiction = getJurisdiction(code);
  if (!jurisdiction) return code;
  const name = `${jurisdictionName(code, language)} (${code})`;
  return jurisdiction.kind === 'subdivision' && jurisdiction.country
    ? `${name}, ${jurisdictionName(jurisdiction.country, language)}`
    : name;
}

/** A host jurisdiction searched among countries and their subdivisions, by name or code. */
export function JurisdictionPicker(props: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  language: string;
  error?: ReactNode;
}) {
  const { label, value, onChange, language, error } = props;
  const [inputValue, setInputValue] = useState(value ? jurisdictionLabel(value, language) : '');
  const choices = useMemo(() => {
    const query = inputValue === jurisdictionLabel(value, language) ? '' : inputValue;
    const found = listJurisdictions({ q: query, language, limit: 60 }).filter(
      (jurisdiction) => jurisdiction.kind !== 'grouping',
    );
    const list = found.map((jurisdiction) => ({
      id: jurisdiction.code,
      label: jurisdictionLabel(jurisdiction.code, language),
    }));
    // The current value stays selectable even when the search does not list it.
    if (value && !list.some((choice) => choice.id === value))
      list.unshift({ id: value, label: jurisdictionLabel(value, language) });
    return list;
  }, [inputValue, value, language]);
  return (
    <ComboBoxInput
      label={label}
      value={value || null}
      onChange={(code) => {
        onChange(code ?? '');
        if (code) setInputValue(jurisdictionLabel(code, language));
      }}
      searchResults={{ choices, inputValue, onInputChange: setInputValue }}
      error={error}
    />
  );
}

function currencyCodes(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return ['EUR', 'SEK', 'NOK', 'DKK', 'USD', 'GBP'];
  }
}

/** An ISO 4217 currency, named in the reader's language. */
export function CurrencySelect(props: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  language: string;
  error?: ReactNode;
}) {
  const { label, value, onChange, language, error } = props;
  const choices = useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([language], { type: 'currency' });
    } catch {
      names = null;
    }
    const codes = currencyCodes();
    if (value && !codes.includes(value)) codes.unshift(value);
    return codes.map((code) => ({ id: code, label: `${code} – ${names?.of(code) ?? code}` }));
  }, [language, value]);
  return <SelectInput label={label} choices={choices} value={value} onChange={onChange} error={error} />;
}
