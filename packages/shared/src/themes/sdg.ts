import { z } from 'zod';
import { SDG_NAMES, type SdgLanguage } from './sdg-names.data.ts';

/** The 17 Sustainable Development Goals (UN A/RES/70/1), language-independent themes shared by every record. */
export const SDG_NUMBERS: readonly number[] = Object.freeze(
  Array.from({ length: 17 }, (_, index) => index + 1),
);

export const sdgSchema: z.ZodType<number> = z
  .number()
  .int('a goal number from 1 to 17')
  .min(1, 'a goal number from 1 to 17')
  .max(17, 'a goal number from 1 to 17');

function sdgLanguage(language: string): SdgLanguage {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  return primary !== undefined && primary in SDG_NAMES ? (primary as SdgLanguage) : 'en';
}

/** The goal's official short name in `language` (BCP 47; en, fr, es, ar, sv, fi), English otherwise. */
export function sdgName(sdg: number, language: string): string {
  const name = SDG_NAMES[sdgLanguage(language)][sdg - 1] ?? SDG_NAMES.en[sdg - 1];
  return name ?? `SDG ${sdg}`;
}

/**
 * A free theme tag: trimmed, lower-cased, NFC, then 2 to 40 characters of letters in any script (with their
 * combining marks), digits and hyphens, starting and ending with a letter or digit ("open-data", "آبیاری").
 */
export const themeTagSchema: z.ZodType<string> = z
  .string()
  .trim()
  .toLowerCase()
  .normalize('NFC')
  .min(2, 'at least 2 characters')
  .max(40, 'at most 40 characters')
  .regex(
    /^[\p{Ll}\p{Lo}\p{Lm}\p{Nd}](?:[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}-]*[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}])?$/u,
    'lower-case letters, digits and hyphens, starting and ending with a letter or digit',
  );
