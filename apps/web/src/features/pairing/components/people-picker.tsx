import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { countryName } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { type CohortPerson, usePeopleToPick } from '../api/pairing.ts';

interface PeoplePickerProps {
  label: string;
  /** Only people in this country, or (with `abroad`) only people outside it. */
  country: string | null;
  abroad?: boolean;
  chosen: CohortPerson[];
  onChange: (people: CohortPerson[]) => void;
}

/** Search people by name and add them to a list; each chosen person can be removed again. */
export function PeoplePicker({ label, country, abroad, chosen, onChange }: PeoplePickerProps) {
  const { t, i18n } = useTranslation();
  const [input, setInput] = useState('');
  const term = useDebouncedValue(input);
  const found = usePeopleToPick(term, abroad ? null : country);
  const chosenIds = new Set(chosen.map((person) => person.userId));
  const candidates = (found.data?.items ?? []).filter(
    (person) => !chosenIds.has(person.userId) && (!abroad || person.country !== country),
  );
  const describe = (person: CohortPerson) =>
    person.country
      ? `${person.displayName} (${countryName(person.country, i18n.language)})`
      : person.displayName;
  return (
    <div className="people-picker">
      <ComboBoxInput
        label={label}
        value={null}
        onChange={(userId) => {
          const person = candidates.find((candidate) => candidate.userId === userId);
          if (person) onChange([...chosen, person]);
          setInput('');
        }}
        searchResults={{
          choices: candidates.map((person) => ({ id: person.userId, label: describe(person) })),
          inputValue: input,
          onInputChange: setInput,
        }}
        emptyText={t('pairing.noPeopleFound')}
      />
      {chosen.length > 0 && (
        <ul className="item-list" aria-label={label}>
          {chosen.map((person) => (
            <li key={person.userId} className="item">
              <span>{describe(person)}</span>
              <Button
                className="button button-secondary"
                aria-label={t('pairing.removePerson', { name: person.displayName })}
                onPress={() => onChange(chosen.filter((other) => other.userId !== person.userId))}
              >
                {t('common.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
