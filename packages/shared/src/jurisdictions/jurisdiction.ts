import { iso31661, iso31662 } from 'iso-3166';
import { z } from 'zod';
import { GROUPINGS } from './groupings.data.ts';

export type JurisdictionKind = 'country' | 'subdivision' | 'grouping';

export interface Jurisdiction {
  code: string;
  kind: JurisdictionKind;
  /** Countries and groupings: null. Subdivisions: the country or the enclosing subdivision, as ISO 3166-2 nests them. */
  parent: string | null;
  /** The country alpha-2: itself for a country, the top-level country for any subdivision, null for a grouping. */
  country: string | null;
  /** English name for groupings, ISO name otherwise (subdivisions in their local or romanised form). */
  name: string;
}

function buildRegistry(): ReadonlyMap<string, Jurisdiction> {
  // Frozen: lookups hand out the registry's own objects.
  const registry = new Map<string, Readonly<Jurisdiction>>();
  for (const entry of iso31661) {
    if (entry.state !== 'assigned') continue;
    const code = entry.alpha2;
    registry.set(
      code,
      Object.freeze({ code, kind: 'country', parent: null, country: code, name: entry.name }),
    );
  }
  for (const entry of iso31662) {
    // ISO 3166-2 codes always begin with the alpha-2 of their country, however deep they nest.
    const country = entry.code.slice(0, entry.code.indexOf('-'));
    registry.set(
      entry.code,
      Object.freeze({
        code: entry.code,
        kind: 'subdivision',
        parent: entry.parent,
        country,
        name: entry.name,
      }),
    );
  }
  for (const grouping of GROUPINGS) {
    registry.set(
      grouping.code,
      Object.freeze({
        code: grouping.code,
        kind: 'grouping',
        parent: null,
        country: null,
        name: grouping.names.en,
      }),
    );
  }
  return registry;
}

const REGISTRY = buildRegistry();

/** Every jurisdiction, in registry order: countries, then subdivisions, then groupings. */
export function allJurisdictions(): IterableIterator<Jurisdiction> {
  return REGISTRY.values();
}

/** Supranational groupings (EU, ASEAN, African Union, ...), see groupings.data.ts for the membership rules. */
export const GROUPING_CODES: readonly string[] = Object.freeze(GROUPINGS.map((grouping) => grouping.code));

/** Looks up a code: ISO 3166-1 alpha-2 (assigned), ISO 3166-2, or a grouping code. Case-sensitive, as ISO is. */
export function getJurisdiction(code: string): Jurisdiction | undefined {
  return REGISTRY.get(code);
}

export function isJurisdictionCode(code: string): boolean {
  return REGISTRY.has(code);
}

export const jurisdictionCodeSchema: z.ZodType<string> = z
  .string()
  .refine(
    isJurisdictionCode,
    'unknown jurisdiction code (ISO 3166-1 alpha-2, ISO 3166-2, or a grouping such as "EU")',
  );

/** The country a jurisdiction lies in: 'FI-15' -> 'FI', 'FI' -> 'FI'; null for groupings and unknown codes. */
export function countryOfJurisdiction(code: string): string | null {
  return REGISTRY.get(code)?.country ?? null;
}
