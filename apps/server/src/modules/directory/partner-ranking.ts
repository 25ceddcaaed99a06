import { areNeighbours, sharedGroupings } from '@crossgov/shared';
import type { OrganisationSummary } from '../organisations/organisation.dto.ts';

/** Why an organisation abroad may be the right partner, in facts a reader can check. */
export interface PartnerReasons {
  sharedSdgs: number[];
  /** How well its own texts match the problem, 0-1 relative to the best match among the candidates. */
  textMatch: number;
  location: 'neighbour' | 'shared_grouping' | 'elsewhere';
  sharedGroupings: string[];
  sharedLanguages: string[];
}

export interface RankedPartner {
  organisation: OrganisationSummary;
  score: number;
  reasons: PartnerReasons;
}

export interface PartnerCandidateInput {
  organisation: OrganisationSummary;
  textRank: number;
  sharedSdgs: number[];
}

/**
 * The weights of "find partners": topic fit counts most (shared goals and text match, half each when the
 * problem names goals), then complementary location (a neighbour across the border, or a fellow member of a
 * grouping such as the Nordic Council or the EU), then a working language in common.
 */
export const PARTNER_WEIGHTS = { topic: 0.6, location: 0.2, language: 0.2 } as const;

const LOCATION_SCORE = { neighbour: 1, shared_grouping: 0.7, elsewhere: 0.3 } as const;

export function rankPartners(
  candidates: PartnerCandidateInput[],
  asker: { country: string; languages: string[]; sdgs: number[] },
  limit: number,
): RankedPartner[] {
  const bestRank = Math.max(0, ...candidates.map((candidate) => candidate.textRank));
  const ranked = candidates.map(({ organisation, textRank, sharedSdgs }) => {
    const textMatch = bestRank > 0 ? textRank / bestRank : 0;
    const goalMatch = asker.sdgs.length ? sharedSdgs.length / asker.sdgs.length : 0;
    const topic = asker.sdgs.length ? (goalMatch + textMatch) / 2 : textMatch;
    const groupings = sharedGroupings(asker.country, organisation.country);
    const location = areNeighbours(asker.country, organisation.country)
      ? 'neighbour'
      : groupings.length
        ? 'shared_grouping'
        : 'elsewhere';
    const sharedLanguages = organisation.workingLanguages.filter((language) =>
      asker.languages.includes(language),
    );
    const score =
      PARTNER_WEIGHTS.topic * topic +
      PARTNER_WEIGHTS.location * LOCATION_SCORE[location] +
      PARTNER_WEIGHTS.language * (sharedLanguages.length ? 1 : 0);
    return {
      organisation,
      score: Math.round(score * 1000) / 1000,
      reasons: {
        sharedSdgs,
        textMatch: Math.round(textMatch * 1000) / 1000,
        location,
        sharedGroupings: groupings,
        sharedLanguages,
      } satisfies PartnerReasons,
    };
  });
  return ranked
    .sort((a, b) => b.score - a.score || a.organisation.slug.localeCompare(b.organisation.slug))
    .slice(0, limit);
}
