import { UI_LANGUAGES, type UiLanguage } from '@crossgov/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources.ts';

const STORAGE_KEY = 'crossgov.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return UI_LANGUAGES.some((language) => language.code === value);
}

function readStoredLanguage(): UiLanguage | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(stored) ? stored : null;
  } catch {
    // Storage can be disabled (private modes, strict settings): the app still works, only without memory.
    return null;
  }
}

/** The stored choice, else the first browser language we have a translation for, else English. */
export function initialLanguage(): UiLanguage {
  const stored = readStoredLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages ?? []) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isUiLanguage(primary)) return primary;
  }
  return 'en';
}

/** `<html lang dir>` drives screen-reader pronunciation and, through CSS logical properties, the mirroring. */
export function applyDocumentLanguage(language: UiLanguage): void {
  const dir = UI_LANGUAGES.find((entry) => entry.code === language)?.dir ?? 'ltr';
  document.documentElement.lang = language;
  document.documentElement.dir = dir;
}

export async function switchUiLanguage(language: UiLanguage): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See readStoredLanguage: not remembering is acceptable.
  }
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

export function currentUiLanguage(): UiLanguage {
  return isUiLanguage(i18next.language) ? i18next.language : 'en';
}

export function initI18n(): typeof i18next {
  const language = initialLanguage();
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: UI_LANGUAGES.map((entry) => entry.code),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}
