import { Button, Input, Label, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface SearchInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
}

/** A search box (role=searchbox) with a clear button; Escape clears too. */
export function SearchInput({ label, value, onChange, className }: SearchInputProps) {
  const { t } = useTranslation();
  return (
    <SearchField className={className ? `field ${className}` : 'field'} value={value} onChange={onChange}>
      <Label>{label}</Label>
      <div className="search-control">
        <Input />
        {value && (
          <Button className="search-clear" aria-label={t('common.clearSearch')}>
            ×
          </Button>
        )}
      </div>
    </SearchField>
  );
}
