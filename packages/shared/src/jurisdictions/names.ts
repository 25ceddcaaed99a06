import { GROUPINGS, type GroupingLanguage } from './groupings.data.ts';
import { getJurisdiction } from './jurisdiction.ts';

const GROUPING_NAMES = new Map(GROUPINGS.map((grouping) => [grouping.code, grouping.names]));

/** One formatter per language; `null` remembers a tag that Intl rejects, so we do not retry it on every call. */
const regionNames = new Map<string, Intl.DisplayNames | null>();

function regionNamesFor(language: string): Intl.DisplayNames | null {
  const cached = regionNames.get(language);
  if (cached !== undefined) return cached;
  let formatter: Intl.DisplayNames | null = null;
  try {
    formatter = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'none' });
  } catch {
    // An invalid BCP 47 tag (RangeError): the caller gets ISO names instead of an exception.
  }
  regionNames.set(language, formatter);
  return formatter;
}

function groupingLanguage(language: string): GroupingLanguage {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'fr':
    case 'es':
    case 'ar':
    case 'sv':
    case 'fi':
      return primary;
    default:
      return 'en';
  }
}

/**
 * The name of a jurisdiction for a reader of `language` (BCP 47).
 * - Countries: CLDR region names through `Intl.DisplayNames` (ECMA-402), the ISO 3166-1 name if unavailable.
 * - Subdivisions: the ISO 3166-2 name, which ISO publishes in the local language or its romanisation.
 * - Groupings: our own proper names in en, fr, es, ar, sv, fi; English otherwise.
 * Unknown codes are returned unchanged so that a stale code still shows something.
 */
export function jurisdictionName(code: string, language: string): string {
  const jurisdiction = getJurisdiction(code);
  if (!jurisdiction) return code;
  if (jurisdiction.kind === 'grouping') {
    return GROUPING_NAMES.get(code)?.[groupingLanguage(language)] ?? jurisdiction.name;
  }
  if (jurisdiction.kind === 'subdivision') return jurisdiction.name;
  return regionNamesFor(language)?.of(code) ?? jurisdiction.name;
}
