import type { assembliesEn } from './assemblies/en.ts';
import type { directoryEn } from './directory/en.ts';
import type { en } from './en.ts';

/** Same keys as English, any text: every language file must satisfy this, so a missing key fails tsc too. */
type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export type Translation = SameKeys<typeof en>;

/** The directory's part of a catalogue, kept in its own file per language. */
export type DirectoryTranslation = SameKeys<typeof directoryEn>;

/** The citizens' assemblies' part of a catalogue, kept in its own file per language. */
export type AssembliesTranslation = SameKeys<typeof assembliesEn>;
