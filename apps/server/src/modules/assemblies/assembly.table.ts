import type { AssemblyQuota, Multilingual, QuotaCategory } from '@crossgov/shared';
import type { FairnessReport, LotteryDocument } from '@crossgov/sortition';
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table.ts';
import { organisations } from '../organisations/organisation.table.ts';
import { spaces } from '../spaces/space.table.ts';

export interface StoredStipend {
  amountMinor: number;
  currency: string;
  note: Multilingual;
}

export interface StoredSession {
  titles: Multilingual;
  date: string;
  place: string | null;
  online: boolean;
}

/** The settings of the assembly of one space (a space of kind `assembly` has exactly one). */
export const assemblies = pgTable('assemblies', {
  spaceId: uuid('space_id')
    .primaryKey()
    .references(() => spaces.id, { onDelete: 'cascade' }),
  purposes: jsonb('purposes').$type<Multilingual>().notNull().default({}),
  languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
  panelSize: integer('panel_size').notNull().default(20),
  stipend: jsonb('stipend').$type<StoredStipend | null>(),
  sessions: jsonb('sessions').$type<StoredSession[]>().notNull().default([]),
  recruitmentOpensAt: timestamp('recruitment_opens_at', { withTimezone: true }),
  recruitmentClosesAt: timestamp('recruitment_closes_at', { withTimezone: true }),
  categories: jsonb('categories').$type<QuotaCategory[]>().notNull().default([]),
  quotas: jsonb('quotas').$type<AssemblyQuota[]>().notNull().default([]),
  /** The run whose lottery is published (with the seed's hash) and, once drawn, whose panel sits. */
  publishedRunId: uuid('published_run_id'),
  /** The day (UTC) the volunteers' personal data are erased: data minimisation once the panel has sat. */
  personalDataEraseOn: date('personal_data_erase_on', { mode: 'string' }),
  /** When the volunteers' personal data were erased; registration and import are closed from then on. */
  personalDataErasedAt: timestamp('personal_data_erased_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One person in the pool, registered on the public page or imported by a manager. Personal data (name,
 * e-mail, features) is shown to the assembly's managers only; the public sees `publicId`.
 */
export const assemblyVolunteers = pgTable(
  'assembly_volunteers',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    /** Opaque id used in the published lottery. */
    publicId: text('public_id').notNull(),
    /** Null once the assembly's personal data are erased (the row keeps its public id and features). */
    name: text('name'),
    email: text('email'),
    /** SHA-256 of the space and the normalised address or postcode, never the address itself. */
    householdHash: text('household_hash'),
    features: jsonb('features').$type<Record<string, string>>().notNull(),
    source: text('source').notNull(),
    externalId: text('external_id'),
    language: text('language'),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    /** SHA-256 of the private link's token, for the volunteer to see or delete the registration. */
    accessTokenHash: text('access_token_hash'),
    status: text('status').notNull().default('pool'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.id] }),
    uniqueIndex('assembly_volunteers_public_uq').on(t.spaceId, t.publicId),
    uniqueIndex('assembly_volunteers_token_uq').on(t.accessTokenHash),
    index('assembly_volunteers_email_idx').on(t.spaceId, t.email),
  ],
);

export interface StoredRunResult {
  report: FairnessReport;
  /** Probability per volunteer public id. */
  probabilities: Record<string, number>;
  panels: number;
  seconds: number;
  poolSize: number;
  lottery: LotteryDocument;
}

/** A selection run: started by a manager, computed in the background, progress written here. */
export const assemblyRuns = pgTable(
  'assembly_runs',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    algorithm: text('algorithm').notNull(),
    lotterySize: integer('lottery_size').notNull(),
    status: text('status').notNull().default('queued'),
    progress: real('progress').notNull().default(0),
    stage: text('stage').notNull().default('queued'),
    error: text('error'),
    result: jsonb('result').$type<StoredRunResult>(),
    /** SHA-256 of the seed, published with the lottery before the draw. */
    seedHash: text('seed_hash'),
    /** Kept secret until the draw, then published so anyone can re-run it. */
    seed: text('seed'),
    drawnAt: timestamp('drawn_at', { withTimezone: true }),
    drawnTicket: integer('drawn_ticket'),
    drawnMembers: jsonb('drawn_members').$type<string[]>(),
    startedBy: uuid('started_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Written every few seconds by the process computing the run; a stale one means that process is gone. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.id] }), index('assembly_runs_status_idx').on(t.status)],
);

/** What the assembly recommended, with the members' vote. */
export const assemblyRecommendations = pgTable(
  'assembly_recommendations',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    titles: jsonb('titles').$type<Multilingual>().notNull(),
    texts: jsonb('texts').$type<Multilingual>().notNull(),
    votesFor: integer('votes_for').notNull().default(0),
    votesAgainst: integer('votes_against').notNull().default(0),
    votesAbstain: integer('votes_abstain').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.id] })],
);

/** A host organisation's official response to one recommendation: the feedback loop. */
export const assemblyResponses = pgTable(
  'assembly_responses',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    recommendationId: uuid('recommendation_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    stance: text('stance').notNull(),
    reasons: jsonb('reasons').$type<Multilingual>().notNull(),
    respondedBy: uuid('responded_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.recommendationId, t.organisationId] })],
);
