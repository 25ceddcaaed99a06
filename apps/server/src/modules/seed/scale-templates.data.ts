import type { OrganisationType } from '@crossgov/shared';

/** The words one generated organisation name is built from, already in the language of the template. */
export interface NameParts {
  place: string;
  otherPlace: string;
  /** A field of work as a noun phrase ("Energy Transition"). */
  topic: string;
  /** The same field as one short word for company and lab names ("Energy"). */
  short: string;
}

type Template = (parts: NameParts) => string;

/** Name patterns per language and organisation type; several variants each, chosen by the seeded generator. */
export type LanguageTemplates = Record<OrganisationType, Template[]>;

/** Fields of work, aligned by index across languages so a bilingual name says the same thing twice. */
export interface Topic {
  /** As used inside organisation names (Finnish: the first part of a compound). */
  topic: string;
  /** One short word for company and lab names (Arabic: with the preposition "for"). */
  short: string;
  /** On its own, as in a workspace title. */
  subject: string;
}

const topicOf = ([topic = '', short = '', subject = '']: string[]): Topic => ({ topic, short, subject });

export const TOPICS: Record<string, Topic[]> = {
  en: [
    ['Climate Adaptation', 'Climate', 'climate adaptation'],
    ['Digital Services', 'Digital', 'digital services'],
    ['Sustainable Mobility', 'Mobility', 'sustainable mobility'],
    ['Public Health', 'Health', 'public health'],
    ['Water Management', 'Water', 'water management'],
    ['the Energy Transition', 'Energy', 'the energy transition'],
    ['Affordable Housing', 'Housing', 'affordable housing'],
    ['Skills and Employment', 'Skills', 'skills and employment'],
    ['Food Security', 'Food', 'food security'],
    ['Culture and Heritage', 'Culture', 'culture and heritage'],
  ].map(topicOf),
  sv: [
    ['klimatanpassning', 'Klimat', 'klimatanpassning'],
    ['digital service', 'Digital', 'digital service'],
    ['hållbara transporter', 'Mobilitet', 'hållbara transporter'],
    ['folkhälsa', 'Hälsa', 'folkhälsa'],
    ['vattenförsörjning', 'Vatten', 'vattenförsörjning'],
    ['energiomställning', 'Energi', 'energiomställning'],
    ['bostadsförsörjning', 'Bostad', 'bostadsförsörjning'],
    ['kompetensförsörjning', 'Kompetens', 'kompetensförsörjning'],
    ['livsmedelsberedskap', 'Livsmedel', 'livsmedelsberedskap'],
    ['kulturarv', 'Kultur', 'kulturarv'],
  ].map(topicOf),
  // Finnish names below take the place in the genitive and the field as the first part of a compound.
  fi: [
    ['ilmasto', 'Ilmasto', 'ilmastonmuutokseen sopeutuminen'],
    ['digipalvelu', 'Digi', 'digitaaliset palvelut'],
    ['liikenne', 'Liikenne', 'kestävä liikkuminen'],
    ['terveys', 'Terveys', 'kansanterveys'],
    ['vesi', 'Vesi', 'vesihuolto'],
    ['energia', 'Energia', 'energiamurros'],
    ['asumis', 'Asunto', 'kohtuuhintainen asuminen'],
    ['osaamis', 'Osaaminen', 'osaaminen ja työllisyys'],
    ['ruoka', 'Ruoka', 'ruokaturva'],
    ['kulttuuri', 'Kulttuuri', 'kulttuuriperintö'],
  ].map(topicOf),
  fr: [
    ["l'adaptation climatique", 'Climat', 'adaptation climatique'],
    ['les services numériques', 'Numérique', 'services numériques'],
    ['la mobilité durable', 'Mobilité', 'mobilité durable'],
    ['la santé publique', 'Santé', 'santé publique'],
    ["l'eau", 'Eau', "gestion de l'eau"],
    ['la transition énergétique', 'Énergie', 'transition énergétique'],
    ['le logement', 'Habitat', 'logement abordable'],
    ["les compétences et l'emploi", 'Compétences', 'compétences et emploi'],
    ["l'alimentation", 'Alimentation', 'sécurité alimentaire'],
    ['le patrimoine culturel', 'Culture', 'patrimoine culturel'],
  ].map(topicOf),
  de: [
    ['Klimaanpassung', 'Klima', 'Klimaanpassung'],
    ['digitale Verwaltung', 'Digital', 'digitale Verwaltung'],
    ['nachhaltige Mobilität', 'Mobilität', 'nachhaltige Mobilität'],
    ['öffentliche Gesundheit', 'Gesundheit', 'öffentliche Gesundheit'],
    ['Wasserwirtschaft', 'Wasser', 'Wasserwirtschaft'],
    ['die Energiewende', 'Energie', 'Energiewende'],
    ['bezahlbares Wohnen', 'Wohnen', 'bezahlbares Wohnen'],
    ['Fachkräftesicherung', 'Fachkräfte', 'Fachkräftesicherung'],
    ['Ernährungssicherheit', 'Ernährung', 'Ernährungssicherheit'],
    ['Kultur und Erbe', 'Kultur', 'Kultur und Erbe'],
  ].map(topicOf),
  es: [
    ['Adaptación Climática', 'Clima', 'adaptación climática'],
    ['Servicios Digitales', 'Digital', 'servicios digitales'],
    ['Movilidad Sostenible', 'Movilidad', 'movilidad sostenible'],
    ['Salud Pública', 'Salud', 'salud pública'],
    ['Gestión del Agua', 'Agua', 'gestión del agua'],
    ['Transición Energética', 'Energía', 'transición energética'],
    ['Vivienda Asequible', 'Vivienda', 'vivienda asequible'],
    ['Empleo y Competencias', 'Empleo', 'empleo y competencias'],
    ['Seguridad Alimentaria', 'Alimentos', 'seguridad alimentaria'],
    ['Patrimonio Cultural', 'Cultura', 'patrimonio cultural'],
  ].map(topicOf),
  nl: [
    ['klimaatadaptatie', 'Klimaat', 'klimaatadaptatie'],
    ['digitale dienstverlening', 'Digitaal', 'digitale dienstverlening'],
    ['duurzame mobiliteit', 'Mobiliteit', 'duurzame mobiliteit'],
    ['volksgezondheid', 'Gezondheid', 'volksgezondheid'],
    ['waterbeheer', 'Water', 'waterbeheer'],
    ['de energietransitie', 'Energie', 'energietransitie'],
    ['betaalbaar wonen', 'Wonen', 'betaalbaar wonen'],
    ['werk en vaardigheden', 'Vaardigheden', 'werk en vaardigheden'],
    ['voedselzekerheid', 'Voedsel', 'voedselzekerheid'],
    ['cultureel erfgoed', 'Cultuur', 'cultureel erfgoed'],
  ].map(topicOf),
  // Arabic: the field as the second term of a construct phrase; the short form carries "for" (li-).
  ar: [
    ['المناخ', 'للمناخ', 'التكيف مع المناخ'],
    ['الخدمات الرقمية', 'للخدمات الرقمية', 'الخدمات الرقمية'],
    ['التنقل المستدام', 'للتنقل', 'التنقل المستدام'],
    ['الصحة العامة', 'للصحة', 'الصحة العامة'],
    ['المياه', 'للمياه', 'إدارة المياه'],
    ['الطاقة', 'للطاقة', 'تحول الطاقة'],
    ['الإسكان', 'للإسكان', 'الإسكان الميسور'],
    ['المهارات', 'للمهارات', 'المهارات والتوظيف'],
    ['الأمن الغذائي', 'للأغذية', 'الأمن الغذائي'],
    ['الثقافة', 'للثقافة', 'التراث الثقافي'],
  ].map(topicOf),
};

/** French "de" before a place or a noun phrase: du, des, de l', d'. */
function de(phrase: string): string {
  if (phrase.startsWith('le ')) return `du ${phrase.slice(3)}`;
  if (phrase.startsWith('les ')) return `des ${phrase.slice(4)}`;
  if (/^[aeiouyàâéèêëîïôûœ]/i.test(phrase) && !phrase.startsWith('la ')) return `d'${phrase}`;
  return `de ${phrase}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const TEMPLATES: Record<string, LanguageTemplates> = {
  en: {
    national_government: [(p) => `National Council for ${p.topic}`],
    ministry_or_agency: [(p) => `Agency for ${p.topic}`, (p) => `Office for ${p.topic}, ${p.place}`],
    regional_or_local_government: [
      (p) => `${p.place} City Council`,
      (p) => `${p.place} County Council`,
      (p) => `Borough of ${p.place}`,
    ],
    cross_border_body: [(p) => `${p.place}–${p.otherPlace} Cross-Border Committee`],
    international_organisation: [(p) => `International Network for ${p.topic}`],
    public_bank_or_funder: [(p) => `${p.place} Development Fund`, (p) => `${p.place} Community Foundation`],
    university_or_research: [(p) => `University of ${p.place}`, (p) => `${p.place} Institute of Technology`],
    ngo_or_civil_society: [(p) => `${p.place} ${p.short} Association`, (p) => `Friends of ${p.place}`],
    company: [(p) => `${p.place} ${p.short} Ltd`],
    innovation_lab: [(p) => `${p.place} Innovation Lab`, (p) => `${p.short} Lab ${p.place}`],
  },
  sv: {
    national_government: [(p) => `Nationella rådet för ${p.topic}`],
    ministry_or_agency: [
      (p) => `Myndigheten för ${p.topic}`,
      (p) => `Myndigheten för ${p.topic}, ${p.place}`,
    ],
    regional_or_local_government: [(p) => `${p.place} kommun`, (p) => `Region ${p.place}`],
    cross_border_body: [(p) => `Gränskommittén ${p.place}–${p.otherPlace}`],
    international_organisation: [(p) => `Internationella nätverket för ${p.topic}`],
    public_bank_or_funder: [(p) => `Utvecklingsfonden i ${p.place}`],
    university_or_research: [(p) => `${p.place} universitet`, (p) => `Forskningsinstitutet i ${p.place}`],
    ngo_or_civil_society: [(p) => `Föreningen för ${p.topic} i ${p.place}`],
    company: [(p) => `${p.place} ${p.short} AB`],
    innovation_lab: [(p) => `Innovationslabbet i ${p.place}`],
  },
  fi: {
    national_government: [(p) => `Valtakunnallinen ${p.topic}neuvosto`],
    ministry_or_agency: [(p) => `${capitalised(p.topic)}virasto`, (p) => `${p.place} ${p.topic}toimisto`],
    regional_or_local_government: [(p) => `${p.place} kaupunki`, (p) => `${p.place} kunta`],
    cross_border_body: [(p) => `${p.place} ja ${p.otherPlace} rajayhteistyöneuvosto`],
    international_organisation: [(p) => `Kansainvälinen ${p.topic}verkosto`],
    public_bank_or_funder: [(p) => `${p.place} kehitysrahasto`],
    university_or_research: [(p) => `${p.place} yliopisto`, (p) => `${p.place} tutkimuslaitos`],
    ngo_or_civil_society: [(p) => `${p.place} ${p.topic}yhdistys`],
    company: [(p) => `${p.place} ${p.short} Oy`],
    innovation_lab: [(p) => `${p.place} innovaatiolaboratorio`],
  },
  fr: {
    national_government: [(p) => `Conseil national ${de(p.topic)}`],
    ministry_or_agency: [
      (p) => `Agence ${de(p.topic)}`,
      (p) => `Agence ${de(p.topic)}, antenne ${de(p.place)}`,
    ],
    regional_or_local_government: [(p) => `Ville ${de(p.place)}`, (p) => `Communauté urbaine ${de(p.place)}`],
    cross_border_body: [(p) => `Comité transfrontalier ${p.place}–${p.otherPlace}`],
    international_organisation: [(p) => `Réseau international pour ${p.topic}`],
    public_bank_or_funder: [(p) => `Fonds de développement ${de(p.place)}`],
    university_or_research: [
      (p) => `Université ${de(p.place)}`,
      (p) => `Institut de recherche ${de(p.place)}`,
    ],
    ngo_or_civil_society: [(p) => `Association pour ${p.topic} ${de(p.place)}`],
    company: [(p) => `${p.place} ${p.short} SA`],
    innovation_lab: [(p) => `Laboratoire d'innovation ${de(p.place)}`],
  },
  de: {
    national_government: [(p) => `Nationaler Rat für ${p.topic}`],
    ministry_or_agency: [(p) => `Bundesamt für ${p.topic}`, (p) => `Landesamt für ${p.topic} ${p.place}`],
    regional_or_local_government: [(p) => `Stadt ${p.place}`, (p) => `Landkreis ${p.place}`],
    cross_border_body: [(p) => `Grenzüberschreitender Ausschuss ${p.place}–${p.otherPlace}`],
    international_organisation: [(p) => `Internationales Netzwerk für ${p.topic}`],
    public_bank_or_funder: [(p) => `Förderbank ${p.place}`],
    university_or_research: [(p) => `Universität ${p.place}`, (p) => `Forschungsinstitut ${p.place}`],
    ngo_or_civil_society: [(p) => `Verein für ${p.topic} ${p.place}`],
    company: [(p) => `${p.place} ${p.short} GmbH`],
    innovation_lab: [(p) => `Innovationslabor ${p.place}`],
  },
  es: {
    national_government: [(p) => `Consejo Nacional de ${p.topic}`],
    ministry_or_agency: [(p) => `Agencia de ${p.topic}`, (p) => `Agencia de ${p.topic}, sede de ${p.place}`],
    regional_or_local_government: [(p) => `Ayuntamiento de ${p.place}`, (p) => `Diputación de ${p.place}`],
    cross_border_body: [(p) => `Comité Transfronterizo ${p.place}–${p.otherPlace}`],
    international_organisation: [(p) => `Red Internacional de ${p.topic}`],
    public_bank_or_funder: [(p) => `Fondo de Desarrollo de ${p.place}`],
    university_or_research: [
      (p) => `Universidad de ${p.place}`,
      (p) => `Instituto de Investigación de ${p.place}`,
    ],
    ngo_or_civil_society: [(p) => `Asociación de ${p.topic} de ${p.place}`],
    company: [(p) => `${p.place} ${p.short} S.A.`],
    innovation_lab: [(p) => `Laboratorio de Innovación de ${p.place}`],
  },
  nl: {
    national_government: [(p) => `Nationale Raad voor ${p.topic}`],
    ministry_or_agency: [
      (p) => `Agentschap voor ${p.topic}`,
      (p) => `Agentschap voor ${p.topic}, kantoor ${p.place}`,
    ],
    regional_or_local_government: [(p) => `Gemeente ${p.place}`, (p) => `Stad ${p.place}`],
    cross_border_body: [(p) => `Grensoverschrijdend Comité ${p.place}–${p.otherPlace}`],
    international_organisation: [(p) => `Internationaal Netwerk voor ${p.topic}`],
    public_bank_or_funder: [(p) => `Ontwikkelingsfonds ${p.place}`],
    university_or_research: [(p) => `Universiteit ${p.place}`, (p) => `Onderzoeksinstituut ${p.place}`],
    ngo_or_civil_society: [(p) => `Vereniging voor ${p.topic} ${p.place}`],
    company: [(p) => `${p.place} ${p.short} BV`],
    innovation_lab: [(p) => `Innovatielab ${p.place}`],
  },
  ar: {
    national_government: [(p) => `المجلس الوطني ${p.short}`],
    ministry_or_agency: [(p) => `هيئة ${p.topic}`, (p) => `هيئة ${p.topic} في ${p.place}`],
    regional_or_local_government: [(p) => `بلدية ${p.place}`],
    cross_border_body: [(p) => `اللجنة المشتركة بين ${p.place} و${p.otherPlace}`],
    international_organisation: [(p) => `الشبكة الدولية ${p.short}`],
    public_bank_or_funder: [(p) => `صندوق ${p.place} للتنمية`],
    university_or_research: [(p) => `جامعة ${p.place}`, (p) => `معهد ${p.place} للبحوث`],
    ngo_or_civil_society: [(p) => `جمعية ${p.topic} في ${p.place}`],
    company: [(p) => `شركة ${p.place} ${p.short}`],
    innovation_lab: [(p) => `مختبر ${p.place} للابتكار`],
  },
};

/** A workspace title in each language around a subject from TOPICS of the same language. */
export const SPACE_TITLES: Record<string, (topic: string) => string> = {
  en: (topic) => `Cross-border workspace: ${topic}`,
  sv: (topic) => `Gränsöverskridande arbetsyta: ${topic}`,
  fi: (topic) => `Rajat ylittävä työtila: ${topic}`,
  fr: (topic) => `Espace de travail transfrontalier : ${topic}`,
  de: (topic) => `Grenzüberschreitender Arbeitsraum: ${topic}`,
  es: (topic) => `Espacio de trabajo transfronterizo: ${topic}`,
  nl: (topic) => `Grensoverschrijdende werkruimte: ${topic}`,
  ar: (topic) => `مساحة عمل عابرة للحدود: ${topic}`,
};
