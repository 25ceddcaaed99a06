import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SDG_NUMBERS, sdgName, sdgSchema, themeTagSchema } from './sdg.ts';

describe('SDG codes and names', () => {
  it('numbers the goals 1 to 17', () => {
    expect(SDG_NUMBERS).toEqual(Array.from({ length: 17 }, (_, index) => index + 1));
  });

  it('gives the official short names in the interface languages', () => {
    expect(sdgName(1, 'en')).toBe('No poverty');
    expect(sdgName(1, 'fr')).toBe('Pas de pauvreté');
    expect(sdgName(1, 'es')).toBe('Fin de la pobreza');
    expect(sdgName(1, 'ar')).toBe('القضاء على الفقر');
    expect(sdgName(1, 'sv')).toBe('Ingen fattigdom');
    expect(sdgName(1, 'fi')).toBe('Ei köyhyyttä');
    expect(sdgName(13, 'sv-FI')).toBe('Bekämpa klimatförändringarna');
  });

  it('falls back to English for other languages', () => {
    expect(sdgName(6, 'de')).toBe('Clean water and sanitation');
  });

  it('names every goal in every language, distinctly', () => {
    for (const language of ['en', 'fr', 'es', 'ar', 'sv', 'fi']) {
      const names = SDG_NUMBERS.map((sdg) => sdgName(sdg, language));
      expect(new Set(names).size, language).toBe(17);
    }
  });

  it('accepts exactly the integers 1 to 17', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5, max: 25 }), fc.double(), fc.anything()), (value) => {
        const expected = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 17;
        expect(sdgSchema.safeParse(value).success).toBe(expected);
      }),
    );
  });
});

describe('themeTagSchema', () => {
  it('trims and lower-cases tags in any script', () => {
    expect(themeTagSchema.parse('  Open-Data ')).toBe('open-data');
    expect(themeTagSchema.parse('Kvarken')).toBe('kvarken');
    expect(themeTagSchema.parse('الطاقة')).toBe('الطاقة');
    expect(themeTagSchema.parse('gov2')).toBe('gov2');
  });

  it('rejects spaces, punctuation, edge hyphens and bad lengths', () => {
    for (const bad of ['open data', 'a', '-data', 'data-', 'c#', 'x'.repeat(41), '']) {
      expect(themeTagSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('is idempotent under random input: what it accepts, it accepts again unchanged', () => {
    const near = fc.stringMatching(/^ ?[A-Za-zÀ-ÿ0-9-]{1,42} ?$/);
    fc.assert(
      fc.property(fc.oneof(near, fc.string({ unit: 'grapheme', maxLength: 45 }), fc.anything()), (value) => {
        const result = themeTagSchema.safeParse(value);
        if (!result.success) return;
        expect(themeTagSchema.parse(result.data)).toBe(result.data);
        expect(result.data).toBe(result.data.toLowerCase());
        expect(result.data.length).toBeGreaterThanOrEqual(2);
        expect(result.data.length).toBeLessThanOrEqual(40);
      }),
      { numRuns: 1000 },
    );
  });
});
