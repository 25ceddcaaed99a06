import type { IdeaStatus, Multilingual } from '@crossgov/shared';
import { DEMO_EMAIL_DOMAIN, texts } from './demo-world.data.ts';

const person = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;

export interface DemoIdea {
  author: string;
  daysAgo: number;
  language: string;
  title: string;
  body: string;
  supporters: string[];
  /** A translation into English by the hosts (marked official), for ideas not written in English. */
  english?: { title: string; body: string };
  answer?: { status: IdeaStatus; daysAfter: number; reason: Multilingual };
  comments?: { author: string; language: string; body: string }[];
}

export const DEMO_CONSULTATION = {
  slug: 'kvarken-commuting-consultation',
  titles: texts(
    ['en', 'Consultation: commuting across the Kvarken', 'original'],
    ['sv', 'Samråd: att pendla över Kvarken', 'human'],
    ['fi', 'Kuuleminen: pendelöinti Merenkurkun yli', 'human'],
  ),
  descriptions: texts([
    'en',
    'Demo data: an illustrative consultation showing how ideas get official answers. It is not run by, and does not speak for, the organisations shown as its owners.',
    'original',
  ]),
  owners: ['kvarken-council', 'umea-kommun', 'vaasa'],
  host: person('johanna.nystrom'),
  question: texts(
    ['sv', 'Vad skulle göra det lättare att pendla mellan Umeå och Vasa?', 'original'],
    ['fi', 'Mikä helpottaisi pendelöintiä Uumajan ja Vaasan välillä?', 'human'],
    ['en', 'What would make commuting between Umeå and Vaasa easier?', 'human'],
  ),
  ideas: [
    {
      author: person('aino.virtanen'),
      daysAgo: 18,
      language: 'fi',
      title: 'Aamulautta ennen kahdeksaa',
      body: 'Ensimmäinen lautta lähtee Vaasasta liian myöhään. Lähtö ennen kahdeksaa mahdollistaisi työpäivän Uumajassa.',
      supporters: [person('demo'), person('linnea.holmstrom'), person('mikko.niemi')],
      english: {
        title: 'A morning ferry before eight',
        body: 'The first ferry leaves Vaasa too late. A departure before eight would make a working day in Umeå possible.',
      },
      answer: {
        status: 'accepted',
        daysAfter: 6,
        reason: texts(
          ['en', 'The operator adds a 7:15 departure on weekdays from the next timetable.', 'original'],
          ['fi', 'Varustamo lisää arkipäiviin klo 7.15 lähdön seuraavasta aikataulusta alkaen.', 'human'],
          ['sv', 'Rederiet lägger till en avgång 7.15 på vardagar från nästa tidtabell.', 'human'],
        ),
      },
      comments: [
        {
          author: person('linnea.holmstrom'),
          language: 'sv',
          body: 'Ja! Då hinner jag till mötet klockan nio.',
        },
      ],
    },
    {
      author: person('linnea.holmstrom'),
      daysAgo: 16,
      language: 'sv',
      title: 'En gemensam biljett för buss och färja',
      body: 'I dag köper man en bussbiljett i Umeå, en färjebiljett och en bussbiljett i Vasa. En enda biljett skulle spara tid och pengar.',
      supporters: [person('aino.virtanen'), person('demo')],
      english: {
        title: 'One ticket for bus and ferry',
        body: 'Today you buy a bus ticket in Umeå, a ferry ticket and a bus ticket in Vaasa. A single ticket would save time and money.',
      },
      answer: {
        status: 'under_review',
        daysAfter: 9,
        reason: texts([
          'en',
          'The two transport authorities are comparing their ticket systems.',
          'original',
        ]),
      },
    },
    {
      author: person('erik.lindqvist'),
      daysAgo: 14,
      language: 'sv',
      title: 'Skatteinformation på ett ställe',
      body: 'Gränspendlare vet sällan vilket land de betalar skatt i. En gemensam vägledning från båda skatteverken behövs.',
      supporters: [person('aino.virtanen')],
      answer: {
        status: 'partly',
        daysAfter: 12,
        reason: texts([
          'en',
          'The Nordic info service already explains taxation; we will link it from both councils’ pages, but a joint office is not planned.',
          'original',
        ]),
      },
    },
    {
      author: person('mikko.niemi'),
      daysAgo: 9,
      language: 'fi',
      title: 'Pyöräpaikat lautalle',
      body: 'Lautalla on liian vähän tilaa polkupyörille kesäisin. Lisää pyöräpaikkoja auttaisi pyöräileviä pendelöijiä.',
      supporters: [],
    },
    {
      author: person('demo'),
      daysAgo: 4,
      language: 'en',
      title: 'A shared page of job vacancies',
      body: 'Employers on both sides could publish vacancies open to cross-border commuters on one page, in Swedish and Finnish.',
      supporters: [person('erik.lindqvist')],
      comments: [{ author: person('aino.virtanen'), language: 'fi', body: 'Hyvä idea, myös englanniksi.' }],
    },
  ] satisfies DemoIdea[],
};
