import type { Schemas } from '@crossgov/sdk';
import { pickText } from '@crossgov/shared';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useOrganisationSearch } from '../api/organisation-choices.ts';

type OrganisationSummary = Schemas['OrganisationSummary'];

interface OrganisationPickerProps {
  label: string;
  description?: string;
  onPick: (organisation: OrganisationSummary) => void;
  /** Organisations already chosen are not offered again. */
  excludeIds?: string[];
  error?: ReactNode;
  isDisabled?: boolean;
}

/** Type part of a name in any language; the server searches all names. Picking empties the box again. */
export function OrganisationPicker(props: OrganisationPickerProps) {
  const { t, i18n } = useTranslation();
  const [input, setInput] = useState('');
  // A pick remounts the box (closed and empty) and puts the cursor back in it for the next search.
  const [picks, setPicks] = useState(0);
  const term = useDebouncedValue(input);
  const search = useOrganisationSearch(term);
  const found = (search.data?.items ?? []).filter(
    (organisation) => !props.excludeIds?.includes(organisation.id),
  );
  const choices = found.map((organisation) => ({
    id: organisation.id,
    label: `${pickText(organisation.names, i18n.language)} (${organisation.country})${
      organisation.verified ? ` — ${t('organisations.verified')}` : ''
    }`,
  }));
  const emptyText =
    input.trim().length < 2
      ? t('organisations.typeToSearch')
      : search.isFetching
        ? t('common.loading')
        : t('organisations.noMatch');
  return (
    <ComboBoxInput
      key={picks}
      autoFocus={picks > 0}
      label={props.label}
      description={props.description}
      value={null}
      onChange={(id) => {
        const organisation = found.find((candidate) => candidate.id === id);
        if (!organisation) return;
        props.onPick(organisation);
        setInput('');
        setPicks((count) => count + 1);
      }}
      searchResults={{ choices, inputValue: input, onInputChange: setInput }}
      emptyText={emptyText}
      error={props.error}
      isDisabled={props.isDisabled}
    />
  );
}
