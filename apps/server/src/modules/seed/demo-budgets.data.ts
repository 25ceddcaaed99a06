import type { BudgetSettings } from '../budgets/budget.model.ts';
import { texts } from './demo-world.data.ts';

/** A demo project of the Kvarken budget; `support` is the share of voters (0-1) on each side who want it. */
export interface DemoBudgetProject {
  titles: ReturnType<typeof texts>;
  descriptions: ReturnType<typeof texts>;
  cost: number;
  category: string;
  latitude: number;
  longitude: number;
  jurisdiction: 'SE-AC' | 'FI-12';
  feasible: boolean;
  reason?: string;
  support: { 'SE-AC': number; 'FI-12': number };
}

export interface DemoBudget {
  slug: string;
  titles: ReturnType<typeof texts>;
  descriptions: ReturnType<typeof texts>;
  owners: string[];
  /** Hours from seeding time for each phase, so a fresh demo is always in the intended phase. */
  phases: Record<keyof BudgetSettings['phases'], number>;
  ballots: number;
  seed: number;
  publish: boolean;
  delivery: {
    project: number;
    status: 'planned' | 'in_progress' | 'delivered';
    note: string;
    daysAgo: number;
  }[];
}

const DISCLAIMER =
  'Demo data: an illustrative budget; it is not run by, and does not speak for, the organisations shown as its owners.';

export const KVARKEN_SETTINGS: Omit<BudgetSettings, 'phases'> = {
  descriptions: texts(
    [
      'en',
      `Västerbotten and Ostrobothnia pool money for projects that bring the two Kvarken coasts closer. Residents of either region propose projects, the partners review them, and residents vote. ${DISCLAIMER}`,
      'original',
    ],
    [
      'sv',
      'Västerbotten och Österbotten lägger samman pengar till projekt som för Kvarkens två kuster närmare varandra. Invånarna föreslår, parterna granskar och invånarna röstar.',
      'human',
    ],
    [
      'fi',
      'Västerbotten ja Pohjanmaa yhdistävät rahansa hankkeisiin, jotka tuovat Merenkurkun rannikot lähemmäs toisiaan. Asukkaat ehdottavat, kumppanit arvioivat ja asukkaat äänestävät.',
      'human',
    ],
  ),
  currency: 'EUR',
  hosts: [
    { jurisdiction: 'SE-AC', currency: 'SEK', pledge: 3_500_000, rate: 0.087 },
    { jurisdiction: 'FI-12', currency: 'EUR', pledge: 300_000, rate: 1 },
  ],
  method: { type: 'approval', minProjects: null, maxProjects: null },
  rule: { rule: 'mes', completion: 'add1', satisfaction: 'cost' },
};

export const DEMO_BUDGET_PROJECTS: DemoBudgetProject[] = [
  {
    titles: texts(
      ['sv', 'Cykelfärja Umeå–Vasa sommartid', 'original'],
      ['en', 'Summer bike ferry Umeå–Vaasa', 'human'],
    ),
    descriptions: texts([
      'sv',
      'Plats för 60 cyklar på färjan och en cykelväg till hamnen i Holmsund.',
      'original',
    ]),
    cost: 180_000,
    category: 'mobility',
    latitude: 63.68,
    longitude: 20.34,
    jurisdiction: 'SE-AC',
    feasible: true,
    support: { 'SE-AC': 0.7, 'FI-12': 0.35 },
  },
  {
    titles: texts(
      ['fi', 'Merenkurkun saariston luontopolut', 'original'],
      ['en', 'Kvarken archipelago nature trails', 'human'],
    ),
    descriptions: texts([
      'fi',
      'Viitoitetut polut ja pitkospuut Raippaluodon ja Björkön saarille.',
      'original',
    ]),
    cost: 120_000,
    category: 'environment',
    latitude: 63.31,
    longitude: 21.19,
    jurisdiction: 'FI-12',
    feasible: true,
    support: { 'SE-AC': 0.15, 'FI-12': 0.6 },
  },
  {
    titles: texts(
      ['en', 'Bilingual youth exchange summer camp', 'original'],
      ['sv', 'Tvåspråkigt sommarläger för unga', 'human'],
    ),
    descriptions: texts([
      'en',
      'Two weeks a year for 80 teenagers from both coasts, in Swedish and Finnish.',
      'original',
    ]),
    cost: 90_000,
    category: 'youth',
    latitude: 63.1,
    longitude: 21.62,
    jurisdiction: 'FI-12',
    feasible: true,
    support: { 'SE-AC': 0.35, 'FI-12': 0.45 },
  },
  {
    titles: texts(
      ['sv', 'Solpaneler på Holmöns skola', 'original'],
      ['en', 'Solar panels on Holmön school', 'human'],
    ),
    descriptions: texts(['sv', 'Solceller och batteri så att öns skola klarar strömavbrott.', 'original']),
    cost: 75_000,
    category: 'energy',
    latitude: 63.8,
    longitude: 20.87,
    jurisdiction: 'SE-AC',
    feasible: true,
    support: { 'SE-AC': 0.4, 'FI-12': 0.05 },
  },
  {
    titles: texts(
      ['fi', 'Vaasan torin talvikatos', 'original'],
      ['en', 'Winter canopy for Vaasa market square', 'human'],
    ),
    descriptions: texts(['fi', 'Katos ja lämmitys, jotta tori toimii myös talvella.', 'original']),
    cost: 210_000,
    category: 'public-space',
    latitude: 63.096,
    longitude: 21.616,
    jurisdiction: 'FI-12',
    feasible: true,
    support: { 'SE-AC': 0.05, 'FI-12': 0.4 },
  },
  {
    titles: texts(
      ['en', 'Cross-border job fair, twice a year', 'original'],
      ['fi', 'Rajat ylittävät työmarkkinat', 'human'],
    ),
    descriptions: texts([
      'en',
      'Employers from Umeå and Vaasa meet job seekers from both sides.',
      'original',
    ]),
    cost: 40_000,
    category: 'work',
    latitude: 63.83,
    longitude: 20.26,
    jurisdiction: 'SE-AC',
    feasible: true,
    support: { 'SE-AC': 0.3, 'FI-12': 0.3 },
  },
  {
    titles: texts(
      ['sv', 'Havsbastu i Holmsunds hamn', 'original'],
      ['en', 'Sea sauna in Holmsund harbour', 'human'],
    ),
    descriptions: texts(['sv', 'En offentlig bastu med badbrygga, öppen året runt.', 'original']),
    cost: 160_000,
    category: 'public-space',
    latitude: 63.7,
    longitude: 20.36,
    jurisdiction: 'SE-AC',
    feasible: true,
    support: { 'SE-AC': 0.55, 'FI-12': 0.1 },
  },
  {
    titles: texts(
      ['fi', 'Opiskelijoiden lauttalippualennus', 'original'],
      ['en', 'Student discount on the Kvarken ferry', 'human'],
    ),
    descriptions: texts([
      'fi',
      'Puolen hinnan liput opiskelijoille Vaasan ja Uumajan välillä kolmeksi vuodeksi.',
      'original',
    ]),
    cost: 140_000,
    category: 'mobility',
    latitude: 63.08,
    longitude: 21.55,
    jurisdiction: 'FI-12',
    feasible: true,
    support: { 'SE-AC': 0.2, 'FI-12': 0.55 },
  },
  {
    titles: texts(['sv', 'Bro till Replot', 'original'], ['en', 'A second bridge to Replot', 'human']),
    descriptions: texts(['sv', 'En ny bro parallellt med Replotbron.', 'original']),
    cost: 2_400_000,
    category: 'mobility',
    latitude: 63.22,
    longitude: 21.43,
    jurisdiction: 'FI-12',
    feasible: false,
    reason: 'Costs more than the whole budget, and bridges are the state road agency’s responsibility.',
    support: { 'SE-AC': 0, 'FI-12': 0 },
  },
];

const DAY_HOURS = 24;

export const DEMO_BUDGETS: DemoBudget[] = [
  {
    slug: 'kvarken-budget-2026',
    titles: texts(
      ['en', 'Kvarken shared budget 2026', 'original'],
      ['sv', 'Kvarkens gemensamma budget 2026', 'human'],
      ['fi', 'Merenkurkun yhteinen budjetti 2026', 'human'],
    ),
    descriptions: KVARKEN_SETTINGS.descriptions,
    owners: ['kvarken-council', 'umea-kommun', 'vaasa'],
    phases: {
      proposalsOpen: -120 * DAY_HOURS,
      proposalsClose: -90 * DAY_HOURS,
      reviewClose: -75 * DAY_HOURS,
      votingOpen: -60 * DAY_HOURS,
      votingClose: -45 * DAY_HOURS,
      resultsOn: -40 * DAY_HOURS,
    },
    ballots: 160,
    seed: 2026,
    publish: true,
    delivery: [
      {
        project: 0,
        status: 'in_progress',
        note: 'Ferry operator contracted; bike racks ordered.',
        daysAgo: 20,
      },
      {
        project: 5,
        status: 'delivered',
        note: 'First job fair held in Vaasa with 34 employers.',
        daysAgo: 5,
      },
    ],
  },
  {
    slug: 'kvarken-budget-2027',
    titles: texts(
      ['en', 'Kvarken shared budget 2027: vote now', 'original'],
      ['sv', 'Kvarkens gemensamma budget 2027: rösta nu', 'human'],
      ['fi', 'Merenkurkun yhteinen budjetti 2027: äänestä nyt', 'human'],
    ),
    descriptions: KVARKEN_SETTINGS.descriptions,
    owners: ['kvarken-council', 'umea-kommun', 'vaasa'],
    phases: {
      proposalsOpen: -30 * DAY_HOURS,
      proposalsClose: 20 * DAY_HOURS,
      reviewClose: 20 * DAY_HOURS,
      votingOpen: -2 * DAY_HOURS,
      votingClose: 30 * DAY_HOURS,
      resultsOn: 35 * DAY_HOURS,
    },
    ballots: 40,
    seed: 2027,
    publish: false,
    delivery: [],
  },
];
