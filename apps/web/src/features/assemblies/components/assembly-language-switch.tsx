import { UI_LANGUAGES } from '@crossgov/shared';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../../../i18n/i18n.ts';
import { useChooseLanguage } from '../../../lib/language-preference.ts';

/** The assembly's own languages, each named in itself: a public page offers exactly these. */
export function AssemblyLanguageSwitch({ languages }: { languages: string[] }) {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  const offered = UI_LANGUAGES.filter((language) => languages.includes(language.code));
  if (offered.length < 2) return null;
  return (
    <nav aria-label={t('assemblies.languageSwitch')} className="button-row">
      {offered.map((language) => (
        <Button
          key={language.code}
          lang={language.code}
          className={language.code === i18n.language ? 'button button-primary' : 'button button-secondary'}
          aria-pressed={language.code === i18n.language}
          onPress={() => {
            if (isUiLanguage(language.code)) choose.mutate(language.code);
          }}
        >
          {language.nativeName}
        </Button>
      ))}
    </nav>
  );
}
