import type { Multilingual } from '@crossgov/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tsvector } from '../../db/tsvector.ts';
import { users } from '../accounts/account.table.ts';

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    slug: text('slug').notNull().unique(),
    names: jsonb('names').$type<Multilingual>().notNull(),
    /** What the organisation does, per language with provenance. */
    descriptions: jsonb('descriptions').$type<Multilingual>().notNull().default({}),
    type: text('type').notNull(),
    country: text('country').notNull(),
    /** Where it sits: its country or an ISO 3166-2 subdivision of it (null: the country as a whole). */
    jurisdiction: text('jurisdiction'),
    workingLanguages: text('working_languages').array().notNull().default(sql`'{}'::text[]`),
    /** Sustainable Development Goals it works on (1-17): the language-independent themes. */
    sdgs: smallint('sdgs').array().notNull().default(sql`'{}'::smallint[]`),
    /** Free themes, lower case. */
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    contactEmail: text('contact_email'),
    website: text('website'),
    /** Maintained by a trigger from names, descriptions and tags, each text in its language's dictionary. */
    searchVector: tsvector('search_vector'),
    isDemo: boolean('is_demo').notNull().default(false),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: uuid('verified_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_country_idx').on(t.country, t.type),
    index('organisations_search_idx').using('gin', t.searchVector),
    index('organisations_sdgs_idx').using('gin', t.sdgs),
  ],
);

export const organisationMembers = pgTable(
  'organisation_members',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    /** Bumped by every role change, so two admins changing one role at once get a 409, not a silent overwrite. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    index('organisation_members_user_idx').on(t.userId),
  ],
);

export const organisationInvitations = pgTable(
  'organisation_invitations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('organisation_invitations_org_idx').on(t.organisationId)],
);

export const organisationJoinRequests = pgTable(
  'organisation_join_requests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    message: text('message'),
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisation_join_requests_org_idx').on(t.organisationId, t.status)],
);
