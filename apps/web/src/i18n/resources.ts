import type { UiLanguage } from '@crossgov/shared';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';
import { fr } from './fr.ts';
import { sv } from './sv.ts';
import type { Translation } from './translation.ts';

export const translations: Record<UiLanguage, Translation> = { en, fr, es, ar, sv, fi };

export const resources = Object.fromEntries(
  Object.entries(translations).map(([language, translation]) => [language, { translation }]),
);
