import { z } from 'zod';
import { CONTENT_LANGUAGE_PATTERN } from './languages.ts';

/** Where a piece of text in one language came from (architecture guide: never one string for all languages). */
export const PROVENANCES = ['original', 'human', 'machine', 'official'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** Strict: a misspelt "provenence" is an error, not a silent fall-back to "original". */
export const localisedTextSchema = z.strictObject({
  text: z.string().trim().min(1).max(2000),
  provenance: z.enum(PROVENANCES).default('original'),
});

/** A text in several languages, keyed by language code: `{ "sv": { "text": "Kvarkenrådet", "provenance": "original" } }`. */
export const multilingualSchema = z
  .record(
    z.string().regex(CONTENT_LANGUAGE_PATTERN, 'language code such as "en" or "sv"'),
    localisedTextSchema,
  )
  .refine((value) => Object.keys(value).length > 0, 'at least one language is required')
  .refine((value) => Object.keys(value).length <= 30, 'at most 30 languages');

export type Multilingual = Record<string, { text: string; provenance: Provenance }>;

/** Picks the best text for a reader: their language, then English, then the original, then any. */
export function pickText(value: Multilingual, language: string): string {
  const direct = value[language] ?? value.en;
  if (direct) return direct.text;
  const original = Object.values(value).find((entry) => entry.provenance === 'original');
  return (original ?? Object.values(value)[0])?.text ?? '';
}
