import { type Multilingual, pickText } from '@crossgov/shared';

export interface ShownText {
  text: string;
  /** The language the shown text is written in. */
  language: string;
  provenance: Multilingual[string]['provenance'] | undefined;
}

/**
 * The text pickText chooses for a reader, with the language it is in, so the page can mark text shown in
 * another language than the reader's (and set `lang` for screen readers). Mirrors pickText's order.
 */
export function showText(value: Multilingual, language: string): ShownText {
  const text = pickText(value, language);
  const entries = Object.entries(value);
  const exact = value[language] ? language : value.en ? 'en' : undefined;
  const fallback =
    entries.find(([, entry]) => entry.provenance === 'original' && entry.text === text)?.[0] ??
    entries.find(([, entry]) => entry.text === text)?.[0];
  const shownLanguage = exact ?? fallback ?? language;
  return { text, language: shownLanguage, provenance: value[shownLanguage]?.provenance };
}
