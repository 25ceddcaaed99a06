import { tallyColumns } from './tallies.ts';
import type { Analysis } from './types.ts';
import type { VoteMatrix } from './vote-matrix.ts';

/**
 * Cross-border breakdown of a Polis analysis (Crossgov's own extension, not part of Polis): every result per
 * country, and "bridging statements" that every opinion group in every country tends to agree with.
 *
 * Definitions (documented in docs/engines/deliberation.md):
 * - per-country group-informed consensus of comment c in country k: the product over groups g of
 *   (A_gk + 1) / (S_gk + 2), counting only the members of g from k (Polis's formula restricted to one country);
 * - bridging score: the product over countries of those values (a comment must do well in every country,
 *   and one country where some group rejects it pulls the score down);
 * - a bridging statement: a comment that is not moderated out and for which every (group, country) cell with
 *   members has (A + 1) / (S + 2) > 0.5, i.e. agreement is more likely than not in every group of every
 *   country; they are listed by bridging score, highest first.
 */

export interface CountryShares {
  agree: number;
  disagree: number;
  pass: number;
  seen: number;
  agreeShare: number;
  disagreeShare: number;
  passShare: number;
}

export interface BridgingStatement {
  commentId: string;
  /** Product over countries of each country's group-informed consensus. */
  score: number;
  /** The smallest country group-informed consensus, for reading alongside the score. */
  minimum: number;
  perCountry: Map<string, number>;
}

export interface CountryBreakdown {
  countries: string[];
  /** Participants with no country in the map (left out of every per-country figure). */
  withoutCountry: number;
  /** Per comment, per country: vote counts and shares over everyone from that country who saw it. */
  votes: Map<string, Map<string, CountryShares>>;
  /** Per group id, per country: members. */
  groupMembers: Map<number, Map<string, number>>;
  /** Per comment, per country (countries with clustered members only). */
  groupAwareConsensus: Map<string, Map<string, number>>;
  bridging: BridgingStatement[];
}

function shares(agree: number, disagree: number, seen: number): CountryShares {
  const of = (count: number) => (seen === 0 ? 0 : count / seen);
  const pass = seen - agree - disagree;
  return {
    agree,
    disagree,
    pass,
    seen,
    agreeShare: of(agree),
    disagreeShare: of(disagree),
    passShare: of(pass),
  };
}

/** Breaks an analysis down by participant country (`countryOf`: participant id -> ISO 3166 code or any label). */
export function breakdownByCountry(
  matrix: VoteMatrix,
  analysis: Analysis,
  countryOf: ReadonlyMap<string, string>,
): CountryBreakdown {
  const rowsByCountry = new Map<string, number[]>();
  let withoutCountry = 0;
  matrix.participantIds.forEach((id, row) => {
    const country = countryOf.get(id);
    if (country === undefined) {
      withoutCountry += 1;
      return;
    }
    const rows = rowsByCountry.get(country) ?? [];
    rows.push(row);
    rowsByCountry.set(country, rows);
  });
  const countries = [...rowsByCountry.keys()].sort();
  const votes = new Map<string, Map<string, CountryShares>>(matrix.commentIds.map((id) => [id, new Map()]));
  for (const country of countries) {
    const tallies = tallyColumns(matrix, rowsByCountry.get(country) ?? []);
    matrix.commentIds.forEach((id, column) => {
      const tally = tallies[column] ?? { na: 0, nd: 0, ns: 0 };
      votes.get(id)?.set(country, shares(tally.na, tally.nd, tally.ns));
    });
  }
  const rowOf = new Map(matrix.participantIds.map((id, row) => [id, row]));
  const groupMembers = new Map<number, Map<string, number>>();
  // cells[g][country] = the rows of group g from that country
  const cells = analysis.groups.map((group) => {
    const byCountry = new Map<string, number[]>();
    for (const member of group.members) {
      const country = countryOf.get(member);
      const row = rowOf.get(member);
      if (country === undefined || row === undefined) continue;
      const rows = byCountry.get(country) ?? [];
      rows.push(row);
      byCountry.set(country, rows);
    }
    groupMembers.set(
      group.id,
      new Map(countries.map((country) => [country, byCountry.get(country)?.length ?? 0])),
    );
    return new Map([...byCountry].map(([country, rows]) => [country, tallyColumns(matrix, rows)]));
  });
  const clusteredCountries = countries.filter((country) => cells.some((cell) => cell.has(country)));
  const groupAwareConsensus = new Map<string, Map<string, number>>();
  const bridging: BridgingStatement[] = [];
  matrix.commentIds.forEach((commentId, column) => {
    const perCountry = new Map<string, number>();
    let everyCellAgrees = clusteredCountries.length > 0;
    for (const country of clusteredCountries) {
      let product = 1;
      for (const cell of cells) {
        const tally = cell.get(country)?.[column];
        if (!tally) continue;
        const probability = (tally.na + 1) / (tally.ns + 2);
        product *= probability;
        if (!(probability > 0.5)) everyCellAgrees = false;
      }
      perCountry.set(country, product);
    }
    groupAwareConsensus.set(commentId, perCountry);
    if (!everyCellAgrees || matrix.moderatedOut[column] === 1) return;
    const values = [...perCountry.values()];
    bridging.push({
      commentId,
      score: values.reduce((product, value) => product * value, 1),
      minimum: Math.min(...values),
      perCountry,
    });
  });
  bridging.sort((a, b) => b.score - a.score || b.minimum - a.minimum);
  return { countries, withoutCountry, votes, groupMembers, groupAwareConsensus, bridging };
}
