import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { DEMO_BUDGET_PROJECTS, DEMO_BUDGETS, KVARKEN_SETTINGS } from '../seed/demo-budgets.data.ts';
import { SeededRandom } from '../seed/seeded-random.ts';
import { spaceMembers, spaceOwners, spaces } from '../spaces/space.table.ts';
import { type BudgetSettings, potOf } from './budget.model.ts';
import {
  budgetBallots,
  budgetDeliveryUpdates,
  budgetProjects,
  budgetResults,
  budgetSettings,
} from './budget.table.ts';
import { computeResults } from './budget-pb.ts';

const HOUR = 3600_000;
const RESIDENCES = ['SE-AC', 'FI-12'] as const;

/**
 * Seeds the Kvarken demo budgets: one finished (results published, delivery under way) and one open for
 * voting, with anonymous demo ballots drawn from each project's support on either coast.
 */
export async function seedDemoBudgets(
  tx: Queryable,
  managerId: string | null,
  organisationIds: (slug: string) => string,
): Promise<void> {
  const now = Date.now();
  for (const demo of DEMO_BUDGETS) {
    const [space] = await tx
      .insert(spaces)
      .values({
        kind: 'budget',
        slug: demo.slug,
        titles: demo.titles,
        descriptions: demo.descriptions,
        visibility: 'public',
        isDemo: true,
        createdBy: managerId,
      })
      .returning();
    if (!space) throw new Error('insert returned nothing');
    const spaceId = space.id;
    await tx.insert(spaceOwners).values(
      demo.owners.map((slug, index) => ({
        spaceId,
        organisationId: organisationIds(slug),
        addedAt: new Date(now + index),
      })),
    );
    await recordAudit(tx, {
      actor: null,
      action: 'space.created',
      entityType: 'space',
      entityId: spaceId,
      spaceId,
      after: { ...space, owners: demo.owners },
    });
    if (managerId)
      await tx.insert(spaceMembers).values({
        spaceId,
        userId: managerId,
        role: 'manage',
        organisationId: organisationIds(demo.owners[0] ?? ''),
      });
    const phases = Object.fromEntries(
      Object.entries(demo.phases).map(([key, hours]) => [key, new Date(now + hours * HOUR).toISOString()]),
    ) as BudgetSettings['phases'];
    const settings: BudgetSettings = { ...KVARKEN_SETTINGS, phases };
    await tx.insert(budgetSettings).values({ spaceId, settings, version: 2 });
    const projects = await tx
      .insert(budgetProjects)
      .values(
        DEMO_BUDGET_PROJECTS.map((project, index) => ({
          spaceId,
          number: index + 1,
          titles: project.titles,
          descriptions: project.descriptions,
          cost: project.cost,
          category: project.category,
          latitude: project.latitude,
          longitude: project.longitude,
          jurisdiction: project.jurisdiction,
          proposedBy: managerId,
          feasibility: project.feasible ? 'feasible' : 'not_feasible',
          feasibilityReason: project.reason ?? null,
        })),
      )
      .returning();
    projects.sort((a, b) => a.number - b.number);
    const random = new SeededRandom(demo.seed);
    const ballots = Array.from({ length: demo.ballots }, (_, index) => {
      const residence = RESIDENCES[index % 2] ?? 'SE-AC';
      const chosen = projects.filter((_project, position) => {
        const support = DEMO_BUDGET_PROJECTS[position]?.support[residence] ?? 0;
        return random.next() < support;
      });
      // Keep every basket within the pot, as the ballot page would.
      let left = potOf(settings).total;
      const basket = chosen.filter((project) => {
        if (project.cost > left) return false;
        left -= project.cost;
        return true;
      });
      const fallback = projects[index % 6];
      return {
        spaceId,
        userId: null,
        importedLabel: `demo-${index + 1}`,
        residence,
        projectIds: (basket.length > 0 ? basket : fallback ? [fallback] : []).map((project) => project.id),
        points: null,
        castAt: new Date(now + (demo.phases.votingOpen + 1) * HOUR + index * 1000),
      };
    });
    await tx.insert(budgetBallots).values(ballots);
    await recordAudit(tx, {
      actor: null,
      action: 'budget.imported',
      entityType: 'budget',
      entityId: spaceId,
      spaceId,
      after: { demo: demo.slug, projects: projects.length, ballots: ballots.length },
    });
    if (!demo.publish) continue;
    const results = computeResults(settings, demo.slug, projects, ballots);
    await tx.insert(budgetResults).values({
      spaceId,
      results,
      computedBy: managerId,
      computedAt: new Date(now + demo.phases.votingClose * HOUR + HOUR),
      publishedAt: new Date(now + demo.phases.resultsOn * HOUR),
    });
    for (const update of demo.delivery) {
      const project = projects[update.project];
      if (!project || !results.selected.includes(project.id)) continue;
      const happenedOn = new Date(now - update.daysAgo * 24 * HOUR).toISOString().slice(0, 10);
      await tx.insert(budgetDeliveryUpdates).values({
        spaceId,
        projectId: project.id,
        status: update.status,
        note: update.note,
        happenedOn,
        createdBy: managerId,
      });
      await tx
        .update(budgetProjects)
        .set({ deliveryStatus: update.status })
        .where(eqProject(spaceId, project.id));
    }
  }
}

function eqProject(spaceId: string, id: string) {
  return and(eq(budgetProjects.spaceId, spaceId), eq(budgetProjects.id, id));
}
