import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { forbidden, invalid } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ballotIn } from './budget.dto.ts';
import { ballotProblems, hostOfResidence, potOf, votingOpen } from './budget.model.ts';
import { ballotOf, findSettings, projectRows } from './budget.repo.ts';
import { requireBudget } from './budget.service.ts';
import { budgetBallots } from './budget.table.ts';

type BallotIn = z.infer<typeof ballotIn>;

function toBallotView(row: {
  residence: string;
  projectIds: string[];
  points: number[] | null;
  castAt: Date;
}) {
  return {
    residence: row.residence,
    projectIds: row.projectIds,
    points: row.points,
    castAt: iso(row.castAt),
  };
}

export async function myBallot(db: Database, anyActor: Actor | null, slug: string) {
  const actor = signedIn(anyActor, 'Sign in to see your ballot.');
  const access = await requireBudget(db, slug, actor);
  const row = await ballotOf(db, access.space.id, actor.userId);
  return { ballot: row ? toBallotView(row) : null };
}

/**
 * Casts or replaces the actor's one ballot. The space's participants may vote (in a public budget anyone signed
 * in, no membership needed; see space.policy.ts) if their e-mail address is verified, they declare a residence in a host jurisdiction and the
 * voting phase is open; the ballot must fit the budget's method.
 */
export async function castBallot(db: Database, anyActor: Actor | null, slug: string, input: BallotIn) {
  const actor = signedIn(anyActor, 'Sign in to vote.');
  const access = await requireBudget(db, slug, actor, 'participate');
  if (!actor.emailVerified) throw forbidden('Confirm your e-mail address before you vote.');
  const spaceId = access.space.id;
  const { settings } = await findSettings(db, spaceId);
  if (!votingOpen(settings, new Date())) throw forbidden('Voting is not open for this budget.');
  if (!hostOfResidence(settings, input.residence))
    throw invalid('Only residents of a host jurisdiction may vote.', [
      { field: 'body.residence', message: 'not in a host jurisdiction' },
    ]);
  const projects = await projectRows(db, spaceId);
  const costOf = new Map(
    projects
      .filter((project) => project.feasibility === 'feasible')
      .map((project) => [project.id, project.cost]),
  );
  const problems = ballotProblems(settings.method, potOf(settings).total, input, costOf);
  if (problems.length > 0) throw invalid('This ballot does not fit the voting rules.', problems);
  const points = settings.method.type === 'cumulative' ? (input.points ?? null) : null;
  const row = await db.transaction(async (tx) => {
    const before = await ballotOf(tx, spaceId, actor.userId);
    const [stored] = await tx
      .insert(budgetBallots)
      .values({
        spaceId,
        userId: actor.userId,
        residence: input.residence,
        projectIds: input.projectIds,
        points,
      })
      .onConflictDoUpdate({
        target: [budgetBallots.spaceId, budgetBallots.userId],
        set: { residence: input.residence, projectIds: input.projectIds, points, castAt: sql`now()` },
      })
      .returning();
    if (!stored) throw new Error('upsert returned nothing');
    // The audit entry records that a ballot was cast or replaced, not what it says: the vote stays secret.
    await recordAudit(tx, {
      actor,
      action: 'budget.ballot_cast',
      entityType: 'budget_ballot',
      entityId: stored.id,
      spaceId,
      after: { replaced: before !== undefined },
    });
    return stored;
  });
  return { ballot: toBallotView(row) };
}
