/** Languages the user interface is translated into; `dir` drives right-to-left layout. */
export const UI_LANGUAGES = [
  { code: 'en', dir: 'ltr', nativeName: 'English' },
  { code: 'fr', dir: 'ltr', nativeName: 'Français' },
  { code: 'es', dir: 'ltr', nativeName: 'Español' },
  { code: 'ar', dir: 'rtl', nativeName: 'العربية' },
  { code: 'sv', dir: 'ltr', nativeName: 'Svenska' },
  { code: 'fi', dir: 'ltr', nativeName: 'Suomi' },
] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];
export const UI_LANGUAGE_CODES = UI_LANGUAGES.map((l) => l.code) as [UiLanguage, ...UiLanguage[]];

/** Content may be written in any language with a BCP 47 primary subtag (two or three letters), e.g. `en`, `se`, `smn`. */
export const CONTENT_LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Z]{2})?$/;
