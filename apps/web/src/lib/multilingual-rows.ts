import type { Multilingual, Provenance } from '@crossgov/shared';

/** One language of a multilingual text while it is being edited. `key` keeps React rows stable. */
export interface LanguageRow {
  key: string;
  language: string;
  text: string;
  provenance: Provenance;
}

/** Languages offered for content: the interface languages first, then languages of Europe and its neighbours. */
export const CONTENT_LANGUAGES = [
  'en',
  'fr',
  'es',
  'ar',
  'sv',
  'fi',
  'de',
  'it',
  'pt',
  'nl',
  'da',
  'nb',
  'nn',
  'is',
  'et',
  'lv',
  'lt',
  'pl',
  'cs',
  'sk',
  'sl',
  'hu',
  'ro',
  'bg',
  'el',
  'hr',
  'sr',
  'bs',
  'sq',
  'mk',
  'ga',
  'cy',
  'mt',
  'eu',
  'ca',
  'gl',
  'se',
  'smn',
  'sms',
  'fo',
  'kl',
  'lb',
  'ru',
  'uk',
  'be',
  'tr',
  'he',
  'fa',
] as const;

let rowCounter = 0;
function nextKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function newLanguageRow(language: string, provenance: Provenance): LanguageRow {
  return { key: nextKey(), language, text: '', provenance };
}

export function rowsFromMultilingual(value: Multilingual | null | undefined): LanguageRow[] {
  if (!value) return [];
  return Object.entries(value).map(([language, entry]) => ({
    key: nextKey(),
    language,
    text: entry.text,
    provenance: entry.provenance,
  }));
}

/** Rows left blank are dropped, so an extra empty row never blocks saving. */
export function multilingualFromRows(rows: LanguageRow[]): Multilingual {
  const value: Multilingual = {};
  for (const row of rows) {
    const text = row.text.trim();
    if (text) value[row.language] = { text, provenance: row.provenance };
  }
  return value;
}

/** The first language not yet used, preferring the reader's own. */
export function nextFreeLanguage(rows: LanguageRow[], preferred: string): string {
  const used = new Set(rows.map((row) => row.language));
  if (!used.has(preferred)) return preferred;
  return CONTENT_LANGUAGES.find((language) => !used.has(language)) ?? preferred;
}
