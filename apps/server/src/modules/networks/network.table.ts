import type { Multilingual } from '@crossgov/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tsvector } from '../../db/tsvector.ts';
import { users } from '../accounts/account.table.ts';
import { organisations } from '../organisations/organisation.table.ts';

/** A community of practice, a mini-lateral group of governments or a city network. */
export const networks = pgTable(
  'networks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    slug: text('slug').notNull().unique(),
    names: jsonb('names').$type<Multilingual>().notNull(),
    purposes: jsonb('purposes').$type<Multilingual>().notNull().default({}),
    kind: text('kind').notNull(),
    joinPolicy: text('join_policy').notNull().default('approval'),
    sdgs: smallint('sdgs').array().notNull().default(sql`'{}'::smallint[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    website: text('website'),
    isDemo: boolean('is_demo').notNull().default(false),
    searchVector: tsvector('search_vector'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('networks_search_idx').using('gin', t.searchVector)],
);

/** An organisation or a person in a network (exactly one of the two). */
export const networkMembers = pgTable(
  'network_members',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default('member'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('network_members_org_uq').on(t.networkId, t.organisationId),
    uniqueIndex('network_members_user_uq').on(t.networkId, t.userId),
    index('network_members_org_idx').on(t.organisationId),
    index('network_members_user_idx').on(t.userId),
    check('network_members_one_kind', sql`(organisation_id is null) <> (user_id is null)`),
  ],
);

/** A request to join, for a person or on behalf of an organisation, decided once by a coordinator. */
export const networkJoinRequests = pgTable(
  'network_join_requests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    message: text('message'),
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('network_join_requests_network_idx').on(t.networkId, t.status),
    check('network_join_requests_one_kind', sql`(organisation_id is null) <> (user_id is null)`),
  ],
);
