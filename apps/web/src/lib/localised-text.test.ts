import { describe, expect, it } from 'vitest';
import { showText, withEditedLanguage } from './localised-text.ts';

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

describe('withEditedLanguage', () => {
  const project = {
    sv: { text: 'Cykelväg', provenance: 'original' as const },
    fi: { text: 'Pyörätie', provenance: 'human' as const },
    en: { text: 'Cycle path', provenance: 'machine' as const },
  };

  it('keeps the other languages when the original is edited, dropping only machine translations', () => {
    expect(withEditedLanguage(project, 'sv', 'Ny cykelväg', 'sv')).toEqual({
      sv: { text: 'Ny cykelväg', provenance: 'original' },
      fi: { text: 'Pyörätie', provenance: 'human' },
    });
  });

  it('records a text written in another language as a human translation, keeping the original', () => {
    expect(withEditedLanguage(project, 'en', 'Bicycle path', 'sv')).toEqual({
      sv: { text: 'Cykelväg', provenance: 'original' },
      fi: { text: 'Pyörätie', provenance: 'human' },
      en: { text: 'Bicycle path', provenance: 'human' },
    });
    expect(withEditedLanguage(project, 'es', 'Carril bici', 'sv').es).toEqual({
      text: 'Carril bici',
      provenance: 'human',
    });
  });

  it('leaves the document as it was when the text did not change', () => {
    const official = { ...project, fi: { text: 'Pyörätie', provenance: 'official' as const } };
    expect(withEditedLanguage(official, 'fi', 'Pyörätie', 'sv')).toBe(official);
  });
});
