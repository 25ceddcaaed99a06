import type { assembliesEn } from './assemblies/en.ts';
import type { budgetsEn } from './budgets/en.ts';
import type { consultationsEn } from './consultations/en.ts';
import type { conversationsEn } from './conversations/en.ts';
import type { directoryEn } from './directory/en.ts';
import type { en } from './en.ts';

/** Same keys as English, any text: every language file must satisfy this, so a missing key fails tsc too. */
type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export type Translation = SameKeys<typeof en>;

/** The directory's part of a catalogue, kept in its own file per language. */
export type DirectoryTranslation = SameKeys<typeof directoryEn>;

/** Conversations with opinion maps, in their own file per language. */
export type ConversationsTranslation = SameKeys<typeof conversationsEn>;
/** Consultations' part of a catalogue. */
export type ConsultationsTranslation = SameKeys<typeof consultationsEn>;
/** The participatory budgets' part of a catalogue. */
export type BudgetsTranslation = SameKeys<typeof budgetsEn>;
/** The citizens' assemblies' part of a catalogue, kept in its own file per language. */
export type AssembliesTranslation = SameKeys<typeof assembliesEn>;
