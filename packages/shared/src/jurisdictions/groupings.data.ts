/**
 * Supranational groupings and their member countries (ISO 3166-1 alpha-2), as of early 2026.
 *
 * Written by hand from the organisations' own member lists. Rules applied throughout:
 * - a member whose rights are suspended is still a member (suspension is not expulsion), so Mercosur keeps
 *   Venezuela and the African Union keeps the states suspended after coups;
 * - a state that has left (withdrawal in force) or been expelled is not a member;
 * - territories with their own ISO code are listed where they sit in the body themselves
 *   (Åland, Faroe Islands, Greenland in the Nordic Council; Montserrat in CARICOM; French Polynesia and
 *   New Caledonia in the Pacific Islands Forum).
 *
 * Codes never collide with ISO 3166 codes: they are longer than two characters, contain a digit, or are "EU",
 * which ISO 3166/MA keeps exceptionally reserved for the European Union.
 */
export type GroupingLanguage = 'en' | 'fr' | 'es' | 'ar' | 'sv' | 'fi';

export interface GroupingRecord {
  code: string;
  /** Proper names in the interface languages. */
  names: Readonly<Record<GroupingLanguage, string>>;
  /** Member countries, alpha-2, separated by spaces. */
  members: string;
}

const EU_MEMBERS = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK';

export const GROUPINGS: readonly GroupingRecord[] = [
  {
    code: 'EU',
    names: {
      en: 'European Union',
      fr: 'Union européenne',
      es: 'Unión Europea',
      ar: 'الاتحاد الأوروبي',
      sv: 'Europeiska unionen',
      fi: 'Euroopan unioni',
    },
    members: EU_MEMBERS,
  },
  {
    code: 'EEA',
    names: {
      en: 'European Economic Area',
      fr: 'Espace économique européen',
      es: 'Espacio Económico Europeo',
      ar: 'المنطقة الاقتصادية الأوروبية',
      sv: 'Europeiska ekonomiska samarbetsområdet',
      fi: 'Euroopan talousalue',
    },
    members: `${EU_MEMBERS} IS LI NO`,
  },
  {
    code: 'EFTA',
    names: {
      en: 'European Free Trade Association',
      fr: 'Association européenne de libre-échange',
      es: 'Asociación Europea de Libre Comercio',
      ar: 'الرابطة الأوروبية للتجارة الحرة',
      sv: 'Europeiska frihandelssammanslutningen',
      fi: 'Euroopan vapaakauppajärjestö',
    },
    members: 'CH IS LI NO',
  },
  {
    // 46 member states since Russia's expulsion in March 2022.
    code: 'COE',
    names: {
      en: 'Council of Europe',
      fr: 'Conseil de l’Europe',
      es: 'Consejo de Europa',
      ar: 'مجلس أوروبا',
      sv: 'Europarådet',
      fi: 'Euroopan neuvosto',
    },
    members:
      'AD AL AM AT AZ BA BE BG CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT ' +
      'NL NO PL PT RO RS SE SI SK SM TR UA',
  },
  {
    // Five states plus the three autonomous territories that hold their own seats.
    code: 'NORDIC',
    names: {
      en: 'Nordic Council',
      fr: 'Conseil nordique',
      es: 'Consejo Nórdico',
      ar: 'مجلس الشمال الأوروبي',
      sv: 'Nordiska rådet',
      fi: 'Pohjoismaiden neuvosto',
    },
    members: 'DK FI IS NO SE AX FO GL',
  },
  {
    code: 'BALTIC',
    names: {
      en: 'Baltic Assembly',
      fr: 'Assemblée balte',
      es: 'Asamblea Báltica',
      ar: 'جمعية البلطيق',
      sv: 'Baltiska församlingen',
      fi: 'Baltian yleiskokous',
    },
    members: 'EE LT LV',
  },
  {
    code: 'BENELUX',
    names: {
      en: 'Benelux Union',
      fr: 'Union Benelux',
      es: 'Unión Benelux',
      ar: 'اتحاد بنلوكس',
      sv: 'Beneluxunionen',
      fi: 'Benelux-unioni',
    },
    members: 'BE LU NL',
  },
  {
    code: 'V4',
    names: {
      en: 'Visegrád Group',
      fr: 'Groupe de Visegrád',
      es: 'Grupo de Visegrado',
      ar: 'مجموعة فيشغراد',
      sv: 'Visegrádgruppen',
      fi: 'Visegrád-ryhmä',
    },
    members: 'CZ HU PL SK',
  },
  {
    code: 'OECD',
    names: {
      en: 'Organisation for Economic Co-operation and Development',
      fr: 'Organisation de coopération et de développement économiques',
      es: 'Organización para la Cooperación y el Desarrollo Económicos',
      ar: 'منظمة التعاون الاقتصادي والتنمية',
      sv: 'Organisationen för ekonomiskt samarbete och utveckling',
      fi: 'Taloudellisen yhteistyön ja kehityksen järjestö',
    },
    members:
      'AT AU BE CA CH CL CO CR CZ DE DK EE ES FI FR GB GR HU IE IL IS IT JP KR LT LU LV MX NL NO NZ PL PT SE ' +
      'SI SK TR US',
  },
  {
    // 56 members since Gabon and Togo joined in 2022.
    code: 'COMMONWEALTH',
    names: {
      en: 'Commonwealth of Nations',
      fr: 'Commonwealth des Nations',
      es: 'Mancomunidad de Naciones',
      ar: 'كومنولث الأمم',
      sv: 'Samväldet',
      fi: 'Kansainyhteisö',
    },
    members:
      'BW CM GA GM GH KE LS MW MU MZ NA NG RW SC SL ZA SZ TG UG TZ ZM ' +
      'BD BN IN MY MV PK SG LK ' +
      'AG BS BB BZ CA DM GD GY JM KN LC VC TT ' +
      'CY MT GB ' +
      'AU FJ KI NR NZ PG WS SB TO TV VU',
  },
  {
    // 55 members, the Sahrawi Arab Democratic Republic under ISO's Western Sahara (EH).
    code: 'AFRICAN_UNION',
    names: {
      en: 'African Union',
      fr: 'Union africaine',
      es: 'Unión Africana',
      ar: 'الاتحاد الأفريقي',
      sv: 'Afrikanska unionen',
      fi: 'Afrikan unioni',
    },
    members:
      'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU ' +
      'MA MZ NA NE NG RW EH ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW',
  },
  {
    // Burkina Faso, Mali and Niger left on 29 January 2025.
    code: 'ECOWAS',
    names: {
      en: 'Economic Community of West African States',
      fr: 'Communauté économique des États de l’Afrique de l’Ouest',
      es: 'Comunidad Económica de Estados de África Occidental',
      ar: 'الجماعة الاقتصادية لدول غرب أفريقيا',
      sv: 'Västafrikanska staters ekonomiska gemenskap',
      fi: 'Länsi-Afrikan valtioiden talousyhteisö',
    },
    members: 'BJ CV CI GM GH GN GW LR NG SN SL TG',
  },
  {
    code: 'SADC',
    names: {
      en: 'Southern African Development Community',
      fr: 'Communauté de développement d’Afrique australe',
      es: 'Comunidad de Desarrollo de África Austral',
      ar: 'الجماعة الإنمائية للجنوب الأفريقي',
      sv: 'Södra Afrikas utvecklingsgemenskap',
      fi: 'Eteläisen Afrikan kehitysyhteisö',
    },
    members: 'AO BW KM CD SZ LS MG MW MU MZ NA SC ZA TZ ZM ZW',
  },
  {
    // Syria was readmitted in May 2023.
    code: 'ARAB_LEAGUE',
    names: {
      en: 'League of Arab States',
      fr: 'Ligue des États arabes',
      es: 'Liga de los Estados Árabes',
      ar: 'جامعة الدول العربية',
      sv: 'Arabförbundet',
      fi: 'Arabiliitto',
    },
    members: 'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE',
  },
  {
    code: 'GCC',
    names: {
      en: 'Gulf Cooperation Council',
      fr: 'Conseil de coopération du Golfe',
      es: 'Consejo de Cooperación del Golfo',
      ar: 'مجلس التعاون لدول الخليج العربية',
      sv: 'Gulfstaternas samarbetsråd',
      fi: 'Persianlahden yhteistyöneuvosto',
    },
    members: 'AE BH KW OM QA SA',
  },
  {
    // Timor-Leste became the eleventh member in October 2025.
    code: 'ASEAN',
    names: {
      en: 'Association of Southeast Asian Nations',
      fr: 'Association des nations de l’Asie du Sud-Est',
      es: 'Asociación de Naciones de Asia Sudoriental',
      ar: 'رابطة دول جنوب شرق آسيا',
      sv: 'Sydostasiatiska nationers förbund',
      fi: 'Kaakkois-Aasian maiden liitto',
    },
    members: 'BN KH ID LA MY MM PH SG TH VN TL',
  },
  {
    code: 'PIF',
    names: {
      en: 'Pacific Islands Forum',
      fr: 'Forum des îles du Pacifique',
      es: 'Foro de las Islas del Pacífico',
      ar: 'منتدى جزر المحيط الهادئ',
      sv: 'Stillahavsöarnas forum',
      fi: 'Tyynenmeren saarten foorumi',
    },
    members: 'AU CK FJ PF KI MH FM NR NC NZ NU PW PG WS SB TO TV VU',
  },
  {
    // State parties; Bolivia became a full member in 2024, Venezuela has been suspended since 2016.
    code: 'MERCOSUR',
    names: {
      en: 'Southern Common Market (Mercosur)',
      fr: 'Marché commun du Sud (Mercosur)',
      es: 'Mercado Común del Sur (Mercosur)',
      ar: 'السوق المشتركة الجنوبية (ميركوسور)',
      sv: 'Mercosur',
      fi: 'Mercosur',
    },
    members: 'AR BR PY UY BO VE',
  },
  {
    code: 'CARICOM',
    names: {
      en: 'Caribbean Community',
      fr: 'Communauté caribéenne',
      es: 'Comunidad del Caribe',
      ar: 'الجماعة الكاريبية',
      sv: 'Karibiska gemenskapen',
      fi: 'Karibian yhteisö',
    },
    members: 'AG BS BB BZ DM GD GY HT JM MS KN LC VC SR TT',
  },
  {
    code: 'SICA',
    names: {
      en: 'Central American Integration System',
      fr: 'Système d’intégration centraméricain',
      es: 'Sistema de la Integración Centroamericana',
      ar: 'منظومة التكامل لأمريكا الوسطى',
      sv: 'Centralamerikanska integrationssystemet',
      fi: 'Keski-Amerikan integraatiojärjestelmä',
    },
    members: 'BZ CR SV GT HN NI PA DO',
  },
  {
    // The states that take part: Cuba does not, Nicaragua's withdrawal took effect in November 2023 and
    // Venezuela's denunciation of the Charter in April 2019.
    code: 'OAS',
    names: {
      en: 'Organization of American States',
      fr: 'Organisation des États américains',
      es: 'Organización de los Estados Americanos',
      ar: 'منظمة الدول الأمريكية',
      sv: 'Amerikanska samarbetsorganisationen',
      fi: 'Amerikan valtioiden järjestö',
    },
    members:
      'AG AR BS BB BZ BO BR CA CL CO CR DM DO EC SV GD GT GY HT HN JM MX PA PY PE KN LC VC SR TT US UY',
  },
];
