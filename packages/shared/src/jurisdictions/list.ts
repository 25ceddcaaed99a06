import { foldForSearch } from './fold.ts';
import { allJurisdictions, type Jurisdiction, type JurisdictionKind } from './jurisdiction.ts';
import { jurisdictionName } from './names.ts';

export interface ListJurisdictionsOptions {
  kind?: JurisdictionKind;
  /** Direct parent: 'FI' lists Finland's regions; 'FR' lists French regions, not the departments inside them. */
  parent?: string;
  /** Any depth inside this country: 'FR' lists regions and departments alike. */
  country?: string;
  /** Matches the code or a name: the ISO/English name and, for countries and groupings, the name in `language`. */
  q?: string;
  /** BCP 47 language for localised names in `q` matching and in the ordering; English when absent. */
  language?: string;
  /** At most this many results (all when absent). */
  limit?: number;
}

interface Candidate {
  jurisdiction: Jurisdiction;
  /** Folded names to match and sort on; the first is the one shown to the reader. */
  names: string[];
}

const KIND_ORDER: Readonly<Record<JurisdictionKind, number>> = { country: 0, grouping: 1, subdivision: 2 };

/** Folded names per language, built on first use; subdivision names do not depend on the language. */
const candidatesByLanguage = new Map<string, readonly Candidate[]>();

function candidatesFor(language: string): readonly Candidate[] {
  const cached = candidatesByLanguage.get(language);
  if (cached) return cached;
  const candidates: Candidate[] = [];
  for (const jurisdiction of allJurisdictions()) {
    const names = [foldForSearch(jurisdictionName(jurisdiction.code, language))];
    const isoName = foldForSearch(jurisdiction.name);
    if (isoName !== names[0]) names.push(isoName);
    candidates.push({ jurisdiction, names });
  }
  candidatesByLanguage.set(language, candidates);
  return candidates;
}

/** 0 = the code itself, 1 = a whole name, 2 = a prefix of the code, a name or a word, 3 = inside a name. */
function matchRank(candidate: Candidate, query: string, foldedQuery: string): number | null {
  const code = candidate.jurisdiction.code;
  if (code.toUpperCase() === query.toUpperCase()) return 0;
  if (foldedQuery === '') return null;
  if (candidate.names.includes(foldedQuery)) return 1;
  if (foldForSearch(code).startsWith(foldedQuery)) return 2;
  if (candidate.names.some((name) => ` ${name}`.includes(` ${foldedQuery}`))) return 2;
  if (candidate.names.some((name) => name.includes(foldedQuery))) return 3;
  return null;
}

function byKindThenName(a: Candidate, b: Candidate): number {
  const kind = KIND_ORDER[a.jurisdiction.kind] - KIND_ORDER[b.jurisdiction.kind];
  if (kind !== 0) return kind;
  const nameA = a.names[0] ?? '';
  const nameB = b.names[0] ?? '';
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  return a.jurisdiction.code < b.jurisdiction.code ? -1 : 1;
}

/**
 * Lists jurisdictions for pickers and search: filters by kind, parent or country, then (with `q`) keeps the
 * matches, best first (exact code, exact name, prefix, substring); ties and unfiltered lists go countries,
 * groupings, subdivisions, each alphabetically by the (folded) name in `language`.
 */
export function listJurisdictions(options: ListJurisdictionsOptions = {}): Jurisdiction[] {
  const { kind, parent, country, q, language = 'en', limit } = options;
  const query = q?.trim() ?? '';
  const foldedQuery = foldForSearch(query);
  const ranked: Array<{ candidate: Candidate; rank: number }> = [];
  for (const candidate of candidatesFor(language)) {
    const { jurisdiction } = candidate;
    if (kind !== undefined && jurisdiction.kind !== kind) continue;
    if (parent !== undefined && jurisdiction.parent !== parent) continue;
    if (country !== undefined && (jurisdiction.kind !== 'subdivision' || jurisdiction.country !== country)) {
      continue;
    }
    if (query === '') {
      ranked.push({ candidate, rank: 0 });
      continue;
    }
    const rank = matchRank(candidate, query, foldedQuery);
    if (rank !== null) ranked.push({ candidate, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || byKindThenName(a.candidate, b.candidate));
  const results = ranked.map((entry) => entry.candidate.jurisdiction);
  return limit === undefined ? results : results.slice(0, Math.max(0, Math.floor(limit)));
}
