import type { Multilingual } from '@crossgov/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table.ts';
import { spaces } from '../spaces/space.table.ts';

/** A consultation space's question, window and moderation setting (one row per space, created on first edit). */
export const consultationSettings = pgTable('consultation_settings', {
  spaceId: uuid('space_id')
    .primaryKey()
    .references(() => spaces.id, { onDelete: 'cascade' }),
  question: jsonb('question').$type<Multilingual>().notNull(),
  opensAt: timestamp('opens_at', { withTimezone: true }),
  closesAt: timestamp('closes_at', { withTimezone: true }),
  preModeration: boolean('pre_moderation').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An idea submitted to a consultation, in its author's language. `state` is its moderation state (published,
 * pending approval, hidden with a public reason); `status` the hosts' latest official answer, if any.
 */
export const consultationIdeas = pgTable(
  'consultation_ideas',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    language: text('language').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    state: text('state').notNull().default('published'),
    hiddenReason: text('hidden_reason'),
    status: text('status'),
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
    /** Set when the author withdrew the idea: it stays readable, marked withdrawn, and takes no supports. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.id] }),
    index('consultation_ideas_author_idx').on(t.authorId, t.createdAt),
  ],
);

/** A comment on an idea; a reply names its parent (replies are one level deep). */
export const consultationComments = pgTable(
  'consultation_comments',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    ideaId: uuid('idea_id').notNull(),
    parentId: uuid('parent_id'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    language: text('language').notNull(),
    body: text('body').notNull(),
    state: text('state').notNull().default('published'),
    hiddenReason: text('hidden_reason'),
    /** Raised by each edit of its author; a stale version answers 409. */
    version: integer('version').notNull().default(1),
    /** The last edit by its author (shown as "edited"). */
    editedAt: timestamp('edited_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.id] }),
    index('consultation_comments_idea_idx').on(t.spaceId, t.ideaId, t.createdAt),
    index('consultation_comments_author_idx').on(t.authorId, t.createdAt),
  ],
);

/** One support per person and idea; withdrawing deletes it. */
export const consultationSupports = pgTable(
  'consultation_supports',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    ideaId: uuid('idea_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.ideaId, t.userId] })],
);

/**
 * A translation of an idea or comment into one language, with where it came from: a machine (the provider's
 * name), a person (the translator). A host may mark one per language official. The original is never replaced.
 */
export const consultationTranslations = pgTable(
  'consultation_translations',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    contributionId: uuid('contribution_id').notNull(),
    language: text('language').notNull(),
    title: text('title'),
    body: text('body').notNull(),
    provenance: text('provenance').notNull(),
    provider: text('provider'),
    translatorId: uuid('translator_id').references(() => users.id, { onDelete: 'set null' }),
    official: boolean('official').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.id] }),
    index('consultation_translations_contribution_idx').on(t.spaceId, t.contributionId),
    uniqueIndex('consultation_translations_machine_uq')
      .on(t.spaceId, t.contributionId, t.language)
      .where(sql`provenance = 'machine'`),
  ],
);

/** The hosts' official answers to an idea, kept as a dated history (the newest is the idea's status). */
export const consultationAnswers = pgTable(
  'consultation_answers',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    ideaId: uuid('idea_id').notNull(),
    status: text('status').notNull(),
    reason: jsonb('reason').$type<Multilingual>().notNull(),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.id] }),
    index('consultation_answers_idea_idx').on(t.spaceId, t.ideaId, t.createdAt),
  ],
);

/** A person's report that an idea or comment breaks the rules; open until a moderator decides. */
export const consultationFlags = pgTable(
  'consultation_flags',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    contributionId: uuid('contribution_id').notNull(),
    reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.id] }),
    uniqueIndex('consultation_flags_reporter_uq').on(t.spaceId, t.contributionId, t.reporterId),
  ],
);
