import {
  groupingMembers,
  groupingsOf,
  inferSdgs,
  jurisdictionName,
  LAND_NEIGHBOURS,
  sdgName,
} from '@crossgov/shared';
import type { Database } from '../../db/database.ts';
import { findPartnerCandidates } from '../organisations/organisation.service.ts';
import { type PartnerReasons, rankPartners } from './partner-ranking.ts';

/**
 * How many candidates the database hands the scorer. The database orders them by nearly the same score (text
 * match as yes or no), so the exact score's best ten are among them.
 */
const CANDIDATE_POOL = 200;

export interface FindPartnersInput {
  problem: string;
  language?: string | undefined;
  country: string;
  languages?: string[] | undefined;
  sdgs?: number[] | undefined;
  types?: string[] | undefined;
  limit: number;
}

export function explainMatch(
  reasons: PartnerReasons,
  organisationCountry: string,
  askerCountry: string,
): string {
  const parts: string[] = [];
  if (reasons.sharedSdgs.length)
    parts.push(
      `works on ${reasons.sharedSdgs.map((sdg) => `${sdgName(sdg, 'en')} (SDG ${sdg})`).join(', ')}`,
    );
  else if (reasons.textMatch > 0) parts.push('describes work close to your problem');
  const where = jurisdictionName(organisationCountry, 'en');
  const home = jurisdictionName(askerCountry, 'en');
  if (reasons.location === 'neighbour') parts.push(`in ${where}, across the border from ${home}`);
  else if (reasons.location === 'shared_grouping')
    parts.push(
      `in ${where}, with ${home} in ${reasons.sharedGroupings.map((code) => jurisdictionName(code, 'en')).join(', ')}`,
    );
  else parts.push(`in ${where}`);
  if (reasons.sharedLanguages.length) parts.push(`works in ${reasons.sharedLanguages.join(', ')} like you`);
  const line = parts.join('; ');
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}

/**
 * "Find partners": organisations outside the asker's country ranked by topic fit, complementary location and
 * shared languages. The goals (SDGs) are language-independent, so a problem written in French finds a Swedish
 * agency described in Swedish; the text match adds what the goals miss.
 */
export async function findPartners(db: Database, input: FindPartnersInput) {
  const inferred = inferSdgs(input.problem, { language: input.language, limit: 3 });
  const sdgs = input.sdgs?.length ? input.sdgs : inferred.map((theme) => theme.sdg);
  const languages = input.languages?.length ? input.languages : [input.language ?? 'en'];
  const groupmates = groupingsOf(input.country).flatMap((grouping) => groupingMembers(grouping));
  const candidates = await findPartnerCandidates(db, {
    problem: input.problem,
    country: input.country,
    sdgs,
    neighbours: [...(LAND_NEIGHBOURS[input.country] ?? [])],
    groupmates: [...new Set(groupmates)].filter((country) => country !== input.country),
    languages,
    types: input.types,
    limit: CANDIDATE_POOL,
  });
  const ranked = rankPartners(candidates, { country: input.country, languages, sdgs }, input.limit);
  return {
    inferredSdgs: inferred.map((theme) => ({ sdg: theme.sdg, terms: theme.terms })),
    sdgs,
    matches: ranked.map((match) => ({
      ...match,
      explanation: explainMatch(match.reasons, match.organisation.country, input.country),
    })),
  };
}
