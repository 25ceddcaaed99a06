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

/**
 * An edited text in one language, merged into the document it came from. The other languages are kept, except
 * machine translations when the original changed (they translated the old text). Writing in the original language
 * keeps it "original"; writing in another one is a human translation, unless it was official and is unchanged.
 */
export function withEditedLanguage(
  existing: Multilingual,
  language: string,
  text: string,
  originalLanguage: string,
): Multilingual {
  const before = existing[language];
  const unchanged = before?.text === text;
  if (unchanged) return existing;
  const merged: Multilingual = {};
  for (const [code, entry] of Object.entries(existing)) {
    if (code === language) continue;
    if (language === originalLanguage && entry.provenance === 'machine') continue;
    merged[code] = entry;
  }
  merged[language] = { text, provenance: language === originalLanguage ? 'original' : 'human' };
  return merged;
}
