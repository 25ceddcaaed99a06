import type { SpaceVisibility } from '@crossgov/shared';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { createSpace } from '../spaces/space.service.ts';
import type { deliveryIn } from './budget.dto.ts';
import { findProject, findResults } from './budget.repo.ts';
import { listBudgetProjects, requireBudget } from './budget.service.ts';
import { budgetDeliveryUpdates, budgetProjects } from './budget.table.ts';

type DeliveryIn = z.infer<typeof deliveryIn>;

/** A funded project of a budget whose results are published, or a 409 naming why not. */
async function requireFundedProject(db: Database, spaceId: string, projectId: string) {
  const project = await findProject(db, spaceId, projectId);
  if (!project) throw notFound('Project');
  const results = await findResults(db, spaceId);
  if (!results?.publishedAt) throw conflict('Delivery is tracked once the results are published.');
  if (!results.results.selected.includes(projectId)) throw conflict('Only funded projects are delivered.');
  return project;
}

async function projectView(db: Database, actor: Actor | null, slug: string, projectId: string) {
  const { items } = await listBudgetProjects(db, actor, slug);
  const found = items.find((item) => item.id === projectId);
  if (!found) throw notFound('Project');
  return found;
}

/** Managers post dated public updates on a funded project; the latest sets its delivery status. */
export async function addDeliveryUpdate(
  db: Database,
  actor: Actor | null,
  slug: string,
  projectId: string,
  input: DeliveryIn,
) {
  const access = await requireBudget(db, slug, actor, 'manage');
  const spaceId = access.space.id;
  const project = await requireFundedProject(db, spaceId, projectId);
  await db.transaction(async (tx) => {
    const [update] = await tx
      .insert(budgetDeliveryUpdates)
      .values({ spaceId, projectId, ...input, createdBy: actor?.userId ?? null })
      .returning();
    if (!update) throw new Error('insert returned nothing');
    await tx
      .update(budgetProjects)
      .set({ deliveryStatus: input.status, version: project.version + 1 })
      .where(and(eq(budgetProjects.spaceId, spaceId), eq(budgetProjects.id, projectId)));
    await recordAudit(tx, {
      actor,
      action: 'budget.delivery_updated',
      entityType: 'budget_project',
      entityId: projectId,
      spaceId,
      before: { status: project.deliveryStatus },
      after: update,
    });
  });
  return projectView(db, actor, slug, projectId);
}

/**
 * "It can become an initiative": a funded project gets its own workspace, co-owned by the budget's owner
 * organisations (those the manager does not administer receive a co-ownership request), linked from the project.
 */
export async function makeInitiative(
  db: Database,
  actor: Actor | null,
  slug: string,
  projectId: string,
  publicUrl: string,
) {
  const access = await requireBudget(db, slug, actor, 'manage');
  const spaceId = access.space.id;
  const project = await requireFundedProject(db, spaceId, projectId);
  if (project.initiativeSpaceId) throw conflict('This project already has its own workspace.');
  const created = await createSpace(
    db,
    actor,
    {
      kind: 'workspace',
      slug: `${access.space.slug}-p${project.number}`.slice(0, 80),
      titles: project.titles,
      descriptions: Object.keys(project.descriptions).length > 0 ? project.descriptions : undefined,
      visibility: access.space.visibility as SpaceVisibility,
      ownerOrganisationIds: access.ownerIds,
    },
    publicUrl,
  );
  await db.transaction(async (tx) => {
    await tx
      .update(budgetProjects)
      .set({ initiativeSpaceId: created.id, version: project.version + 1 })
      .where(and(eq(budgetProjects.spaceId, spaceId), eq(budgetProjects.id, projectId)));
    await recordAudit(tx, {
      actor,
      action: 'budget.initiative_created',
      entityType: 'budget_project',
      entityId: projectId,
      spaceId,
      after: { initiativeSpaceId: created.id, slug: created.slug },
    });
  });
  return projectView(db, actor, slug, projectId);
}
