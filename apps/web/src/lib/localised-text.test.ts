import { describe, expect, it } from 'vitest';
import { showText } from './localised-text.ts';

const kvarken = {
  sv: { text: 'Kvarkenrådet', provenance: 'original' as const },
  fi: { text: 'Merenkurkun neuvosto', provenance: 'official' as const },
  en: { text: 'Kvarken Council', provenance: 'human' as const },
};

describe('showText', () => {
  it('shows the reader language when present', () => {
    expect(showText(kvarken, 'fi')).toEqual({
      text: 'Merenkurkun neuvosto',
      language: 'fi',
      provenance: 'official',
    });
  });

  it('falls back to English and says so', () => {
    expect(showText(kvarken, 'ar')).toMatchObject({ text: 'Kvarken Council', language: 'en' });
  });

  it('falls back to the original when neither the reader language nor English exists', () => {
    const { en: _english, ...nordic } = kvarken;
    expect(showText(nordic, 'fr')).toMatchObject({
      text: 'Kvarkenrådet',
      language: 'sv',
      provenance: 'original',
    });
  });
});
