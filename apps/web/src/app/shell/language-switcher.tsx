import { UI_LANGUAGES } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../../components/ui/select-input.tsx';
import { isUiLanguage } from '../../i18n/i18n.ts';
import { useChooseLanguage } from '../../lib/language-preference.ts';

const LANGUAGE_CHOICES = UI_LANGUAGES.map((language) => ({
  id: language.code,
  label: language.nativeName,
  lang: language.code,
}));

/** Language names are written in their own language so a person can find theirs whatever is shown now. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  return (
    <div className="language-switcher">
      <SelectInput
        label={t('nav.language')}
        hideLabel
        choices={LANGUAGE_CHOICES}
        value={i18n.language}
        onChange={(code) => {
          if (isUiLanguage(code)) choose.mutate(code);
        }}
      />
      {choose.isError && (
        <p role="alert" className="field-error">
          {t('nav.languageNotSaved')}
        </p>
      )}
    </div>
  );
}
