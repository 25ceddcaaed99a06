/**
 * One-sentence descriptions for generated organisations, per language, from the field of work (a topic's
 * `subject`) and the place. Enough text for full-text search to have something real to stem.
 */
export const DESCRIPTIONS: Record<string, (subject: string, place: string) => string> = {
  en: (subject, place) => `Works on ${subject} in ${place}, and looks for partners abroad.`,
  sv: (subject, place) => `Arbetar med ${subject} i ${place} och söker partner i andra länder.`,
  fi: (subject, place) => `Työn aiheena ${subject}. Kotipaikka: ${place}. Etsimme kumppaneita ulkomailta.`,
  fr: (subject, place) => `Travaille sur ${subject} à ${place} et cherche des partenaires à l’étranger.`,
  de: (subject, place) => `Arbeitet an ${subject} in ${place} und sucht Partner im Ausland.`,
  es: (subject, place) => `Trabaja en ${subject} en ${place} y busca socios en el extranjero.`,
  nl: (subject, place) => `Werkt aan ${subject} in ${place} en zoekt partners in het buitenland.`,
  ar: (subject, place) => `تعمل على ${subject} في ${place} وتبحث عن شركاء في الخارج.`,
};

/** The Sustainable Development Goals of each generated field of work, aligned with TOPICS by index. */
export const TOPIC_SDGS: readonly (readonly number[])[] = [
  [13, 11], // climate adaptation
  [9, 16], // digital services
  [11, 9], // sustainable mobility
  [3], // public health
  [6], // water management
  [7, 13], // the energy transition
  [11, 1], // affordable housing
  [8, 4], // skills and employment
  [2], // food security
  [11], // culture and heritage
];

/** A free theme per field of work, in English as tags are. */
export const TOPIC_TAGS: readonly string[] = [
  'climate-adaptation',
  'digital-services',
  'mobility',
  'health',
  'water',
  'energy',
  'housing',
  'skills',
  'food',
  'culture',
];
