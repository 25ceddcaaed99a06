import { ORGANISATION_TYPES } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { CheckboxInput } from '../../../components/ui/checkbox-input.tsx';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { useCountryChoices } from '../../../lib/country-choices.ts';

const ALL = 'all';

export interface FilterValues {
  search: string;
  country: string | null;
  type: string | null;
  verifiedOnly: boolean;
}

interface OrganisationFiltersProps {
  values: FilterValues;
  onChange: (change: Partial<FilterValues>) => void;
}

export function OrganisationFilters({ values, onChange }: OrganisationFiltersProps) {
  const { t } = useTranslation();
  const countryChoices = useCountryChoices();
  const typeChoices = [
    { id: ALL, label: t('organisations.allTypes') },
    ...ORGANISATION_TYPES.map((type) => ({ id: type, label: t(`organisationTypes.${type}`) })),
  ];
  return (
    <search className="filters" aria-label={t('organisations.filters')}>
      <SearchInput
        label={t('organisations.search')}
        value={values.search}
        onChange={(search) => onChange({ search })}
        className="filter-search"
      />
      <ComboBoxInput
        label={t('organisations.country')}
        choices={countryChoices}
        value={values.country}
        onChange={(country) => onChange({ country })}
        emptyText={t('organisations.noCountryMatch')}
      />
      <SelectInput
        label={t('organisations.type')}
        choices={typeChoices}
        value={values.type ?? ALL}
        onChange={(type) => onChange({ type: type === ALL ? null : type })}
      />
      <CheckboxInput isSelected={values.verifiedOnly} onChange={(verifiedOnly) => onChange({ verifiedOnly })}>
        {t('organisations.verifiedOnly')}
      </CheckboxInput>
    </search>
  );
}
