import { describe, expect, it } from 'vitest';
import { GROUPING_CODES } from './jurisdiction.ts';
import { jurisdictionName } from './names.ts';

describe('jurisdictionName', () => {
  it('names countries in the reader’s language', () => {
    expect(jurisdictionName('SE', 'fr')).toBe('Suède');
    expect(jurisdictionName('SE', 'fi')).toBe('Ruotsi');
    expect(jurisdictionName('FI', 'sv')).toBe('Finland');
    expect(jurisdictionName('FI', 'ar')).toMatch(/^[\u0600-\u06ff\s]+$/);
  });

  it('falls back to the ISO name for a language tag Intl rejects', () => {
    expect(jurisdictionName('SE', 'not a language!')).toBe('Sweden');
  });

  it('gives subdivisions their ISO name whatever the language', () => {
    expect(jurisdictionName('FI-15', 'en')).toBe('Pohjois-Savo');
    expect(jurisdictionName('FI-15', 'ar')).toBe('Pohjois-Savo');
  });

  it('names every grouping in the six interface languages, English otherwise', () => {
    expect(jurisdictionName('EU', 'fr')).toBe('Union européenne');
    expect(jurisdictionName('EU', 'fi-FI')).toBe('Euroopan unioni');
    expect(jurisdictionName('EU', 'de')).toBe('European Union');
    for (const code of GROUPING_CODES) {
      for (const language of ['en', 'fr', 'es', 'ar', 'sv', 'fi']) {
        expect(jurisdictionName(code, language).length, `${code} ${language}`).toBeGreaterThan(1);
      }
      expect(jurisdictionName(code, 'ar'), code).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('returns an unknown code unchanged', () => {
    expect(jurisdictionName('ZZ-99', 'en')).toBe('ZZ-99');
  });
});
