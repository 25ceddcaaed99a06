import { UI_LANGUAGE_CODES, type UiLanguage } from '@crossgov/shared';
import { ar } from './mail-texts/ar.ts';
import { en, type MailParams, type MailText, type MailTexts } from './mail-texts/en.ts';
import { es } from './mail-texts/es.ts';
import { fi } from './mail-texts/fi.ts';
import { fr } from './mail-texts/fr.ts';
import { sv } from './mail-texts/sv.ts';

/** Mail is written in the six platform languages; a missing one is a type error here. */
export const MAIL_CATALOGUES: Record<UiLanguage, MailTexts> = { en, fr, es, ar, sv, fi };

export function isMailLanguage(language: string | null | undefined): language is UiLanguage {
  return UI_LANGUAGE_CODES.some((code) => code === language);
}

/** The first candidate that mail is written in (e.g. the recipient's, then a space's), else English. */
export function mailLanguage(...candidates: readonly (string | null | undefined)[]): UiLanguage {
  return candidates.find(isMailLanguage) ?? 'en';
}

/** A mail text in the recipient's language; a language mail is not written in gets English. */
export function mailIn<K extends keyof MailParams>(
  language: string,
  key: K,
  params: MailParams[K],
): MailText {
  const catalogue: MailTexts = MAIL_CATALOGUES[mailLanguage(language)];
  return catalogue[key](params);
}
