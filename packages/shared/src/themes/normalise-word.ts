/**
 * Normalisation shared by the lexicon and the text it is matched against, so that a stem written "éducation"
 * meets "EDUCATION" and "educación", and "المناخ" meets the stem "مناخ".
 *
 * - Lower case, canonical decomposition, combining marks dropped (Latin accents, Arabic short vowels and the
 *   hamza carried by alef, waw and yeh), tatweel removed.
 * - Arabic letter variants that spelling alternates between are unified: ta marbuta -> ha, alef maqsura -> yeh.
 * - The Arabic definite article is removed, also when fused with a preposition or "and"
 *   (ال, وال, بال, كال, فال, لل), if at least two letters remain.
 */
export function normaliseWord(word: string): string {
  const folded = word
    .normalize('NFD')
    .replace(/[\p{M}\u0640]+/gu, '')
    .toLowerCase()
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064a')
    .normalize('NFC');
  const article = /^(?:وال|بال|كال|فال|لل|ال)/.exec(folded);
  if (article && folded.length - article[0].length >= 2) return folded.slice(article[0].length);
  return folded;
}

export interface Word {
  /** As written in the text. */
  text: string;
  normalised: string;
}

/**
 * Splits a text into words: runs of letters, marks and digits. Hyphens and soft hyphens inside a word are
 * dropped first, so "tasa-arvo", "well-being" and "bien-être" each stay one word.
 */
export function wordsOf(text: string): Word[] {
  const joined = text.replace(/(?<=[\p{L}\p{N}])[-\u2010\u2011\u00ad](?=[\p{L}\p{N}])/gu, '');
  const words: Word[] = [];
  for (const match of joined.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    words.push({ text: match[0], normalised: normaliseWord(match[0]) });
  }
  return words;
}
