import type { Multilingual, QuotaCategory } from '@crossgov/shared';
import { DEMO_EMAIL_DOMAIN, texts } from './demo-world.data.ts';

const label = (en: string, sv: string, fi: string): Multilingual =>
  texts(['en', en, 'original'], ['sv', sv, 'human'], ['fi', fi, 'human']);

/** Population shares used for the demo quotas (illustrative, rounded from public statistics of the two regions). */
export const KVARKEN_SHARES: Record<string, Record<string, number>> = {
  gender: { woman: 0.49, man: 0.49, other: 0.02 },
  age: { '16-29': 0.2, '30-44': 0.24, '45-64': 0.31, '65-plus': 0.25 },
  country: { se: 0.55, fi: 0.45 },
  education: { basic: 0.3, upper: 0.4, higher: 0.3 },
};

export const KVARKEN_CATEGORIES: QuotaCategory[] = [
  {
    key: 'gender',
    labels: label('Gender', 'Kön', 'Sukupuoli'),
    features: [
      { key: 'woman', labels: label('Woman', 'Kvinna', 'Nainen') },
      { key: 'man', labels: label('Man', 'Man', 'Mies') },
      { key: 'other', labels: label('Another gender', 'Annan könsidentitet', 'Muu sukupuoli') },
    ],
  },
  {
    key: 'age',
    labels: label('Age band', 'Åldersgrupp', 'Ikäryhmä'),
    features: [
      { key: '16-29', labels: label('16–29', '16–29', '16–29') },
      { key: '30-44', labels: label('30–44', '30–44', '30–44') },
      { key: '45-64', labels: label('45–64', '45–64', '45–64') },
      { key: '65-plus', labels: label('65 or older', '65 eller äldre', '65 tai vanhempi') },
    ],
  },
  {
    key: 'country',
    labels: label('Country', 'Land', 'Maa'),
    features: [
      {
        key: 'se',
        labels: label('Sweden (Västerbotten)', 'Sverige (Västerbotten)', 'Ruotsi (Västerbotten)'),
      },
      { key: 'fi', labels: label('Finland (Ostrobothnia)', 'Finland (Österbotten)', 'Suomi (Pohjanmaa)') },
    ],
  },
  {
    key: 'education',
    labels: label('Education', 'Utbildning', 'Koulutus'),
    features: [
      { key: 'basic', labels: label('Compulsory school', 'Grundskola', 'Perusaste') },
      { key: 'upper', labels: label('Upper secondary', 'Gymnasium', 'Toinen aste') },
      { key: 'higher', labels: label('University or college', 'Högskola', 'Korkea-aste') },
    ],
  },
];

export const KVARKEN_PANEL_SIZE = 24;
/** Quotas are computed from KVARKEN_SHARES with this tolerance (the rule managers see in the quota editor). */
export const KVARKEN_TOLERANCE = 1;

export const DEMO_ASSEMBLY = {
  slug: 'kvarken-climate-assembly',
  titles: texts(
    ['en', 'Kvarken climate assembly', 'original'],
    ['sv', 'Kvarkens klimatråd', 'human'],
    ['fi', 'Merenkurkun ilmastopaneeli', 'human'],
  ),
  descriptions: texts(
    [
      'en',
      'Demo data: an illustrative citizens’ assembly of Swedish and Finnish residents on both shores of the Kvarken. It is not run by, and does not speak for, the organisations shown as its hosts.',
      'original',
    ],
    [
      'sv',
      'Demodata: ett påhittat medborgarråd med invånare på båda sidor om Kvarken. Det drivs inte av och talar inte för de organisationer som står som värdar.',
      'human',
    ],
    [
      'fi',
      'Esittelyaineistoa: kuvitteellinen kansalaispaneeli Merenkurkun molempien rantojen asukkaille. Sitä eivät ylläpidä isänniksi merkityt organisaatiot, eikä se puhu niiden puolesta.',
      'human',
    ],
  ),
  purposes: texts(
    [
      'en',
      'How should the two shores of the Kvarken adapt together to a changing climate: land uplift, storms and a warmer sea?',
      'original',
    ],
    [
      'sv',
      'Hur ska Kvarkens två stränder tillsammans anpassa sig till ett förändrat klimat: landhöjning, stormar och ett varmare hav?',
      'human',
    ],
    [
      'fi',
      'Miten Merenkurkun kaksi rantaa voivat yhdessä sopeutua muuttuvaan ilmastoon: maankohoamiseen, myrskyihin ja lämpenevään mereen?',
      'human',
    ],
  ),
  languages: ['sv', 'fi', 'en'],
  owners: ['region-vasterbotten', 'ostrobothnia'],
  managers: [`demo@${DEMO_EMAIL_DOMAIN}`],
  stipend: {
    amountMinor: 30000,
    currency: 'EUR',
    note: texts(
      ['en', 'per weekend, plus travel on the Wasaline ferry', 'original'],
      ['sv', 'per helg, plus resa med Wasaline-färjan', 'human'],
      ['fi', 'viikonloppua kohden, lisäksi matkat Wasalinen lautalla', 'human'],
    ),
  },
  sessions: [
    {
      titles: label(
        'Opening weekend: learning',
        'Första helgen: lärande',
        'Ensimmäinen viikonloppu: oppiminen',
      ),
      date: '2027-03-06',
      place: 'Umeå',
      online: false,
    },
    {
      titles: label('Hearing the experts', 'Experterna hörs', 'Asiantuntijoiden kuuleminen'),
      date: '2027-03-20',
      place: null,
      online: true,
    },
    {
      titles: label('Deliberation and vote', 'Överläggning och omröstning', 'Keskustelu ja äänestys'),
      date: '2027-04-10',
      place: 'Vaasa',
      online: false,
    },
  ],
  /** Size of the generated pool of volunteers. */
  poolSize: 240,
};
