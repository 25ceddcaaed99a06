import { UI_LANGUAGES } from '@crossgov/shared';
import { languageName } from '../../../lib/format.ts';

const EXTRA = ['de', 'da', 'no', 'et'] as const;

/** The languages people write contributions in: the interface's, and a few more of the region, by native name. */
export function contentLanguageChoices() {
  const codes = [...UI_LANGUAGES.map((language) => language.code), ...EXTRA];
  return codes.map((code) => ({ id: code, label: languageName(code, code), lang: code }));
}
