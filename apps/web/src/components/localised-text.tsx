import type { Multilingual } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { languageName } from '../lib/format.ts';
import { showText } from '../lib/localised-text.ts';

interface LocalisedTextProps {
  value: Multilingual | null | undefined;
  /** The element to render, e.g. `h1` for a page title. */
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3';
  className?: string;
}

/**
 * Content in the reader's language when it exists, else the best other one, with a small marker saying
 * which language is shown (and whether it was machine-translated). `lang` follows the text.
 */
export function LocalisedText({ value, as: Element = 'span', className }: LocalisedTextProps) {
  const { t, i18n } = useTranslation();
  if (!value) return null;
  const shown = showText(value, i18n.language);
  const foreign = shown.language !== i18n.language;
  const machine = shown.provenance === 'machine';
  return (
    <Element className={className}>
      <span lang={shown.language} dir="auto">
        {shown.text}
      </span>
      {(foreign || machine) && (
        <span className="language-marker">
          <span aria-hidden="true">{foreign ? shown.language.toUpperCase() : t('content.machineShort')}</span>
          <span className="visually-hidden">
            {foreign
              ? t('content.shownIn', { language: languageName(shown.language, i18n.language) })
              : t('content.machineTranslated')}
          </span>
        </span>
      )}
    </Element>
  );
}
