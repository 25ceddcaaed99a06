/** Display names come from the browser's CLDR data, so country and language names follow the UI language. */
function displayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type });
  } catch {
    return undefined;
  }
}

export function countryName(code: string, locale: string): string {
  return displayNames(locale, 'region')?.of(code) ?? code;
}

export function languageName(code: string, locale: string): string {
  try {
    return displayNames(locale, 'language')?.of(code) ?? code;
  } catch {
    // Intl throws on malformed codes; the raw code is still meaningful to a reader.
    return code;
  }
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}
