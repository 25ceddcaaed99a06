import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { COUNTRY_CODES } from './countries.ts';
import {
  CONTENT_LANGUAGE_PATTERN,
  multilingualSchema,
  ORGANISATION_TYPES,
  PROVENANCES,
  pickText,
  SPACE_VISIBILITIES,
} from './index.ts';
import {
  countryCodeSchema,
  emailSchema,
  organisationInputSchema,
  pageQuerySchema,
  passwordSchema,
  slugSchema,
  spaceInputSchema,
  websiteSchema,
} from './validators.ts';

const anything = fc.anything({
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
});

/** Addresses every validator must take: plain letters and digits, one dot at most on each side. */
const plainAddress = fc.stringMatching(/^[a-z0-9]{1,12}(\.[a-z0-9]{1,8})?@[a-z0-9]{1,12}\.[a-z]{2,6}$/);

describe('validators under random and hostile input', () => {
  it('are idempotent: what they accept, they accept again unchanged', () => {
    // Near-valid inputs (so that many are accepted) mixed with anything at all.
    const language = fc.constantFrom('en', 'fr', 'sv', 'fi', 'ar', 'se', 'xx-YY');
    const localised = fc.record(
      {
        text: fc.oneof(
          fc.constantFrom('Kvarkenrådet', ' Pohjanmaan liitto ', 'مجلس'),
          fc.string({ maxLength: 30 }),
        ),
        provenance: fc.constantFrom(...PROVENANCES),
      },
      { requiredKeys: ['text'] },
    );
    const multilingual = fc.dictionary(language, localised, { minKeys: 1, maxKeys: 3 });
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,4})?$/);
    const organisation = fc.record({
      slug,
      names: multilingual,
      type: fc.constantFrom(...ORGANISATION_TYPES),
      country: fc.constantFrom('se', 'FI', 'Gb', 'zz'),
      website: fc.option(fc.webUrl(), { nil: null }),
    });
    const space = fc.record({
      slug,
      titles: multilingual,
      visibility: fc.constantFrom(...SPACE_VISIBILITIES),
      ownerOrganisationIds: fc.array(fc.uuid(), { minLength: 1, maxLength: 3 }),
    });
    const cases: [z.ZodType, fc.Arbitrary<unknown>][] = [
      [multilingualSchema, multilingual],
      [organisationInputSchema, organisation],
      [spaceInputSchema, space],
      [emailSchema, plainAddress.map((address) => ` ${address.toUpperCase()}`)],
      [slugSchema, slug],
      [websiteSchema, fc.webUrl()],
      [pageQuerySchema, fc.record({ limit: fc.nat(200).map(String), offset: fc.nat().map(String) })],
    ];
    for (const [schema, nearlyValid] of cases) {
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof(nearlyValid, anything), (value) => {
          const first = schema.safeParse(value);
          if (!first.success) return;
          accepted++;
          expect(schema.parse(first.data)).toEqual(first.data);
        }),
        { numRuns: 300 },
      );
      // The property means something only if it was exercised.
      expect(
        accepted,
        `inputs accepted in case ${cases.findIndex(([known]) => known === schema)}`,
      ).toBeGreaterThan(30);
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
    const slugLike = fc.string({
      unit: fc.constantFrom('a', 'k', 'z', '0', '9', '-', 'A', '_', ' '),
      maxLength: 90,
    });
    fc.assert(
      fc.property(slugLike, (value) => {
        // An oracle written without the schema's regular expression.
        const simple =
          value.length >= 2 &&
          value.length <= 80 &&
          [...value].every((char) => 'abcdefghijklmnopqrstuvwxyz0123456789-'.includes(char)) &&
          !value.startsWith('-') &&
          !value.endsWith('-') &&
          !value.includes('--');
        expect(slugSchema.safeParse(value).success).toBe(simple);
      }),
      { numRuns: 1000 },
    );
  });

  it('accept passwords by length alone, from 10 to 200 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 220 }), (value) => {
        expect(passwordSchema.safeParse(value).success).toBe(value.length >= 10 && value.length <= 200);
      }),
      { numRuns: 500 },
    );
  });

  it('give back e-mail addresses trimmed and lower-cased', () => {
    fc.assert(
      fc.property(plainAddress, fc.constantFrom('', ' ', '\t'), (address, padding) => {
        const result = emailSchema.safeParse(`${padding}${address.toUpperCase()}${padding}`);
        expect(result.success && result.data).toBe(address);
      }),
      { numRuns: 500 },
    );
  });

  it('accept only web addresses that a browser opens over http or https', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ validSchemes: ['http', 'https', 'ftp', 'javascript'] }), fc.string()),
        (value) => {
          const result = websiteSchema.safeParse(value);
          if (!result.success) return;
          expect(result.data).toMatch(/^https?:\/\/[^\s/?#]+/);
        },
      ),
      { numRuns: 500 },
    );
    expect(websiteSchema.safeParse('javascript:alert(1)').success).toBe(false);
  });

  it('keep page sizes and offsets within their caps', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double(), fc.string()),
        fc.oneof(fc.integer(), fc.string()),
        (limit, offset) => {
          const result = pageQuerySchema.safeParse({ limit: String(limit), offset: String(offset) });
          if (!result.success) return;
          expect(
            Number.isInteger(result.data.limit) && result.data.limit >= 1 && result.data.limit <= 100,
          ).toBe(true);
          expect(Number.isInteger(result.data.offset) && result.data.offset >= 0).toBe(true);
          expect(result.data.offset).toBeLessThanOrEqual(100_000);
        },
      ),
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
