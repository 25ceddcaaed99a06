import { and, asc, count, eq, isNotNull, max } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { spaces } from '../spaces/space.table.ts';
import { DEFAULT_SETTINGS } from './budget.model.ts';
import {
  budgetBallots,
  budgetDeliveryUpdates,
  budgetProjects,
  budgetResults,
  budgetSettings,
} from './budget.table.ts';

export type BudgetProjectRow = typeof budgetProjects.$inferSelect;

/** The stored settings, or the defaults (version 1) for a budget nobody has configured yet. */
export async function findSettings(db: Queryable, spaceId: string) {
  const [row] = await db.select().from(budgetSettings).where(eq(budgetSettings.spaceId, spaceId));
  return row ?? { spaceId, settings: DEFAULT_SETTINGS, version: 1, updatedAt: null, stored: false as const };
}

export function projectRows(db: Queryable, spaceId: string) {
  return db
    .select()
    .from(budgetProjects)
    .where(eq(budgetProjects.spaceId, spaceId))
    .orderBy(asc(budgetProjects.number));
}

export async function findProject(db: Queryable, spaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(budgetProjects)
    .where(and(eq(budgetProjects.spaceId, spaceId), eq(budgetProjects.id, id)));
  return row;
}

/**
 * Changes a project only if it is still at the version the caller read; returns the new row, or undefined when
 * someone changed it meanwhile (the caller answers 409). The version is raised by one.
 */
export async function updateProjectAtVersion(
  db: Queryable,
  spaceId: string,
  id: string,
  version: number,
  changes: Partial<typeof budgetProjects.$inferInsert>,
) {
  const [row] = await db
    .update(budgetProjects)
    .set({ ...changes, version: version + 1 })
    .where(
      and(
        eq(budgetProjects.spaceId, spaceId),
        eq(budgetProjects.id, id),
        eq(budgetProjects.version, version),
      ),
    )
    .returning();
  return row;
}

export async function nextProjectNumber(db: Queryable, spaceId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(budgetProjects.number) })
    .from(budgetProjects)
    .where(eq(budgetProjects.spaceId, spaceId));
  return (row?.last ?? 0) + 1;
}

export function ballotRows(db: Queryable, spaceId: string) {
  return db
    .select({
      residence: budgetBallots.residence,
      projectIds: budgetBallots.projectIds,
      points: budgetBallots.points,
    })
    .from(budgetBallots)
    .where(eq(budgetBallots.spaceId, spaceId))
    .orderBy(asc(budgetBallots.castAt), asc(budgetBallots.id));
}

export async function ballotOf(db: Queryable, spaceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(budgetBallots)
    .where(and(eq(budgetBallots.spaceId, spaceId), eq(budgetBallots.userId, userId)));
  return row;
}

export async function countsOf(db: Queryable, spaceId: string) {
  const [projects] = await db
    .select({ n: count() })
    .from(budgetProjects)
    .where(eq(budgetProjects.spaceId, spaceId));
  const [ballots] = await db
    .select({ n: count() })
    .from(budgetBallots)
    .where(eq(budgetBallots.spaceId, spaceId));
  return { projects: projects?.n ?? 0, ballots: ballots?.n ?? 0 };
}

export function deliveryUpdateRows(db: Queryable, spaceId: string) {
  return db
    .select()
    .from(budgetDeliveryUpdates)
    .where(eq(budgetDeliveryUpdates.spaceId, spaceId))
    .orderBy(asc(budgetDeliveryUpdates.happenedOn), asc(budgetDeliveryUpdates.createdAt));
}

export async function findResults(db: Queryable, spaceId: string) {
  const [row] = await db.select().from(budgetResults).where(eq(budgetResults.spaceId, spaceId));
  return row;
}

/** Slugs of the workspaces that funded projects became. */
export function initiativeSlugs(db: Queryable, spaceId: string) {
  return db
    .select({ projectId: budgetProjects.id, slug: spaces.slug })
    .from(budgetProjects)
    .innerJoin(spaces, eq(spaces.id, budgetProjects.initiativeSpaceId))
    .where(and(eq(budgetProjects.spaceId, spaceId), isNotNull(budgetProjects.initiativeSpaceId)));
}
