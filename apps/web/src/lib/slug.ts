/** Letters that Unicode does not decompose into a base letter plus accent. */
const FOLDED_LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
};

/**
 * A URL slug proposed from a name: lower-case ASCII letters, digits and single hyphens, as the API's slug
 * rule requires. Accents are folded (Kvarkenrådet -> kvarkenradet); other scripts leave nothing, and the
 * person then types a slug themselves.
 */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[øæœßđłþð]/g, (letter) => FOLDED_LETTERS[letter] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
