import {
  COMPOUNDING_LANGUAGES,
  LEXICON_BLOCKERS,
  type LexiconLanguage,
  SDG_LEXICON,
} from './lexicon.data.ts';
import { normaliseWord, wordsOf } from './normalise-word.ts';

export interface InferredTheme {
  sdg: number;
  score: number;
  /** The words of the text that matched this goal, as written, each once, in order of appearance. */
  terms: string[];
}

export interface InferSdgsOptions {
  /** The text's language (BCP 47). Its lexicon counts fully, the others at half weight. */
  language?: string;
  /** At most this many goals (all that match when absent). */
  limit?: number;
}

/** A stem of the lexicon; `sdg` 0 marks a blocker. */
interface Stem {
  stem: string;
  sdg: number;
  language: LexiconLanguage;
  wholeWord: boolean;
  /** May match inside a compound word (sv, fi, de stems of five letters or more). */
  infix: boolean;
}

/** Stems indexed by their first three letters (stems are at least three letters, whole-word ones at least two). */
const STEMS_BY_HEAD: ReadonlyMap<string, readonly Stem[]> = (() => {
  const index = new Map<string, Stem[]>();
  const add = (raw: string, sdg: number, language: LexiconLanguage) => {
    const wholeWord = raw.endsWith('=');
    const stem = normaliseWord(wholeWord ? raw.slice(0, -1) : raw);
    const infix = !wholeWord && stem.length >= 5 && COMPOUNDING_LANGUAGES.includes(language);
    const head = stem.slice(0, 3);
    const list = index.get(head) ?? [];
    list.push({ stem, sdg, language, wholeWord, infix });
    index.set(head, list);
  };
  for (const [language, goals] of Object.entries(SDG_LEXICON) as Array<
    [LexiconLanguage, readonly string[]]
  >) {
    goals.forEach((stems, index) => {
      for (const raw of stems.split(' ')) add(raw, index + 1, language);
    });
  }
  for (const [language, stems] of Object.entries(LEXICON_BLOCKERS) as Array<[LexiconLanguage, string]>) {
    for (const raw of stems.split(' ')) add(raw, 0, language);
  }
  return index;
})();

interface Match {
  start: number;
  end: number;
  stem: Stem;
}

function matchesIn(word: string): Match[] {
  const matches: Match[] = [];
  for (let start = 0; start + 2 <= word.length; start += 1) {
    for (const stem of STEMS_BY_HEAD.get(word.slice(start, start + 3)) ?? []) {
      if (start > 0 && !stem.infix) continue;
      if (stem.wholeWord && (start > 0 || word.length !== stem.stem.length)) continue;
      if (!word.startsWith(stem.stem, start)) continue;
      matches.push({ start, end: start + stem.stem.length, stem });
    }
  }
  // The most specific reading wins: a match inside a longer one ("jate" inside "jatevesi") is dropped.
  return matches.filter(
    (match) =>
      !matches.some(
        (other) =>
          other.end - other.start > match.end - match.start &&
          other.start <= match.start &&
          other.end >= match.end,
      ),
  );
}

function primaryLanguage(language: string | undefined): string | undefined {
  return language?.toLowerCase().split(/[-_]/)[0];
}

/**
 * Infers Sustainable Development Goals from a problem statement with a hand-written multilingual keyword
 * lexicon (lexicon.data.ts): a transparent, language-independent bridge between records, in the spirit of
 * dictionary-based text classification (e.g. the SDG query sets of Aurora Universities / Elsevier), but
 * matching word prefixes so that it needs no stemmer.
 *
 * Score of a goal = sum over the words of the text of the weights of the distinct stems matched in that word
 * (1 for the lexicon of `language`, or for every lexicon when no language is given; 0.5 for the others; a stem
 * found in several lexicons counts once at its best weight). Goals are sorted by score, then by number.
 */
export function inferSdgs(text: string, options: InferSdgsOptions = {}): InferredTheme[] {
  const language = primaryLanguage(options.language);
  const scores = new Map<number, { score: number; terms: string[]; seen: Set<string> }>();
  for (const word of wordsOf(text)) {
    if (word.normalised.length < 2) continue;
    // Per goal and matched span, the best weight among the lexicons that contain that stem.
    const weights = new Map<string, { sdg: number; weight: number }>();
    for (const match of matchesIn(word.normalised)) {
      if (match.stem.sdg === 0) continue;
      const weight = language === undefined || match.stem.language === language ? 1 : 0.5;
      const key = `${match.stem.sdg}:${match.start}:${match.end}`;
      const previous = weights.get(key);
      if (!previous || previous.weight < weight) weights.set(key, { sdg: match.stem.sdg, weight });
    }
    for (const { sdg, weight } of weights.values()) {
      const entry = scores.get(sdg) ?? { score: 0, terms: [], seen: new Set<string>() };
      entry.score += weight;
      const term = word.text.toLowerCase();
      if (!entry.seen.has(term)) {
        entry.seen.add(term);
        entry.terms.push(word.text);
      }
      scores.set(sdg, entry);
    }
  }
  const themes = [...scores].map(([sdg, entry]) => ({ sdg, score: entry.score, terms: entry.terms }));
  themes.sort((a, b) => b.score - a.score || a.sdg - b.sdg);
  const { limit } = options;
  return limit === undefined ? themes : themes.slice(0, Math.max(0, Math.floor(limit)));
}
