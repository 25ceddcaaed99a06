import type { Multilingual } from '@crossgov/shared';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table.ts';
import { spaces } from '../spaces/space.table.ts';
import type { ConversationResults } from './conversation.dto.ts';

/**
 * The settings of a conversation (a space of kind `conversation`): its topic, whether it accepts votes and
 * statements, and whether participants' statements wait for a moderator. A conversation without a row here
 * uses the defaults (version 1); the first edit writes the row.
 */
export const conversationSettings = pgTable('conversation_settings', {
  spaceId: uuid('space_id')
    .primaryKey()
    .references(() => spaces.id, { onDelete: 'cascade' }),
  topics: jsonb('topics').$type<Multilingual>().notNull(),
  descriptions: jsonb('descriptions').$type<Multilingual>().notNull(),
  isOpen: boolean('is_open').notNull().default(true),
  preModeration: boolean('pre_moderation').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A statement people vote on. Ids are small integers per conversation, as Polis's comment ids, so a Polis
 * export imports and exports without a mapping. Status: pending (waiting for a moderator), accepted, rejected.
 */
export const conversationStatements = pgTable(
  'conversation_statements',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: integer('id').notNull(),
    text: text('text').notNull(),
    language: text('language').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** The Polis author id of an imported statement (participant key), kept for the export. */
    importedAuthor: integer('imported_author'),
    isSeed: boolean('is_seed').notNull().default(false),
    isMeta: boolean('is_meta').notNull().default(false),
    status: text('status').notNull(),
    moderationReason: text('moderation_reason'),
    moderatedBy: uuid('moderated_by').references(() => users.id, { onDelete: 'set null' }),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.id] }),
    index('conversation_statements_status_idx').on(t.spaceId, t.status),
  ],
);

/**
 * Someone taking part, under a small integer key (Polis's participant id, which the open data shows instead
 * of the person). Imported participants have no user. The country feeds the country breakdown.
 */
export const conversationParticipants = pgTable(
  'conversation_participants',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: integer('id').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    country: text('country'),
    /** Where the country came from: the directory profile, the participant's own answer, or an import. */
    countrySource: text('country_source'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.id] }),
    uniqueIndex('conversation_participants_user_uq').on(t.spaceId, t.userId),
  ],
);

/** The latest vote of a participant on a statement: +1 agree, -1 disagree, 0 pass (Polis's CSV sign). */
export const conversationVotes = pgTable(
  'conversation_votes',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    participantId: integer('participant_id').notNull(),
    statementId: integer('statement_id').notNull(),
    vote: smallint('vote').notNull(),
    votedAt: timestamp('voted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.participantId, t.statementId] })],
);

/** The latest opinion map, recomputed in a worker thread; `version` rises by one per recompute. */
export const conversationResults = pgTable('conversation_results', {
  spaceId: uuid('space_id')
    .primaryKey()
    .references(() => spaces.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  votes: integer('votes').notNull(),
  seconds: doublePrecision('seconds').notNull(),
  results: jsonb('results').$type<ConversationResults>().notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});
