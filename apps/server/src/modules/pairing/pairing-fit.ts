/** What a pair has in common, shown to the programme manager as the reason for the pair. */
export interface PairReasons {
  sharedExpertise: string[];
  sharedLanguages: string[];
  sharedSdgs: number[];
}

export interface PairingProfile {
  userId: string;
  country: string | null;
  languages: string[];
  expertise: string[];
  openToTags: string[];
  openToSdgs: number[];
}

/** Expertise and interests count most, then a language to work in, then the goals both care about. */
export const PAIR_WEIGHTS = { expertise: 0.4, language: 0.3, sdgs: 0.3 } as const;

const jaccard = <T>(a: readonly T[], b: readonly T[]) => {
  const left = new Set(a);
  const right = new Set(b);
  const shared = [...left].filter((item) => right.has(item));
  const union = new Set([...left, ...right]).size;
  return { shared, ratio: union === 0 ? 0 : shared.length / union };
};

/**
 * The fit of a person with a counterpart abroad, 0-1. Expertise and "open to" topics are compared as one set
 * (an expert in water pairs with someone open to water), languages by whether there is one in common.
 * People in the same country are no pair: null.
 */
export function pairFit(
  person: PairingProfile,
  counterpart: PairingProfile,
): { score: number; reasons: PairReasons } | null {
  if (person.country && person.country === counterpart.country) return null;
  const topics = jaccard(
    [...person.expertise, ...person.openToTags],
    [...counterpart.expertise, ...counterpart.openToTags],
  );
  const languages = jaccard(person.languages, counterpart.languages);
  const sdgs = jaccard(person.openToSdgs, counterpart.openToSdgs);
  const score =
    PAIR_WEIGHTS.expertise * topics.ratio +
    PAIR_WEIGHTS.language * (languages.shared.length ? 1 : 0) +
    PAIR_WEIGHTS.sdgs * sdgs.ratio;
  return {
    score: Math.round(score * 10_000) / 10_000,
    reasons: {
      sharedExpertise: topics.shared.sort(),
      sharedLanguages: languages.shared.sort(),
      sharedSdgs: sdgs.shared.sort((a, b) => a - b),
    },
  };
}
