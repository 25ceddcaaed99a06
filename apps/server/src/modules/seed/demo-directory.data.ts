import type { Multilingual, NetworkJoinPolicy, NetworkKind, ProfileVisibility } from '@crossgov/shared';
import { texts } from './demo-world.data.ts';

/**
 * The directory side of the demo world: what each demo organisation works on (in its own languages), the
 * networks of the seeds' examples, and the demo people's profiles. The descriptions are short illustrations
 * written for the demo, not the bodies' own words.
 */
export interface DemoOrganisationProfile {
  descriptions: Multilingual;
  jurisdiction: string | null;
  workingLanguages: string[];
  sdgs: number[];
  tags: string[];
}

const profile = (
  jurisdiction: string | null,
  workingLanguages: string[],
  sdgs: number[],
  tags: string[],
  descriptions: Multilingual,
): DemoOrganisationProfile => ({ descriptions, jurisdiction, workingLanguages, sdgs, tags });

export const DEMO_ORGANISATION_PROFILES: Record<string, DemoOrganisationProfile> = {
  'kvarken-council': profile(
    'FI-12',
    ['sv', 'fi', 'en'],
    [9, 11, 13, 17],
    ['cross-border', 'mobility', 'ferries'],
    texts(
      [
        'sv',
        'Gränsregionalt samarbete över Kvarken: färjeförbindelser, hållbara transporter och klimatanpassning i kustkommunerna.',
        'original',
      ],
      [
        'fi',
        'Rajat ylittävää yhteistyötä Merenkurkun yli: lauttayhteydet, kestävä liikenne ja ilmastonmuutokseen sopeutuminen rannikkokunnissa.',
        'official',
      ],
      [
        'en',
        'Cross-border cooperation across the Kvarken strait: ferry links, sustainable transport and climate adaptation in coastal municipalities.',
        'machine',
      ],
    ),
  ),
  'umea-kommun': profile(
    'SE-AC',
    ['sv', 'en'],
    [7, 11, 13],
    ['energy', 'housing', 'climate-adaptation'],
    texts([
      'sv',
      'Kommunen arbetar med klimatanpassning, fjärrvärme och hållbart stadsbyggande för en växande stad.',
      'original',
    ]),
  ),
  'region-vasterbotten': profile(
    'SE-AC',
    ['sv', 'en'],
    [3, 8, 9],
    ['health', 'innovation', 'regional-development'],
    texts([
      'sv',
      'Regionen ansvarar för hälso- och sjukvård, kollektivtrafik och regional utveckling i Västerbotten.',
      'original',
    ]),
  ),
  vaasa: profile(
    'FI-12',
    ['fi', 'sv', 'en'],
    [7, 9, 11],
    ['energy', 'industry'],
    texts(
      [
        'fi',
        'Vaasa kehittää energiateollisuutta, älykästä liikennettä ja kaksikielisiä palveluja.',
        'original',
      ],
      ['sv', 'Vasa utvecklar energiindustri, smart trafik och tvåspråkiga tjänster.', 'official'],
    ),
  ),
  ostrobothnia: profile(
    'FI-12',
    ['sv', 'fi'],
    [8, 11, 13],
    ['regional-development', 'climate-adaptation'],
    texts([
      'sv',
      'Landskapsförbundet planerar regional utveckling, klimatanpassning och EU-projekt i Österbotten.',
      'original',
    ]),
  ),
  'borderlands-partnership': profile(
    'GB-SCB',
    ['en'],
    [8, 9, 11],
    ['cross-border', 'rural', 'growth-deal'],
    texts([
      'en',
      'Five councils on both sides of the Scotland–England border working together on rural growth, digital connectivity and skills.',
      'original',
    ]),
  ),
  'scottish-borders-council': profile(
    'GB-SCB',
    ['en'],
    [4, 8, 11],
    ['rural', 'skills'],
    texts([
      'en',
      'Local services for the Scottish Borders, with a focus on rural transport, schools and flood resilience.',
      'original',
    ]),
  ),
  'dumfries-and-galloway-council': profile(
    'GB-DGY',
    ['en'],
    [6, 11, 13],
    ['flooding', 'rural'],
    texts([
      'en',
      'Council services for Dumfries and Galloway, including coastal flood protection and rural broadband.',
      'original',
    ]),
  ),
  'northumberland-county-council': profile(
    'GB-NBL',
    ['en'],
    [7, 8, 11],
    ['energy', 'rural'],
    texts([
      'en',
      'County services in Northumberland; leads on community energy and the visitor economy.',
      'original',
    ]),
  ),
  'cumberland-council': profile(
    'GB-CMA',
    ['en'],
    [8, 11, 13],
    ['climate-adaptation', 'rural'],
    texts([
      'en',
      'A new unitary council for Cumberland working on flood recovery, climate adaptation and rural transport.',
      'original',
    ]),
  ),
  'global-innovation-collaborative': profile(
    null,
    ['en'],
    [16, 17],
    ['public-sector-innovation', 'peer-learning'],
    texts([
      'en',
      'A collaborative of government innovation teams sharing methods, pilots and lessons across countries.',
      'original',
    ]),
  ),
  helsinki: profile(
    'FI-18',
    ['fi', 'sv', 'en'],
    [9, 11, 13],
    ['digital-services', 'climate-adaptation', 'open-data'],
    texts(
      [
        'fi',
        'Helsinki kehittää digitaalisia palveluja, avointa dataa ja ilmastonmuutokseen sopeutumista kaupungissa.',
        'original',
      ],
      [
        'en',
        'Helsinki develops digital services, open data and climate adaptation for the city.',
        'official',
      ],
    ),
  ),
  montreal: profile(
    'CA-QC',
    ['fr', 'en'],
    [11, 13, 16],
    ['participation', 'climate-adaptation', 'participatory-budget'],
    texts([
      'fr',
      'La Ville mène un budget participatif et des projets d’adaptation aux changements climatiques dans ses quartiers.',
      'original',
    ]),
  ),
  'canadian-space-agency': profile(
    'CA-QC',
    ['en', 'fr'],
    [9, 13, 17],
    ['space', 'earth-observation'],
    texts(
      [
        'en',
        'Canada’s space agency: Earth observation for climate and emergency services, and space science.',
        'official',
      ],
      [
        'fr',
        'L’agence spatiale du Canada : observation de la Terre pour le climat et les services d’urgence, et sciences spatiales.',
        'official',
      ],
    ),
  ),
  nasa: profile(
    'US-DC',
    ['en'],
    [9, 13, 17],
    ['space', 'earth-observation', 'open-innovation'],
    texts([
      'en',
      'The US space agency; runs open innovation challenges and shares Earth science data for climate research.',
      'original',
    ]),
  ),
  'uae-government-accelerators': profile(
    'AE-DU',
    ['ar', 'en'],
    [9, 16, 17],
    ['government-services', 'acceleration'],
    texts(
      ['ar', 'فرق حكومية تعمل على تسريع تحديات الخدمات الحكومية خلال مئة يوم.', 'original'],
      ['en', 'Government teams that speed up public service challenges in 100-day sprints.', 'machine'],
    ),
  ),
  mbrcgi: profile(
    'AE-DU',
    ['ar', 'en'],
    [9, 16, 17],
    ['public-sector-innovation', 'foresight'],
    texts(
      ['ar', 'مركز يدعم الابتكار الحكومي ويشارك التجارب مع الحكومات حول العالم.', 'original'],
      [
        'en',
        'A centre that supports government innovation and shares experience with governments worldwide.',
        'official',
      ],
    ),
  ),
  'oecd-opsi': profile(
    'FR-75C',
    ['en', 'fr'],
    [16, 17],
    ['public-sector-innovation', 'case-studies'],
    texts(
      [
        'en',
        'Helps governments innovate: a case-study library, toolkits and research on anticipatory innovation.',
        'original',
      ],
      [
        'fr',
        'Aide les gouvernements à innover : bibliothèque d’études de cas, boîtes à outils et recherche sur l’innovation anticipative.',
        'machine',
      ],
    ),
  ),
  loti: profile(
    'GB-LND',
    ['en'],
    [9, 11, 16],
    ['digital-services', 'data-sharing', 'boroughs'],
    texts([
      'en',
      'Helps London boroughs collaborate on digital services, data sharing and innovation.',
      'original',
    ]),
  ),
  camden: profile(
    'GB-CMD',
    ['en'],
    [1, 10, 11],
    ['housing', 'participation', 'citizens-assembly'],
    texts(['en', 'Borough services for Camden; ran a citizens’ assembly on the climate crisis.', 'original']),
  ),
  hackney: profile(
    'GB-HCK',
    ['en'],
    [10, 11],
    ['housing', 'digital-services'],
    texts([
      'en',
      'Borough services for Hackney, with open-source digital services and housing repairs.',
      'original',
    ]),
  ),
  cnes: profile(
    'FR-OCC',
    ['fr', 'en'],
    [9, 13, 17],
    ['space', 'earth-observation', 'climate'],
    texts(
      [
        'fr',
        'L’agence spatiale française : observation de la Terre, suivi du climat et des risques d’inondation, coopération internationale.',
        'original',
      ],
      [
        'en',
        'The French space agency: Earth observation, monitoring of climate and flood risks, international cooperation.',
        'machine',
      ],
    ),
  ),
  esa: profile(
    'FR-75C',
    ['en', 'fr', 'de'],
    [9, 13, 17],
    ['space', 'earth-observation'],
    texts(
      [
        'en',
        'Europe’s space agency: Earth observation programmes such as Copernicus, shared with public authorities.',
        'original',
      ],
      [
        'fr',
        'L’agence spatiale européenne : programmes d’observation de la Terre comme Copernicus, partagés avec les autorités publiques.',
        'official',
      ],
    ),
  ),
  'region-grand-est': profile(
    'FR-GES',
    ['fr', 'de'],
    [11, 13, 15],
    ['cross-border', 'climate-adaptation', 'rivers'],
    texts([
      'fr',
      'Région frontalière de l’Allemagne, de la Suisse, du Luxembourg et de la Belgique : coopération transfrontalière, adaptation au changement climatique et gestion des rivières.',
      'original',
    ]),
  ),
  'danish-business-authority': profile(
    'DK-84',
    ['da', 'en'],
    [8, 9, 16],
    ['regulation', 'regulatory-sandbox'],
    texts(
      [
        'da',
        'Styrelsen arbejder med agil regulering, regulatoriske sandkasser og digitale løsninger for virksomheder.',
        'original',
      ],
      [
        'en',
        'Works on agile regulation, regulatory sandboxes and digital solutions for businesses.',
        'official',
      ],
    ),
  ),
};

export interface DemoNetwork {
  slug: string;
  names: Multilingual;
  purposes: Multilingual;
  kind: NetworkKind;
  joinPolicy: NetworkJoinPolicy;
  sdgs: number[];
  tags: string[];
  website: string | null;
  /** Organisation slugs; the first coordinates. */
  organisations: string[];
  /** People (demo e-mail local parts); the first coordinates. */
  people: string[];
}

export const DEMO_NETWORKS: DemoNetwork[] = [
  {
    slug: 'kvarken-cross-border',
    names: texts(
      ['sv', 'Kvarkennätverket för klimatanpassning', 'original'],
      ['fi', 'Merenkurkun ilmastoverkosto', 'official'],
      ['en', 'Kvarken climate adaptation network', 'machine'],
    ),
    purposes: texts([
      'sv',
      'Kommuner och regioner på båda sidor om Kvarken delar lösningar för klimatanpassning och transporter.',
      'original',
    ]),
    kind: 'community_of_practice',
    joinPolicy: 'open',
    sdgs: [11, 13],
    tags: ['cross-border', 'climate-adaptation'],
    website: null,
    organisations: ['kvarken-council', 'umea-kommun', 'region-vasterbotten', 'vaasa', 'ostrobothnia'],
    people: ['johanna.nystrom', 'mikko.niemi'],
  },
  {
    slug: 'agile-nations',
    names: texts(['en', 'Agile Nations (demo)', 'original']),
    purposes: texts([
      'en',
      'Governments cooperating on regulation that keeps up with innovation: sandboxes, shared guidance, joint pilots.',
      'original',
    ]),
    kind: 'minilateral_group',
    joinPolicy: 'approval',
    sdgs: [8, 9, 16, 17],
    tags: ['regulation', 'regulatory-sandbox'],
    website: null,
    organisations: ['danish-business-authority', 'uae-government-accelerators', 'canadian-space-agency'],
    people: ['amina.almansoori'],
  },
  {
    slug: 'loti-boroughs',
    names: texts(['en', 'LOTI borough network', 'original']),
    purposes: texts(['en', 'London boroughs sharing digital services, data and what worked.', 'original']),
    kind: 'city_network',
    joinPolicy: 'approval',
    sdgs: [9, 11, 16],
    tags: ['boroughs', 'digital-services'],
    website: 'https://loti.london',
    organisations: ['loti', 'camden', 'hackney'],
    people: ['priya.shah', 'daniel.okafor'],
  },
  {
    slug: 'global-innovation-collaborative',
    names: texts(['en', 'Global Innovation Collaborative network', 'original']),
    purposes: texts([
      'en',
      'Government innovation teams from several continents learning from each other’s pilots.',
      'original',
    ]),
    kind: 'community_of_practice',
    joinPolicy: 'approval',
    sdgs: [16, 17],
    tags: ['public-sector-innovation', 'peer-learning'],
    website: null,
    organisations: ['global-innovation-collaborative', 'helsinki', 'montreal', 'mbrcgi', 'oecd-opsi'],
    people: ['maya.chen', 'claire.dubois'],
  },
  {
    slug: 'space-for-public-good',
    names: texts(
      ['en', 'Space agencies for the public good', 'original'],
      ['fr', 'Agences spatiales au service du public', 'official'],
    ),
    purposes: texts(
      [
        'en',
        'Space agencies opening Earth observation to cities and regions for climate adaptation.',
        'original',
      ],
      [
        'fr',
        'Des agences spatiales ouvrent l’observation de la Terre aux villes et aux régions pour s’adapter au climat.',
        'official',
      ],
    ),
    kind: 'community_of_practice',
    joinPolicy: 'approval',
    sdgs: [9, 13, 17],
    tags: ['space', 'earth-observation'],
    website: null,
    organisations: ['nasa', 'canadian-space-agency', 'cnes', 'esa'],
    people: ['marcus.reed', 'sophie.tremblay'],
  },
];

export interface DemoPersonProfile {
  headline: Multilingual;
  jurisdiction: string | null;
  languages: string[];
  expertise: string[];
  openToSdgs: number[];
  openToTags: string[];
  visibility?: ProfileVisibility;
}

const person = (
  jurisdiction: string | null,
  languages: string[],
  expertise: string[],
  openToSdgs: number[],
  openToTags: string[],
  headline: Multilingual,
): DemoPersonProfile => ({ headline, jurisdiction, languages, expertise, openToSdgs, openToTags });

/** Profiles by demo e-mail local part. */
export const DEMO_PERSON_PROFILES: Record<string, DemoPersonProfile> = {
  demo: person(
    'FI-12',
    ['en', 'sv'],
    ['cross-border', 'mobility'],
    [11, 13],
    ['climate-adaptation'],
    texts(['en', 'Visitor exploring Crossgov', 'original']),
  ),
  'johanna.nystrom': person(
    'FI-12',
    ['sv', 'fi', 'en'],
    ['cross-border', 'mobility', 'ferries'],
    [9, 11],
    ['climate-adaptation'],
    texts(['sv', 'Samordnare för gränsöverskridande samarbete', 'original']),
  ),
  'linnea.holmstrom': person(
    'SE-AC',
    ['sv', 'en'],
    ['climate-adaptation', 'urban-planning'],
    [11, 13],
    ['housing'],
    texts(['sv', 'Klimatstrateg', 'original']),
  ),
  'erik.lindqvist': person(
    'SE-AC',
    ['sv', 'en'],
    ['health', 'innovation'],
    [3],
    ['digital-services'],
    texts(['sv', 'Innovationsledare inom vården', 'original']),
  ),
  'aino.virtanen': person(
    'FI-12',
    ['fi', 'sv', 'en'],
    ['energy', 'industry'],
    [7, 9],
    ['climate-adaptation'],
    texts(['fi', 'Energiasiirtymän asiantuntija', 'original']),
  ),
  'mikko.niemi': person(
    'FI-12',
    ['fi', 'sv'],
    ['regional-development', 'eu-funding'],
    [8, 11],
    ['cross-border'],
    texts(['fi', 'Aluekehityspäällikkö', 'original']),
  ),
  'fiona.armstrong': person(
    'GB-SCB',
    ['en'],
    ['rural', 'growth-deal', 'skills'],
    [8, 11],
    ['cross-border'],
    texts(['en', 'Programme director, cross-border growth', 'original']),
  ),
  'callum.maxwell': person(
    'GB-DGY',
    ['en'],
    ['flooding', 'rural'],
    [6, 13],
    ['climate-adaptation'],
    texts(['en', 'Flood resilience lead', 'original']),
  ),
  'rachel.dodd': person(
    'GB-NBL',
    ['en'],
    ['energy', 'community-energy'],
    [7],
    ['rural'],
    texts(['en', 'Community energy officer', 'original']),
  ),
  'tom.graham': person(
    'GB-CMA',
    ['en'],
    ['climate-adaptation', 'rural'],
    [13],
    ['flooding'],
    texts(['en', 'Climate adaptation planner', 'original']),
  ),
  'maya.chen': person(
    'US-DC',
    ['en', 'zh'],
    ['public-sector-innovation', 'peer-learning'],
    [16, 17],
    ['participation'],
    texts(['en', 'Network lead, government innovation', 'original']),
  ),
  'ville.korhonen': person(
    'FI-18',
    ['fi', 'sv', 'en'],
    ['digital-services', 'open-data'],
    [9, 11],
    ['data-sharing'],
    texts(['fi', 'Digipalveluiden kehittäjä', 'original']),
  ),
  'camille.gagnon': person(
    'CA-QC',
    ['fr', 'en'],
    ['participation', 'participatory-budget'],
    [11, 16],
    ['climate-adaptation'],
    texts(['fr', 'Responsable du budget participatif', 'original']),
  ),
  'sophie.tremblay': person(
    'CA-QC',
    ['fr', 'en'],
    ['earth-observation', 'space'],
    [13],
    ['climate-adaptation'],
    texts(['fr', 'Spécialiste de l’observation de la Terre', 'original']),
  ),
  'marcus.reed': person(
    'US-DC',
    ['en'],
    ['open-innovation', 'space'],
    [9, 17],
    ['earth-observation'],
    texts(['en', 'Open innovation challenges manager', 'original']),
  ),
  'amina.almansoori': person(
    'AE-DU',
    ['ar', 'en'],
    ['government-services', 'acceleration'],
    [9, 16],
    ['regulatory-sandbox'],
    texts(['ar', 'قائدة فريق المسرعات الحكومية', 'original']),
  ),
  'khalid.alsuwaidi': person(
    'AE-DU',
    ['ar', 'en'],
    ['foresight', 'public-sector-innovation'],
    [16, 17],
    ['peer-learning'],
    texts(['ar', 'باحث في الاستشراف', 'original']),
  ),
  'claire.dubois': person(
    'FR-75C',
    ['fr', 'en'],
    ['case-studies', 'public-sector-innovation'],
    [16, 17],
    ['peer-learning'],
    texts(['fr', 'Analyste de l’innovation publique', 'original']),
  ),
  'priya.shah': person(
    'GB-LND',
    ['en', 'hi'],
    ['digital-services', 'data-sharing'],
    [9, 11],
    ['boroughs'],
    texts(['en', 'Collaboration lead for the boroughs', 'original']),
  ),
  'daniel.okafor': person(
    'GB-CMD',
    ['en'],
    ['participation', 'citizens-assembly'],
    [11, 16],
    ['housing'],
    texts(['en', 'Participation officer', 'original']),
  ),
  'grace.mensah': person(
    'GB-HCK',
    ['en', 'fr'],
    ['digital-services', 'housing'],
    [10, 11],
    ['open-data'],
    texts(['en', 'Digital service designer', 'original']),
  ),
};
