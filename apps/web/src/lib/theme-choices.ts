import { SDG_NUMBERS, sdgName } from '@crossgov/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice } from '../components/ui/select-input.tsx';
import { languageName } from './format.ts';
import { CONTENT_LANGUAGES } from './multilingual-rows.ts';

/** The 17 goals, numbered and named in the reader's language. */
export function useSdgChoices(): Choice[] {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => SDG_NUMBERS.map((sdg) => ({ id: String(sdg), label: `${sdg}. ${sdgName(sdg, language)}` })),
    [language],
  );
}

/** Content languages named in the reader's language, sorted by name. */
export function useLanguageChoices(): Choice[] {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const collator = new Intl.Collator(language);
    return CONTENT_LANGUAGES.map((code) => ({ id: code, label: languageName(code, language) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [language]);
}

/** "A, B and C" in the reader's language. */
export function formatList(items: string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** Free tags typed as "open-data, climate": trimmed, lower-cased, without blanks or repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}
