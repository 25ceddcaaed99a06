import { jurisdictionName, sdgName } from '@crossgov/shared';
import type { TFunction } from 'i18next';
import { countryName, languageName } from '../../../lib/format.ts';
import { formatList } from '../../../lib/theme-choices.ts';
import type { PartnerMatch } from '../api/find-partners.ts';

/** Above this share of the best text match, the description itself is worth naming as a reason. */
const STRONG_TEXT_MATCH = 0.5;

/**
 * A match's one-line reason in the reader's language, built from the structured reasons (the API's English
 * `explanation` is for API users): "Works on Climate action; in Sweden, across the border; works in Swedish like you".
 */
export function explainMatch(match: PartnerMatch, t: TFunction, language: string): string {
  const { reasons, organisation } = match;
  const parts: string[] = [];
  if (reasons.sharedSdgs.length > 0)
    parts.push(
      t('partners.reasons.goals', {
        goals: formatList(
          reasons.sharedSdgs.map((sdg) => sdgName(sdg, language)),
          language,
        ),
      }),
    );
  if (reasons.textMatch >= STRONG_TEXT_MATCH) parts.push(t('partners.reasons.text'));
  const country = countryName(organisation.country, language);
  if (reasons.location === 'neighbour') parts.push(t('partners.reasons.neighbour', { country }));
  else if (reasons.location === 'shared_grouping')
    parts.push(
      t('partners.reasons.grouping', {
        country,
        groupings: formatList(
          reasons.sharedGroupings.map((code) => jurisdictionName(code, language)),
          language,
        ),
      }),
    );
  else parts.push(t('partners.reasons.elsewhere', { country }));
  if (reasons.sharedLanguages.length > 0)
    parts.push(
      t('partners.reasons.languages', {
        languages: formatList(
          reasons.sharedLanguages.map((code) => languageName(code, language)),
          language,
        ),
      }),
    );
  const sentence = parts.join(t('partners.reasons.separator'));
  return sentence.charAt(0).toLocaleUpperCase(language) + sentence.slice(1);
}
