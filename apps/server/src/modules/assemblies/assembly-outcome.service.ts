import type { Multilingual, ResponseStance } from '@crossgov/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound, unauthorized, versionConflict } from '../../lib/errors.ts';
import { rowsOf } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { lockAssembly, requireAssemblySpace } from './assembly.service.ts';
import { assemblyRecommendations, assemblyResponses } from './assembly.table.ts';

export interface RecommendationInput {
  titles: Multilingual;
  texts: Multilingual;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

/** Managers record what the assembly recommended and how its members voted. */
export async function createRecommendation(
  db: Database,
  actor: Actor | null,
  slug: string,
  input: RecommendationInput,
): Promise<{ id: string }> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  return db.transaction(async (tx) => {
    await lockAssembly(tx, access, actor);
    const [row] = await tx
      .insert(assemblyRecommendations)
      .values({ spaceId: access.space.id, ...input })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      actor,
      action: 'assembly.recommendation_created',
      entityType: 'assembly_recommendation',
      entityId: row.id,
      spaceId: access.space.id,
      after: row,
    });
    return { id: row.id };
  });
}

export async function updateRecommendation(
  db: Database,
  actor: Actor | null,
  slug: string,
  id: string,
  input: Partial<RecommendationInput> & { version: number },
): Promise<{ id: string; version: number }> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  return db.transaction(async (tx) => {
    await lockAssembly(tx, access, actor);
    const [before] = await tx
      .select()
      .from(assemblyRecommendations)
      .where(and(eq(assemblyRecommendations.spaceId, access.space.id), eq(assemblyRecommendations.id, id)));
    if (!before) throw notFound('Recommendation');
    if (before.version !== input.version) throw versionConflict('The recommendation', before.version);
    const { version, ...changes } = input;
    const [after] = await tx
      .update(assemblyRecommendations)
      .set({ ...changes, version: version + 1 })
      .where(and(eq(assemblyRecommendations.spaceId, access.space.id), eq(assemblyRecommendations.id, id)))
      .returning();
    await recordAudit(tx, {
      actor,
      action: 'assembly.recommendation_updated',
      entityType: 'assembly_recommendation',
      entityId: id,
      spaceId: access.space.id,
      before,
      after,
    });
    return { id, version: version + 1 };
  });
}

/**
 * A host organisation's official response, given by one of its owners or admins: the feedback loop. Only the
 * space's co-owner organisations are hosts; a second answer needs the version of the first (409 if stale).
 */
export async function respondToRecommendation(
  db: Database,
  actor: Actor | null,
  slug: string,
  recommendationId: string,
  organisationId: string,
  input: { stance: ResponseStance; reasons: Multilingual; version?: number | undefined },
): Promise<{ version: number }> {
  const access = await requireAssemblySpace(db, slug, actor);
  if (!actor) throw unauthorized();
  if (!access.ownerIds.includes(organisationId)) throw notFound('Host organisation');
  const roles = rowsOf<{ role: string }>(
    await db.execute(sql`select role from organisation_members
      where organisation_id = ${organisationId} and user_id = ${actor.userId}`),
  );
  if (!roles.some((row) => row.role === 'owner' || row.role === 'admin'))
    throw forbidden('Only the owners and admins of this host organisation can answer for it.');
  return db.transaction(async (tx) => {
    const [recommendation] = await tx
      .select({ id: assemblyRecommendations.id })
      .from(assemblyRecommendations)
      .where(
        and(
          eq(assemblyRecommendations.spaceId, access.space.id),
          eq(assemblyRecommendations.id, recommendationId),
        ),
      )
      .for('update');
    if (!recommendation) throw notFound('Recommendation');
    const key = and(
      eq(assemblyResponses.spaceId, access.space.id),
      eq(assemblyResponses.recommendationId, recommendationId),
      eq(assemblyResponses.organisationId, organisationId),
    );
    const [before] = await tx.select().from(assemblyResponses).where(key);
    if (before && before.version !== input.version) throw versionConflict('The response', before.version);
    const values = {
      stance: input.stance,
      reasons: input.reasons,
      respondedBy: actor.userId,
      updatedAt: new Date(),
    };
    const [after] = before
      ? await tx
          .update(assemblyResponses)
          .set({ ...values, version: before.version + 1 })
          .where(key)
          .returning()
      : await tx
          .insert(assemblyResponses)
          .values({ spaceId: access.space.id, recommendationId, organisationId, ...values })
          .returning();
    if (!after) throw new Error('response not written');
    await recordAudit(tx, {
      actor,
      action: 'assembly.response_recorded',
      entityType: 'assembly_response',
      entityId: recommendationId,
      spaceId: access.space.id,
      organisationId,
      before,
      after,
    });
    return { version: after.version };
  });
}
