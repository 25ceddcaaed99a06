import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferSdgs } from './infer-sdgs.ts';
import { LEXICON_BLOCKERS, SDG_LEXICON } from './lexicon.data.ts';
import { normaliseWord } from './normalise-word.ts';

/** Realistic problem statements, each with the goal it is mainly about. */
const STATEMENTS: Array<{ language: string; text: string; sdg: number }> = [
  {
    language: 'en',
    text: 'Our city wants to cut greenhouse gas emissions from buildings and prepare for heatwaves and floods.',
    sdg: 13,
  },
  {
    language: 'en',
    text: 'Rural schools lack qualified teachers, and pupils drop out before finishing secondary education.',
    sdg: 4,
  },
  { language: 'en', text: 'Many villages have no safe drinking water and no sewage treatment.', sdg: 6 },
  {
    language: 'fr',
    text: 'Nos écoles rurales manquent d’enseignants et beaucoup d’élèves quittent le lycée sans diplôme.',
    sdg: 4,
  },
  {
    language: 'fr',
    text: 'La commune veut réduire les déchets plastiques et développer le recyclage et le réemploi.',
    sdg: 12,
  },
  {
    language: 'fr',
    text: 'Les hôpitaux de la région manquent de médecins et les patients attendent des mois pour des soins.',
    sdg: 3,
  },
  {
    language: 'es',
    text: 'Las comunidades costeras dependen de la pesca artesanal y los arrecifes de coral se están degradando.',
    sdg: 14,
  },
  {
    language: 'es',
    text: 'Queremos reducir la violencia y la corrupción y aumentar la transparencia de las instituciones locales.',
    sdg: 16,
  },
  {
    language: 'es',
    text: 'El desempleo juvenil es alto y las pymes no encuentran trabajadores con formación técnica.',
    sdg: 8,
  },
  {
    language: 'sv',
    text: 'Kommunen vill minska utsläppen av växthusgaser och anpassa sig till översvämningar och värmeböljor.',
    sdg: 13,
  },
  {
    language: 'sv',
    text: 'Skolorna i glesbygden har svårt att rekrytera lärare och eleverna får sämre undervisning.',
    sdg: 4,
  },
  {
    language: 'sv',
    text: 'Vi behöver bättre rening av avloppsvatten och säkrare dricksvatten i små orter.',
    sdg: 6,
  },
  {
    language: 'fi',
    text: 'Kunnat tarvitsevat apua ilmastonmuutokseen sopeutumisessa ja päästöjen vähentämisessä.',
    sdg: 13,
  },
  {
    language: 'fi',
    text: 'Metsien hakkuut uhkaavat luonnon monimuotoisuutta ja uhanalaisia lajeja.',
    sdg: 15,
  },
  {
    language: 'fi',
    text: 'Nuorten työttömyys on kasvanut ja yritykset eivät löydä osaavaa työvoimaa.',
    sdg: 8,
  },
  {
    language: 'ar',
    text: 'نعمل على الحد من انبعاثات الكربون والتكيف مع تغير المناخ في المدن الساحلية.',
    sdg: 13,
  },
  {
    language: 'ar',
    text: 'تعاني المدارس في المناطق الريفية من نقص المعلمين ويترك الطلاب التعليم مبكرا.',
    sdg: 4,
  },
  { language: 'ar', text: 'نريد توفير مياه الشرب النظيفة وتحسين خدمات الصرف الصحي في القرى.', sdg: 6 },
  {
    language: 'de',
    text: 'Die Stadt will ihre Treibhausgasemissionen senken und sich an Hitze und Hochwasser anpassen.',
    sdg: 13,
  },
  {
    language: 'de',
    text: 'Viele Schulen finden keine Lehrer und die Schüler verlassen die Schule ohne Abschluss.',
    sdg: 4,
  },
];

const goalsOf = (text: string, language?: string) => inferSdgs(text, { language }).map((theme) => theme.sdg);

describe('inferSdgs on problem statements', () => {
  for (const { language, text, sdg } of STATEMENTS) {
    it(`puts goal ${sdg} first for "${text.slice(0, 40)}…" (${language})`, () => {
      expect(inferSdgs(text, { language })[0]?.sdg).toBe(sdg);
    });
  }

  it('finds climate and cities in French, Swedish, Finnish and Arabic phrasings', () => {
    expect(goalsOf('adaptation au changement climatique dans les villes', 'fr').slice(0, 2)).toEqual([
      13, 11,
    ]);
    expect(goalsOf('klimatanpassning i kommuner', 'sv').slice(0, 2)).toEqual([13, 11]);
    expect(goalsOf('vesihuolto ja jätevesi', 'fi')).toEqual([6]);
    expect(goalsOf('تغير المناخ', 'ar')).toEqual([13]);
  });

  it('reports the words that matched, as written', () => {
    const [climate] = inferSdgs('Adaptation au changement CLIMATIQUE', { language: 'fr' });
    expect(climate?.terms).toEqual(['Adaptation', 'CLIMATIQUE']);
  });

  it('works without a language, every lexicon counting fully', () => {
    expect(goalsOf('klimatanpassning i kommuner')[0]).toBe(13);
    expect(inferSdgs('water')[0]?.score).toBe(1);
  });

  it('counts other languages’ words at half weight when the language is given', () => {
    expect(inferSdgs('drinking water', { language: 'en' })[0]?.score).toBe(2);
    expect(inferSdgs('drinking water', { language: 'fr' })[0]?.score).toBe(1);
    expect(inferSdgs('drinking water', { language: 'fr-CA' })[0]?.score).toBe(1);
  });

  it('lets the more specific word win inside a compound', () => {
    // "jätevesi" is wastewater (goal 6), although "jäte" alone is waste (goal 12).
    expect(goalsOf('jätevesi', 'fi')).toEqual([6]);
  });

  it('ignores words that merely contain a stem', () => {
    expect(goalsOf('yhteiskunta ja sähköposti', 'fi')).toEqual([]);
    expect(goalsOf('Wir sind zufrieden mit der Steuerung', 'de')).toEqual([]);
    expect(goalsOf('search season', 'en')).toEqual([]);
  });

  it('gives nothing for unrelated text', () => {
    expect(inferSdgs('The quick brown fox jumps over the lazy dog.')).toEqual([]);
    expect(inferSdgs('Bonjour, je m’appelle Marie et j’aime le chocolat.', { language: 'fr' })).toEqual([]);
    expect(inferSdgs('')).toEqual([]);
  });

  it('respects the limit', () => {
    const text = 'water energy schools hospitals forests oceans';
    expect(inferSdgs(text).length).toBeGreaterThan(3);
    expect(inferSdgs(text, { limit: 3 })).toHaveLength(3);
  });
});

describe('inferSdgs under random input', () => {
  const words = fc.constantFrom(
    'water',
    'climat',
    'skola',
    'tervey',
    'مياه',
    'ciudad',
    'the',
    'und',
    '-',
    ' ',
  );
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(words).map((w) => w.join(' ')),
  );

  it('never throws and returns distinct goals 1..17, positive scores, sorted by score', () => {
    fc.assert(
      fc.property(
        text,
        fc.option(fc.constantFrom('en', 'fr', 'es', 'ar', 'sv', 'fi', 'de', 'xx', '')),
        (t, l) => {
          const themes = inferSdgs(t, { language: l ?? undefined });
          const goals = themes.map((theme) => theme.sdg);
          expect(new Set(goals).size).toBe(goals.length);
          for (const [index, theme] of themes.entries()) {
            expect(Number.isInteger(theme.sdg) && theme.sdg >= 1 && theme.sdg <= 17).toBe(true);
            expect(theme.score).toBeGreaterThan(0);
            expect(theme.terms.length).toBeGreaterThan(0);
            const next = themes[index + 1];
            if (next) expect(theme.score).toBeGreaterThanOrEqual(next.score);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the lexicon', () => {
  it('has 17 goals in every language', () => {
    for (const [language, goals] of Object.entries(SDG_LEXICON)) expect(goals, language).toHaveLength(17);
  });

  it('has stems long enough to mean something once normalised', () => {
    const all = [...Object.values(SDG_LEXICON).flat(), ...Object.values(LEXICON_BLOCKERS)];
    for (const stems of all) {
      for (const raw of stems.split(' ')) {
        const whole = raw.endsWith('=');
        const stem = normaliseWord(whole ? raw.slice(0, -1) : raw);
        expect(stem.length, raw).toBeGreaterThanOrEqual(whole ? 2 : 3);
        expect(stem, raw).toMatch(/^[\p{L}\p{N}]+$/u);
      }
    }
  });

  it('does not give one stem to two goals within a language', () => {
    for (const [language, goals] of Object.entries(SDG_LEXICON)) {
      const owner = new Map<string, number>();
      goals.forEach((stems, index) => {
        for (const raw of stems.split(' ')) {
          const stem = normaliseWord(raw.replace(/=$/, ''));
          expect(owner.get(stem), `${language} ${raw}`).toBeUndefined();
          owner.set(stem, index + 1);
        }
      });
    }
  });
});
