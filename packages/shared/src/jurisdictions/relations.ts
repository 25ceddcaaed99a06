import { GROUPINGS } from './groupings.data.ts';
import { countryOfJurisdiction } from './jurisdiction.ts';
import { LAND_NEIGHBOURS } from './neighbours.data.ts';

const MEMBERS: ReadonlyMap<string, readonly string[]> = new Map(
  GROUPINGS.map((grouping) => [grouping.code, Object.freeze(grouping.members.split(' '))]),
);

const GROUPINGS_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const [grouping, members] of MEMBERS) {
    for (const country of members) {
      const list = index.get(country) ?? [];
      list.push(grouping);
      index.set(country, list);
    }
  }
  return index;
})();

const NONE: readonly string[] = Object.freeze([]);

/** Member countries (alpha-2) of a grouping; empty for anything that is not a grouping code. */
export function groupingMembers(grouping: string): readonly string[] {
  return MEMBERS.get(grouping) ?? NONE;
}

/** Groupings a jurisdiction belongs to through its country ('FI-15' belongs where 'FI' does). */
export function groupingsOf(country: string): readonly string[] {
  const code = countryOfJurisdiction(country);
  if (code === null) return NONE;
  return GROUPINGS_OF.get(code) ?? NONE;
}

/** Groupings both jurisdictions belong to, by their countries, in the order of GROUPING_CODES. */
export function sharedGroupings(a: string, b: string): string[] {
  const other = new Set(groupingsOf(b));
  return groupingsOf(a).filter((grouping) => other.has(grouping));
}

/**
 * Whether two jurisdictions' countries share a land border (neighbours.data.ts). Subdivisions answer through
 * their country, so 'FI-10' and 'SE-BD' are neighbours; two places in the same country are not.
 */
export function areNeighbours(a: string, b: string): boolean {
  const countryA = countryOfJurisdiction(a);
  const countryB = countryOfJurisdiction(b);
  if (countryA === null || countryB === null || countryA === countryB) return false;
  return LAND_NEIGHBOURS[countryA]?.includes(countryB) ?? false;
}
