import fc from 'fast-check';
import { iso31661, iso31661Reserved, iso31662 } from 'iso-3166';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../countries.ts';
import {
  countryOfJurisdiction,
  GROUPING_CODES,
  getJurisdiction,
  isJurisdictionCode,
  jurisdictionCodeSchema,
} from './jurisdiction.ts';

describe('jurisdiction registry', () => {
  it('knows every assigned ISO 3166-1 country and every ISO 3166-2 subdivision', () => {
    for (const country of iso31661) expect(getJurisdiction(country.alpha2)?.kind).toBe('country');
    for (const subdivision of iso31662) expect(getJurisdiction(subdivision.code)?.kind).toBe('subdivision');
  });

  it('agrees with the existing COUNTRY_CODES list', () => {
    const countries = iso31661.map((country) => country.alpha2).sort();
    expect(countries).toEqual([...COUNTRY_CODES].sort());
  });

  it('gives every subdivision an existing country, reached by following its parents', () => {
    for (const subdivision of iso31662) {
      const jurisdiction = getJurisdiction(subdivision.code);
      let parent = jurisdiction?.parent ?? null;
      let steps = 0;
      while (parent !== null && getJurisdiction(parent)?.kind === 'subdivision' && steps < 5) {
        parent = getJurisdiction(parent)?.parent ?? null;
        steps += 1;
      }
      expect(parent, subdivision.code).not.toBeNull();
      expect(getJurisdiction(parent ?? '')?.kind, subdivision.code).toBe('country');
      expect(jurisdiction?.country, subdivision.code).toBe(parent);
    }
  });

  it('keeps a nested subdivision under its enclosing subdivision', () => {
    const nested = iso31662.find((subdivision) => subdivision.parent.includes('-'));
    expect(nested).toBeDefined();
    const jurisdiction = getJurisdiction(nested?.code ?? '');
    expect(jurisdiction?.parent).toBe(nested?.parent);
    expect(jurisdiction?.country).toBe(nested?.code.slice(0, 2));
  });

  it('gives grouping codes that no ISO 3166-1 code (assigned or reserved) or ISO 3166-2 code uses', () => {
    const reservedOthers = iso31661Reserved.map((entry) => entry.alpha2).filter((code) => code !== 'EU');
    for (const code of GROUPING_CODES) {
      expect(getJurisdiction(code)?.kind, code).toBe('grouping');
      expect(reservedOthers, code).not.toContain(code);
      expect(code, code).not.toContain('-');
    }
    expect(new Set(GROUPING_CODES).size).toBe(GROUPING_CODES.length);
  });

  it('is case-sensitive, as ISO 3166 codes are', () => {
    expect(isJurisdictionCode('FI')).toBe(true);
    expect(isJurisdictionCode('fi')).toBe(false);
    expect(isJurisdictionCode('FI-15')).toBe(true);
    expect(isJurisdictionCode('FI-99')).toBe(false);
  });
});

describe('countryOfJurisdiction', () => {
  it('returns the country of a subdivision, a country itself, and null for groupings', () => {
    expect(countryOfJurisdiction('FI-15')).toBe('FI');
    expect(countryOfJurisdiction('FI')).toBe('FI');
    expect(countryOfJurisdiction('EU')).toBeNull();
    expect(countryOfJurisdiction('XX')).toBeNull();
  });

  it('returns the top-level country for a nested subdivision', () => {
    expect(getJurisdiction('AZ-BAB')?.parent).toBe('AZ-NX');
    expect(countryOfJurisdiction('AZ-BAB')).toBe('AZ');
  });
});

describe('jurisdictionCodeSchema', () => {
  const known = [
    ...iso31661.map((country) => country.alpha2),
    ...iso31662.map((s) => s.code),
    ...GROUPING_CODES,
  ];

  it('accepts exactly the codes getJurisdiction knows', () => {
    const candidate = fc.oneof(
      fc.constantFrom(...known),
      fc.constantFrom(...known).map((code) => code.toLowerCase()),
      fc.constantFrom(...known).map((code) => `${code} `),
      fc.stringMatching(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/),
      fc.string(),
    );
    fc.assert(
      fc.property(candidate, (code) => {
        const result = jurisdictionCodeSchema.safeParse(code);
        expect(result.success).toBe(getJurisdiction(code) !== undefined);
        if (result.success) expect(result.data).toBe(code);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects non-strings and explains what it expects', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true }), (value) => {
        if (typeof value === 'string') return;
        expect(jurisdictionCodeSchema.safeParse(value).success).toBe(false);
      }),
    );
    const result = jurisdictionCodeSchema.safeParse('ZZ');
    expect(result.error?.issues[0]?.message).toBe(
      'unknown jurisdiction code (ISO 3166-1 alpha-2, ISO 3166-2, or a grouping such as "EU")',
    );
  });
});
