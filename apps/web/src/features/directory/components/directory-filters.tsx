import { ORGANISATION_TYPES } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { useCountryChoices } from '../../../lib/country-choices.ts';
import { useLanguageChoices, useSdgChoices } from '../../../lib/theme-choices.ts';

const ALL = 'all';

export interface DirectoryFilterValues {
  search: string;
  country: string | null;
  type: string | null;
  sdg: string | null;
  language: string | null;
}

interface DirectoryFiltersProps {
  values: DirectoryFilterValues;
  onChange: (change: Partial<DirectoryFilterValues>) => void;
  /** Which filters the current tab understands. */
  withType: boolean;
  withLanguage: boolean;
}

export function DirectoryFilters({ values, onChange, withType, withLanguage }: DirectoryFiltersProps) {
  const { t } = useTranslation();
  const countryChoices = useCountryChoices();
  const sdgChoices = useSdgChoices();
  const languageChoices = useLanguageChoices();
  return (
    <search className="filters" aria-label={t('directory.filters')}>
      <SearchInput
        label={t('directory.search')}
        value={values.search}
        onChange={(search) => onChange({ search })}
        className="filter-search"
      />
      <ComboBoxInput
        label={t('directory.country')}
        choices={countryChoices}
        value={values.country}
        onChange={(country) => onChange({ country })}
        emptyText={t('organisations.noCountryMatch')}
      />
      {withType && (
        <SelectInput
          label={t('organisations.type')}
          choices={[
            { id: ALL, label: t('organisations.allTypes') },
            ...ORGANISATION_TYPES.map((type) => ({ id: type, label: t(`organisationTypes.${type}`) })),
          ]}
          value={values.type ?? ALL}
          onChange={(type) => onChange({ type: type === ALL ? null : type })}
        />
      )}
      <SelectInput
        label={t('directory.theme')}
        choices={[{ id: ALL, label: t('directory.allThemes') }, ...sdgChoices]}
        value={values.sdg ?? ALL}
        onChange={(sdg) => onChange({ sdg: sdg === ALL ? null : sdg })}
      />
      {withLanguage && (
        <ComboBoxInput
          label={t('directory.language')}
          choices={languageChoices}
          value={values.language}
          onChange={(language) => onChange({ language })}
          emptyText={t('directory.noLanguageMatch')}
        />
      )}
    </search>
  );
}
