import { pickText } from '@crossgov/shared';
import type { Assembly } from '../api/assemblies.ts';

/** The reader's label of a category or of one of its features (falls back to the key). */
export function categoryLabel(
  assembly: Pick<Assembly, 'categories'>,
  category: string,
  language: string,
): string {
  const found = assembly.categories.find((c) => c.key === category);
  return found ? pickText(found.labels, language) : category;
}

export function featureLabel(
  assembly: Pick<Assembly, 'categories'>,
  category: string,
  feature: string,
  language: string,
): string {
  const found = assembly.categories.find((c) => c.key === category)?.features.find((f) => f.key === feature);
  return found ? pickText(found.labels, language) : feature;
}

export function percent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value);
}
