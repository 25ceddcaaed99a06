/**
 * Folds a name for accent- and case-insensitive search: "Pohjois-Savo", "pohjois savo" and "POHJOIS-SAVO" meet,
 * as do "Åland" and "aland". Marks are dropped after canonical decomposition (Unicode UAX #15), so the same
 * rule works for Latin accents and Arabic vowel signs.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
