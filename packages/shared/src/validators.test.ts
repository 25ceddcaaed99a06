import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from './countries.ts';
import { CONTENT_LANGUAGE_PATTERN, multilingualSchema, pickText } from './index.ts';
import {
  countryCodeSchema,
  emailSchema,
  organisationInputSchema,
  slugSchema,
  spaceInputSchema,
} from './validators.ts';

const anything = fc.anything({
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
});

describe('validators under random and hostile input', () => {
  it('never throw: they accept or reject', () => {
    for (const schema of [
      multilingualSchema,
      organisationInputSchema,
      spaceInputSchema,
      emailSchema,
      slugSchema,
    ]) {
      fc.assert(
        fc.property(anything, (value) => {
          expect(() => schema.safeParse(value)).not.toThrow();
        }),
        { numRuns: 300 },
      );
    }
  });

  it('accept multilingual text only with language keys and non-empty text', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 6 }), fc.record({ text: fc.string({ maxLength: 50 }) })),
        (value) => {
          const result = multilingualSchema.safeParse(value);
          if (!result.success) return;
          for (const [language, entry] of Object.entries(result.data)) {
            expect(language).toMatch(CONTENT_LANGUAGE_PATTERN);
            expect(entry.text.trim().length).toBeGreaterThan(0);
            expect(entry.provenance).toBe('original');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accept every ISO 3166-1 code in either case and nothing else of two letters', () => {
    for (const code of COUNTRY_CODES) expect(countryCodeSchema.parse(code.toLowerCase())).toBe(code);
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{2}$/), (code) => {
        expect(countryCodeSchema.safeParse(code).success).toBe(
          (COUNTRY_CODES as readonly string[]).includes(code),
        );
      }),
    );
  });

  it('lower-case e-mail addresses', () => {
    expect(emailSchema.parse(' Anna.Virtanen@Example.FI ')).toBe('anna.virtanen@example.fi');
  });

  it('accept only simple slugs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), (value) => {
        const result = slugSchema.safeParse(value);
        if (result.success) expect(value).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('pickText', () => {
  const names = {
    sv: { text: 'Kvarkenrådet', provenance: 'original' as const },
    fi: { text: 'Merenkurkun neuvosto', provenance: 'original' as const },
  };
  it('prefers the reader’s language', () => expect(pickText(names, 'fi')).toBe('Merenkurkun neuvosto'));
  it('falls back to an original text', () => expect(pickText(names, 'ar')).toBe('Kvarkenrådet'));
});
