import { CsvSyntaxError, parseCsv } from './csv.ts';
import type { Person, Quota } from './types.ts';

/** Bad input file: names the file, the line and the field so a person can fix it. */
export class SortitionInputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly field: string | undefined,
    message: string,
  ) {
    const where = [file, line === undefined ? undefined : `line ${line}`, field && `field "${field}"`]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${message}`);
    this.name = 'SortitionInputError';
  }
}

function rowsOf(text: string, file: string) {
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new SortitionInputError(file, error.line, undefined, error.message);
    throw error;
  }
}

// The paper's files say category,feature; the sortition-algorithms fixture says feature,value.
const HEADER_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['category', 'feature'],
  ['feature', 'value'],
];

function wholeNumber(raw: string | undefined, file: string, line: number, field: string): number {
  const text = (raw ?? '').trim();
  if (!/^\d+$/.test(text))
    throw new SortitionInputError(file, line, field, `"${text}" is not a whole number >= 0`);
  return Number(text);
}

/**
 * Reads a quota file: `category,feature,min,max` (Flanigan et al. 2021 replication format), also
 * `feature,value,min,max` (sortition-algorithms). Extra columns such as min_flex/max_flex are ignored.
 */
export function parseCategories(text: string, file = 'categories'): Quota[] {
  const rows = rowsOf(text, file);
  const [header, ...body] = rows;
  if (!header) throw new SortitionInputError(file, undefined, undefined, 'the file is empty');
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const variant = HEADER_VARIANTS.find(
    ([category, feature]) => names.includes(category) && names.includes(feature),
  );
  if (!variant || !names.includes('min') || !names.includes('max'))
    throw new SortitionInputError(
      file,
      header.line,
      undefined,
      'the header must be category,feature,min,max',
    );
  const column = (name: string) => names.indexOf(name);
  const [categoryName, featureName] = variant;
  const quotas: Quota[] = [];
  const seen = new Set<string>();
  for (const row of body) {
    const category = row.cells[column(categoryName)]?.trim() ?? '';
    const feature = row.cells[column(featureName)]?.trim() ?? '';
    if (category === '') throw new SortitionInputError(file, row.line, categoryName, 'is empty');
    if (feature === '') throw new SortitionInputError(file, row.line, featureName, 'is empty');
    const min = wholeNumber(row.cells[column('min')], file, row.line, 'min');
    const max = wholeNumber(row.cells[column('max')], file, row.line, 'max');
    if (min > max) throw new SortitionInputError(file, row.line, 'min', `min ${min} is above max ${max}`);
    const key = `${category}\u0000${feature}`;
    if (seen.has(key))
      throw new SortitionInputError(file, row.line, featureName, `${category}/${feature} appears twice`);
    seen.add(key);
    quotas.push({ category, feature, min, max });
  }
  if (quotas.length === 0) throw new SortitionInputError(file, undefined, undefined, 'no quotas in the file');
  return quotas;
}

export interface RespondentColumns {
  /** Column holding each person's id; without it the row number from 0 is the id. */
  idColumn?: string;
  /** Column holding a household key: at most one person per household is selected. */
  householdColumn?: string;
}

/** Reads the pool: one column per quota category, values must be features named in the quotas. */
export function parseRespondents(
  text: string,
  quotas: readonly Quota[],
  columns: RespondentColumns = {},
  file = 'respondents',
): Person[] {
  const rows = rowsOf(text, file);
  const [header, ...body] = rows;
  if (!header) throw new SortitionInputError(file, undefined, undefined, 'the file is empty');
  const names = header.cells.map((cell) => cell.trim());
  const indexOf = (name: string, why: string) => {
    const index = names.indexOf(name);
    if (index < 0) throw new SortitionInputError(file, header.line, name, `column missing (${why})`);
    return index;
  };
  const categories = [...new Set(quotas.map((quota) => quota.category))];
  const featuresOf = new Map(categories.map((category) => [category, new Set<string>()]));
  for (const quota of quotas) featuresOf.get(quota.category)?.add(quota.feature);
  const categoryColumns = categories.map((category) => indexOf(category, 'a quota category'));
  const idIndex = columns.idColumn === undefined ? undefined : indexOf(columns.idColumn, '--id-column');
  const householdIndex =
    columns.householdColumn === undefined
      ? undefined
      : indexOf(columns.householdColumn, '--household-column');
  const ids = new Set<string>();
  return body.map((row, position) => {
    const features: Record<string, string> = {};
    categories.forEach((category, c) => {
      const value = row.cells[categoryColumns[c] ?? -1]?.trim() ?? '';
      if (!featuresOf.get(category)?.has(value))
        throw new SortitionInputError(
          file,
          row.line,
          category,
          `"${value}" is not a feature of ${category} in the quotas`,
        );
      features[category] = value;
    });
    const id = idIndex === undefined ? String(position) : (row.cells[idIndex]?.trim() ?? '');
    if (id === '') throw new SortitionInputError(file, row.line, columns.idColumn, 'the id is empty');
    if (ids.has(id))
      throw new SortitionInputError(file, row.line, columns.idColumn, `id "${id}" appears twice`);
    ids.add(id);
    const household = householdIndex === undefined ? '' : (row.cells[householdIndex]?.trim() ?? '');
    return household === '' ? { id, features } : { id, features, household };
  });
}
