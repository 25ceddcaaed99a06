import { PbParseError, parsePb, writePb } from '@crossgov/budgeting';
import { pickText } from '@crossgov/shared';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { votingClosed } from './budget.model.ts';
import { ballotRows, findResults, findSettings, projectRows } from './budget.repo.ts';
import { requireBudget } from './budget.service.ts';
import { budgetResults } from './budget.table.ts';
import { importPbRows } from './budget-import.ts';
import { budgetInstance, computeResults, VOTE_TYPE_OF } from './budget-pb.ts';

/** Managers compute the results once voting has closed; the outcome is stored, never recomputed on a read. */
export async function computeBudgetResults(db: Database, actor: Actor | null, slug: string) {
  const access = await requireBudget(db, slug, actor, 'manage');
  const spaceId = access.space.id;
  const { settings } = await findSettings(db, spaceId);
  if (!votingClosed(settings, new Date()))
    throw conflict('Results can be computed only after voting has closed.', [
      { field: 'phases.votingClose', message: 'voting has not closed yet' },
    ]);
  const existing = await findResults(db, spaceId);
  if (existing?.publishedAt) throw conflict('The results are already published.');
  const title = pickText(access.space.titles, 'en');
  const results = computeResults(
    settings,
    title,
    await projectRows(db, spaceId),
    await ballotRows(db, spaceId),
  );
  await db.transaction(async (tx) => {
    await tx
      .insert(budgetResults)
      .values({ spaceId, results, computedBy: actor?.userId ?? null })
      .onConflictDoUpdate({
        target: budgetResults.spaceId,
        set: { results, computedAt: new Date(), computedBy: actor?.userId ?? null },
      });
    await recordAudit(tx, {
      actor,
      action: 'budget.results_computed',
      entityType: 'budget',
      entityId: spaceId,
      spaceId,
      after: { rule: results.rule, selected: results.selected, voters: results.voters },
    });
  });
  return budgetResultsView(db, actor, slug);
}

export async function publishBudgetResults(db: Database, actor: Actor | null, slug: string) {
  const access = await requireBudget(db, slug, actor, 'manage');
  const spaceId = access.space.id;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(budgetResults)
      .set({ publishedAt: new Date() })
      .where(eq(budgetResults.spaceId, spaceId))
      .returning();
    if (!row) throw conflict('Compute the results before publishing them.');
    await recordAudit(tx, {
      actor,
      action: 'budget.results_published',
      entityType: 'budget',
      entityId: spaceId,
      spaceId,
      after: { selected: row.results.selected },
    });
  });
  return budgetResultsView(db, actor, slug);
}

/** Published results are public to everyone who can see the budget; unpublished ones only to its managers. */
export async function budgetResultsView(db: Database, actor: Actor | null, slug: string) {
  const access = await requireBudget(db, slug, actor);
  const row = await findResults(db, access.space.id);
  if (!row || (!row.publishedAt && !access.permissions.manage)) throw notFound('Results of this budget');
  return { ...row.results, computedAt: iso(row.computedAt), publishedAt: iso(row.publishedAt) };
}

/** The budget as a pabulib .pb file: feasible projects and every ballot under an anonymous voter id. */
export async function exportBudgetPb(db: Database, actor: Actor | null, slug: string): Promise<string> {
  const access = await requireBudget(db, slug, actor, 'manage');
  const spaceId = access.space.id;
  const { settings } = await findSettings(db, spaceId);
  const instance = budgetInstance(
    settings,
    pickText(access.space.titles, 'en'),
    await projectRows(db, spaceId),
    await ballotRows(db, spaceId),
  );
  return writePb(instance);
}

/**
 * Imports a .pb file into this budget to replay a past vote: its projects (feasible, costs in the budget
 * currency) and its ballots (anonymous, residence from a `residence`/`jurisdiction` column when it names a
 * host, else the first host). The file's vote type must match the budget's method. All or nothing.
 */
export async function importBudgetPb(db: Database, actor: Actor | null, slug: string, text: string) {
  const access = await requireBudget(db, slug, actor, 'manage');
  const spaceId = access.space.id;
  let instance: ReturnType<typeof parsePb>;
  try {
    instance = parsePb(text);
  } catch (error) {
    if (error instanceof PbParseError)
      throw invalid(`The .pb file cannot be read: ${error.message}`, [
        {
          field: 'body.pb',
          message: error.line > 0 ? `line ${error.line}: ${error.problem}` : error.problem,
        },
      ]);
    throw error;
  }
  const { settings } = await findSettings(db, spaceId);
  const expected = VOTE_TYPE_OF[settings.method.type];
  if (instance.voteType !== expected)
    throw invalid(`The file holds ${instance.voteType} ballots; this budget uses ${expected} voting.`, [
      { field: 'body.pb', message: `vote_type ${instance.voteType} does not match ${expected}` },
    ]);
  const [firstHost] = settings.hosts;
  if (!firstHost)
    throw invalid('Add a host jurisdiction before importing a vote.', [
      { field: 'hosts', message: 'no host jurisdiction' },
    ]);
  return importPbRows(db, actor, spaceId, settings, instance);
}
