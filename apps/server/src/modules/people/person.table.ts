import { DEFAULT_PROFILE_VISIBILITY, type Multilingual, type ProfileVisibility } from '@crossgov/shared';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tsvector } from '../../db/tsvector.ts';
import { users } from '../accounts/account.table.ts';

/** A person's directory profile. Without one, a person is not listed in the directory. */
export const personProfiles = pgTable(
  'person_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    headlines: jsonb('headlines').$type<Multilingual>().notNull().default({}),
    bios: jsonb('bios').$type<Multilingual>().notNull().default({}),
    country: text('country'),
    jurisdiction: text('jurisdiction'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    expertise: text('expertise').array().notNull().default(sql`'{}'::text[]`),
    openToSdgs: smallint('open_to_sdgs').array().notNull().default(sql`'{}'::smallint[]`),
    openToTags: text('open_to_tags').array().notNull().default(sql`'{}'::text[]`),
    contactEmail: text('contact_email'),
    visibility: jsonb('visibility').$type<ProfileVisibility>().notNull().default(DEFAULT_PROFILE_VISIBILITY),
    /** Built by a trigger from the public parts only (about and expertise when they are public). */
    searchVector: tsvector('search_vector'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('person_profiles_search_idx').using('gin', t.searchVector),
    index('person_profiles_country_idx').on(t.country),
  ],
);
