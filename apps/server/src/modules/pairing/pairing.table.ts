import { sql } from 'drizzle-orm';
import {
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

/**
 * A pairing programme's cohort: people from one country paired one-to-one with counterparts abroad
 * (the seeds' apprenticeship). Run by an organisation; its owners and admins manage it.
 */
export const pairingCohorts = pgTable(
  'pairing_cohorts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    country: text('country').notNull(),
    status: text('status').notNull().default('draft'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pairing_cohorts_org_idx').on(t.organisationId)],
);

/** Who is in the cohort (side "cohort") and who is in the pool of counterparts abroad (side "pool"). */
export const pairingParticipants = pgTable(
  'pairing_participants',
  {
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => pairingCohorts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    side: text('side').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.userId] })],
);

/** One pair: proposed by the assignment, or set by the programme manager. */
export const pairingPairs = pgTable(
  'pairing_pairs',
  {
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => pairingCohorts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    counterpartId: uuid('counterpart_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    reasons: jsonb('reasons').$type<Record<string, unknown>>().notNull(),
    source: text('source').notNull().default('proposed'),
  },
  (t) => [
    primaryKey({ columns: [t.cohortId, t.personId] }),
    uniqueIndex('pairing_pairs_counterpart_uq').on(t.cohortId, t.counterpartId),
  ],
);
