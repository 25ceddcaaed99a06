import type { PbInstance } from '@crossgov/budgeting';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { invalid } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { lockSpace } from '../spaces/space.access.ts';
import { type BudgetSettings, hostOfResidence } from './budget.model.ts';
import { nextProjectNumber } from './budget.repo.ts';
import { budgetBallots, budgetProjects } from './budget.table.ts';

function coordinate(text: string | undefined, limit: number): number | null {
  if (!text) return null;
  const value = Number(text);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

/** Writes the projects and ballots of a parsed .pb file into a budget, in one transaction. */
export async function importPbRows(
  db: Database,
  actor: Actor | null,
  spaceId: string,
  settings: BudgetSettings,
  instance: PbInstance,
) {
  const firstHost = settings.hosts[0]?.jurisdiction ?? '';
  const hosts = new Set(settings.hosts.map((host) => host.jurisdiction));
  const nonInteger = instance.projects.findIndex(
    (project) => !Number.isInteger(project.cost) || project.cost < 0,
  );
  if (nonInteger >= 0)
    throw invalid('Project costs must be whole amounts.', [
      {
        field: 'body.pb',
        message: `project ${instance.projects[nonInteger]?.id}: cost is not a whole number`,
      },
    ]);
  return db.transaction(async (tx) => {
    await lockSpace(tx, spaceId);
    let number = await nextProjectNumber(tx, spaceId);
    const idOf = new Map<string, string>();
    for (const project of instance.projects) {
      const name = project.fields.name || project.fields.title || `Project ${project.id}`;
      const served = project.fields.jurisdiction ?? '';
      const latitude = coordinate(project.fields.latitude, 90);
      const longitude = coordinate(project.fields.longitude, 180);
      const [row] = await tx
        .insert(budgetProjects)
        .values({
          spaceId,
          number: number++,
          titles: { und: { text: name.slice(0, 2000), provenance: 'original' } },
          descriptions: {},
          cost: project.cost,
          category: project.fields.category || null,
          latitude: latitude !== null && longitude !== null ? latitude : null,
          longitude: latitude !== null && longitude !== null ? longitude : null,
          jurisdiction: hosts.has(served) ? served : firstHost,
          proposedBy: actor?.userId ?? null,
          feasibility: 'feasible',
          feasibilityReason: `Imported from a .pb file (project_id ${project.id})`,
        })
        .returning({ id: budgetProjects.id });
      if (!row) throw new Error('insert returned nothing');
      idOf.set(project.id, row.id);
    }
    const ballots = instance.ballots.map((ballot) => {
      const declared = ballot.fields.residence || ballot.fields.jurisdiction || '';
      return {
        spaceId,
        userId: null,
        importedLabel: ballot.voterId,
        residence: hostOfResidence(settings, declared) ? declared : firstHost,
        projectIds: ballot.projects.map((id) => idOf.get(id) ?? ''),
        points: ballot.points,
      };
    });
    for (let start = 0; start < ballots.length; start += 1000)
      await tx.insert(budgetBallots).values(ballots.slice(start, start + 1000));
    await recordAudit(tx, {
      actor,
      action: 'budget.imported',
      entityType: 'budget',
      entityId: spaceId,
      spaceId,
      after: { projects: instance.projects.length, ballots: ballots.length },
    });
    return { projects: instance.projects.length, ballots: ballots.length };
  });
}
