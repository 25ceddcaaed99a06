import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugFromName } from './slug.ts';

describe('slugFromName', () => {
  it('folds accents and Nordic letters into ASCII', () => {
    expect(slugFromName('Kvarkenrådet')).toBe('kvarkenradet');
    expect(slugFromName('Øresundskomiteen')).toBe('oresundskomiteen');
    expect(slugFromName('Straße der Zusammenarbeit')).toBe('strasse-der-zusammenarbeit');
  });

  it('joins words with single hyphens and trims the ends', () => {
    expect(slugFromName('  Ministry of Finance -- Sweden!  ')).toBe('ministry-of-finance-sweden');
  });

  it('leaves nothing for a name written only in another script', () => {
    expect(slugFromName('وزارة المالية')).toBe('');
  });

  it('never proposes a slug the API would reject', () => {
    for (const name of ['Å', 'a--b', 'x'.repeat(120), 'Région Grand Est', '-lead-', 'Talo 2.0']) {
      const slug = slugFromName(name);
      if (slug) expect(slug).toMatch(SLUG_PATTERN);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
  });
});
