import type { Multilingual } from '@crossgov/shared';
import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
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
import type { BudgetSettings, StoredResults } from './budget.model.ts';

/** One budget per space of kind `budget`: its process, pledges, phases, voting method and rule. */
export const budgetSettings = pgTable('budget_settings', {
  spaceId: uuid('space_id')
    .primaryKey()
    .references(() => spaces.id, { onDelete: 'cascade' }),
  settings: jsonb('settings').$type<BudgetSettings>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A project proposed for the budget; only feasible ones go to the ballot. Costs in whole budget-currency units. */
export const budgetProjects = pgTable(
  'budget_projects',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    /** Short public number, also the project_id in .pb exports. */
    number: integer('number').notNull(),
    titles: jsonb('titles').$type<Multilingual>().notNull(),
    descriptions: jsonb('descriptions').$type<Multilingual>().notNull(),
    cost: integer('cost').notNull(),
    category: text('category'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    jurisdiction: text('jurisdiction').notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    /** pending | feasible | not_feasible */
    feasibility: text('feasibility').notNull().default('pending'),
    feasibilityReason: text('feasibility_reason'),
    /** After results: planned | in_progress | delivered | cancelled (funded projects only). */
    deliveryStatus: text('delivery_status'),
    initiativeSpaceId: uuid('initiative_space_id').references(() => spaces.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.id] }),
    index('budget_projects_number_idx').on(t.spaceId, t.number),
  ],
);

/**
 * One ballot per person per budget (user_id), or an imported ballot from a past vote (user_id null, label from
 * the file). The declared residence is stored with the ballot.
 */
export const budgetBallots = pgTable(
  'budget_ballots',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    importedLabel: text('imported_label'),
    residence: text('residence').notNull(),
    /** Project ids, in preference order for ranking ballots. */
    projectIds: uuid('project_ids').array().notNull(),
    /** Points per project (cumulative ballots), same order as project_ids. */
    points: integer('points').array(),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.id] }),
    // One ballot per person per budget; imported ballots have no person (nulls are distinct).
    uniqueIndex('budget_ballots_user_uq').on(t.spaceId, t.userId),
  ],
);

/** Computed once by a manager after voting closes, published later; public GETs only read this row. */
export const budgetResults = pgTable('budget_results', {
  spaceId: uuid('space_id')
    .primaryKey()
    .references(() => spaces.id, { onDelete: 'cascade' }),
  results: jsonb('results').$type<StoredResults>().notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  computedBy: uuid('computed_by').references(() => users.id, { onDelete: 'set null' }),
  publishedAt: timestamp('published_at', { withTimezone: true }),
});

/** Dated public updates on a funded project's delivery. */
export const budgetDeliveryUpdates = pgTable(
  'budget_delivery_updates',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    projectId: uuid('project_id').notNull(),
    status: text('status').notNull(),
    note: text('note').notNull(),
    happenedOn: date('happened_on').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.spaceId, t.id] }),
    index('budget_delivery_project_idx').on(t.spaceId, t.projectId),
  ],
);
