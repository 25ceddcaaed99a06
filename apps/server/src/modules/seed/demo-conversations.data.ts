import type { Multilingual } from '@crossgov/shared';
import { DEMO_EMAIL_DOMAIN, texts } from './demo-world.data.ts';

/**
 * A cross-border demo conversation on the future of the Kvarken ferry link between Umeå (SE) and Vaasa (FI).
 * The statements are illustrative; the votes come from a seeded generator (three opinion camps in both
 * countries), so the map, the groups and the bridging statements show on a fresh `npm start`.
 */
export interface DemoStatement {
  text: string;
  language: 'sv' | 'fi' | 'en';
  /** Agree probability per camp: [commuters, environment first, freight and business]. */
  agree: [number, number, number];
}

export const DEMO_CONVERSATION = {
  slug: 'kvarken-ferry-future',
  titles: texts(
    ['en', 'The future of the Kvarken ferry link', 'original'],
    ['sv', 'Framtiden för färjeförbindelsen över Kvarken', 'human'],
    ['fi', 'Merenkurkun lauttayhteyden tulevaisuus', 'human'],
  ),
  descriptions: texts(
    [
      'en',
      'Demo data. How should the Umeå–Vaasa ferry develop over the next ten years? Vote on the statements and add your own; the opinion map shows where people on both sides of the Kvarken agree.',
      'original',
    ],
    [
      'sv',
      'Demodata. Hur ska färjan Umeå–Vasa utvecklas de kommande tio åren? Rösta på påståendena och lägg till egna; opinionskartan visar var människor på båda sidor om Kvarken är överens.',
      'human',
    ],
    [
      'fi',
      'Esittelyaineistoa. Miten Uumajan–Vaasan lauttaa pitäisi kehittää seuraavan kymmenen vuoden aikana? Äänestä väitteistä ja lisää omasi; mielipidekartta näyttää, missä Merenkurkun molempien puolten ihmiset ovat samaa mieltä.',
      'human',
    ],
  ) as Multilingual,
  owners: ['kvarken-council', 'vaasa', 'umea-kommun'],
  managers: [`johanna.nystrom@${DEMO_EMAIL_DOMAIN}`, `aino.virtanen@${DEMO_EMAIL_DOMAIN}`],
  /** Synthetic participants per country. */
  participants: { SE: 130, FI: 120 } as Record<string, number>,
  seed: 20261201,
};

export const DEMO_STATEMENTS: DemoStatement[] = [
  { text: 'Färjan är livsviktig för hela Kvarkenregionen.', language: 'sv', agree: [0.95, 0.85, 0.95] },
  { text: 'Lautta on elintärkeä koko Merenkurkun alueelle.', language: 'fi', agree: [0.95, 0.85, 0.9] },
  {
    text: 'There should be at least three crossings a day all year round.',
    language: 'en',
    agree: [0.9, 0.4, 0.85],
  },
  {
    text: 'Biljetterna är för dyra för dem som pendlar varje vecka.',
    language: 'sv',
    agree: [0.9, 0.55, 0.3],
  },
  { text: 'Pendlareille pitäisi olla edullinen kausilippu.', language: 'fi', agree: [0.95, 0.6, 0.35] },
  {
    text: 'The ferry must run on fossil-free fuel by 2030, even if tickets cost more.',
    language: 'en',
    agree: [0.25, 0.95, 0.2],
  },
  {
    text: 'Ett nytt fartyg ska hellre vara miljövänligt än snabbt.',
    language: 'sv',
    agree: [0.3, 0.9, 0.15],
  },
  { text: 'Rahtiliikenne on tärkeämpää kuin matkustajaliikenne.', language: 'fi', agree: [0.1, 0.2, 0.9] },
  {
    text: 'Industrin i Umeå och Vasa behöver fler avgångar för lastbilar.',
    language: 'sv',
    agree: [0.35, 0.15, 0.95],
  },
  {
    text: 'Public money should keep the link running when the ferry does not pay for itself.',
    language: 'en',
    agree: [0.85, 0.7, 0.6],
  },
  {
    text: 'Kela- ja Försäkringskassan-asiat pitäisi hoitaa yhdessä paikassa satamassa.',
    language: 'fi',
    agree: [0.8, 0.6, 0.45],
  },
  {
    text: 'Timetables should match the trains in Umeå and the buses in Vaasa.',
    language: 'en',
    agree: [0.9, 0.85, 0.7],
  },
  {
    text: 'En fast förbindelse (bro eller tunnel) borde utredas på allvar.',
    language: 'sv',
    agree: [0.55, 0.1, 0.7],
  },
  {
    text: 'Kiinteä yhteys olisi liian kallis ja haitallinen merelle.',
    language: 'fi',
    agree: [0.4, 0.9, 0.3],
  },
  {
    text: 'Swedish and Finnish schools should organise more exchanges using the ferry.',
    language: 'en',
    agree: [0.75, 0.8, 0.65],
  },
  {
    text: 'Information ombord och i hamnarna ska finnas på svenska, finska och engelska.',
    language: 'sv',
    agree: [0.9, 0.9, 0.8],
  },
];

/** Share of each camp per country (SE leans towards freight, FI towards commuting). */
export const DEMO_CAMPS: Record<string, [number, number, number]> = {
  SE: [0.35, 0.3, 0.35],
  FI: [0.45, 0.3, 0.25],
};
