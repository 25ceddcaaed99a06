import type { Multilingual, SpaceRole } from '@crossgov/shared';
import { DEMO_EMAIL_DOMAIN, type DemoSpace, texts } from './demo-world.data.ts';

const DISCLAIMER = {
  en: 'Demo data: an illustrative workspace showing how co-owned spaces work. It is not run by, and does not speak for, the organisations shown as its owners.',
  sv: 'Demodata: en påhittad arbetsyta som visar hur samägda ytor fungerar. Den drivs inte av och talar inte för de organisationer som står som ägare.',
  fi: 'Esittelyaineistoa: kuvitteellinen työtila, joka näyttää, miten yhteisomisteiset tilat toimivat. Sitä eivät ylläpidä omistajiksi merkityt organisaatiot, eikä se puhu niiden puolesta.',
  fr: "Données de démonstration : un espace de travail fictif qui montre le fonctionnement des espaces copossédés. Il n'est pas géré par les organisations indiquées comme propriétaires et ne parle pas en leur nom.",
  ar: 'بيانات تجريبية: مساحة عمل توضيحية تبيّن كيف تعمل المساحات المشتركة الملكية. لا تديرها المنظمات المذكورة كمالكة لها ولا تتحدث باسمها.',
} as const;

function described(purpose: Partial<Record<keyof typeof DISCLAIMER, string>>): Multilingual {
  return Object.fromEntries(
    Object.entries(purpose).map(([language, text]) => [
      language,
      {
        text: `${text}\n\n${DISCLAIMER[language as keyof typeof DISCLAIMER]}`,
        provenance: language === 'en' ? 'original' : 'machine',
      },
    ]),
  );
}

const member = (local: string, role: SpaceRole, organisation: string | null) => ({
  email: `${local}@${DEMO_EMAIL_DOMAIN}`,
  role,
  organisation,
});

export const DEMO_SPACES: DemoSpace[] = [
  {
    slug: 'kvarken-cross-border-mobility',
    titles: texts(
      ['en', 'Travelling and working across the Kvarken', 'original'],
      ['sv', 'Att resa och arbeta över Kvarken', 'machine'],
      ['fi', 'Matkustaminen ja työskentely Merenkurkun yli', 'machine'],
    ),
    descriptions: described({
      en: 'A shared workspace for Swedish and Finnish partners collecting the border obstacles commuters meet between Umeå and Vaasa.',
      sv: 'En gemensam arbetsyta där svenska och finska parter samlar de gränshinder som pendlare möter mellan Umeå och Vasa.',
      fi: 'Yhteinen työtila, jossa ruotsalaiset ja suomalaiset kumppanit kokoavat Uumajan ja Vaasan välillä pendelöivien kohtaamia rajaesteitä.',
    }),
    visibility: 'public',
    owners: ['kvarken-council', 'umea-kommun', 'vaasa'],
    members: [
      member('johanna.nystrom', 'manage', 'kvarken-council'),
      member('demo', 'edit', 'kvarken-council'),
      member('linnea.holmstrom', 'edit', 'umea-kommun'),
      member('aino.virtanen', 'contribute', 'vaasa'),
    ],
  },
  {
    slug: 'kvarken-regional-development',
    titles: texts(
      ['en', 'Kvarken regional development working group', 'original'],
      ['sv', 'Arbetsgrupp för regional utveckling i Kvarken', 'machine'],
      ['fi', 'Merenkurkun alueellisen kehittämisen työryhmä', 'machine'],
    ),
    descriptions: described({
      en: 'Where the regional bodies on both sides of the strait prepare joint project ideas.',
      sv: 'Där de regionala organen på båda sidor om sundet förbereder gemensamma projektidéer.',
      fi: 'Täällä salmen molempien puolten alueelliset toimijat valmistelevat yhteisiä hankeideoita.',
    }),
    visibility: 'signed_in',
    owners: ['region-vasterbotten', 'ostrobothnia', 'kvarken-council'],
    members: [
      member('erik.lindqvist', 'manage', 'region-vasterbotten'),
      member('mikko.niemi', 'edit', 'ostrobothnia'),
      member('demo', 'view', 'kvarken-council'),
    ],
  },
  {
    slug: 'borderlands-inclusive-growth',
    titles: texts(['en', 'Borderlands: inclusive growth across the England–Scotland border', 'original']),
    descriptions: described({
      en: 'A workspace for councils on both sides of the border to compare priorities for inclusive growth.',
    }),
    visibility: 'public',
    owners: [
      'borderlands-partnership',
      'scottish-borders-council',
      'dumfries-and-galloway-council',
      'northumberland-county-council',
      'cumberland-council',
    ],
    members: [
      member('fiona.armstrong', 'manage', 'borderlands-partnership'),
      member('callum.maxwell', 'edit', 'dumfries-and-galloway-council'),
      member('rachel.dodd', 'edit', 'northumberland-county-council'),
      member('tom.graham', 'contribute', 'cumberland-council'),
    ],
  },
  {
    slug: 'deep-space-food',
    titles: texts(
      ['en', 'Deep space food: sharing what the challenge taught us', 'original'],
      ['fr', "Alimentation dans l'espace lointain : partager les leçons du défi", 'machine'],
    ),
    descriptions: described({
      en: 'A binational workspace in the spirit of the Deep Space Food Challenge, a collaboration between the Canadian Space Agency and NASA.',
      fr: "Un espace binational dans l'esprit du Défi de l'alimentation dans l'espace lointain, une collaboration entre l'Agence spatiale canadienne et la NASA.",
    }),
    visibility: 'public',
    owners: ['canadian-space-agency', 'nasa'],
    members: [
      member('sophie.tremblay', 'manage', 'canadian-space-agency'),
      member('marcus.reed', 'manage', 'nasa'),
    ],
  },
  {
    slug: 'city-testbeds',
    titles: texts(
      ['en', 'City testbeds for open innovation challenges', 'original'],
      ['fi', 'Kaupunkien testialustat avoimille innovaatiohaasteille', 'machine'],
      ['fr', "Bancs d'essai urbains pour des défis d'innovation ouverte", 'machine'],
    ),
    descriptions: described({
      en: 'Cities compare how they open local testbeds to innovators, in the manner of the Global Innovation Collaborative. The cities shown are examples, not a list of its members.',
      fi: 'Kaupungit vertailevat, miten ne avaavat paikallisia testialustoja innovaattoreille. Esitetyt kaupungit ovat esimerkkejä, eivät jäsenluettelo.',
      fr: "Des villes comparent la façon dont elles ouvrent leurs bancs d'essai aux innovateurs. Les villes présentées sont des exemples, pas une liste de membres.",
    }),
    visibility: 'public',
    owners: ['global-innovation-collaborative', 'helsinki', 'montreal'],
    members: [
      member('maya.chen', 'manage', 'global-innovation-collaborative'),
      member('ville.korhonen', 'edit', 'helsinki'),
      member('camille.gagnon', 'edit', 'montreal'),
    ],
  },
  {
    slug: 'cross-border-government-innovation',
    titles: texts(
      ['en', 'Cross-border government innovation: research notes', 'original'],
      ['fr', 'Innovation publique transfrontalière : notes de recherche', 'machine'],
      ['ar', 'الابتكار الحكومي العابر للحدود: ملاحظات بحثية', 'machine'],
    ),
    descriptions: described({
      en: 'A shared notebook on how governments can support collaboration across borders.',
      fr: 'Un carnet partagé sur la manière dont les gouvernements peuvent soutenir la collaboration transfrontalière.',
      ar: 'دفتر مشترك حول كيفية دعم الحكومات للتعاون عبر الحدود.',
    }),
    visibility: 'network',
    owners: ['oecd-opsi', 'mbrcgi'],
    members: [member('claire.dubois', 'manage', 'oecd-opsi'), member('khalid.alsuwaidi', 'edit', 'mbrcgi')],
  },
  {
    slug: 'hundred-day-challenges',
    titles: texts(
      ['en', '100-day challenges: from idea to implementation', 'original'],
      ['ar', 'تحديات المئة يوم: من الفكرة إلى التنفيذ', 'machine'],
    ),
    descriptions: described({
      en: 'A team workspace for planning pilots that aim to reach implementation within 100 days.',
      ar: 'مساحة عمل لفريق يخطط لمشاريع تجريبية تهدف إلى التنفيذ خلال 100 يوم.',
    }),
    visibility: 'members',
    owners: ['uae-government-accelerators'],
    members: [member('amina.almansoori', 'manage', 'uae-government-accelerators')],
  },
  {
    slug: 'responsible-ai-methods',
    titles: texts(['en', 'Responsible AI: shared methods for London boroughs', 'original']),
    descriptions: described({
      en: 'Boroughs and an innovation office compare methods and ethical foundations for using AI responsibly.',
    }),
    visibility: 'public',
    owners: ['loti', 'camden', 'hackney'],
    members: [
      member('priya.shah', 'manage', 'loti'),
      member('daniel.okafor', 'edit', 'camden'),
      member('grace.mensah', 'edit', 'hackney'),
    ],
  },
];
