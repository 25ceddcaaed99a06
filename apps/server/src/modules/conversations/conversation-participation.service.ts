import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { lockSpaceAndRequire } from '../spaces/space.access.ts';
import type { NextStatementView } from './conversation.dto.ts';
import {
  findParticipant,
  findResults,
  findStatement,
  listStatements,
  votedStatementIds,
} from './conversation.repo.ts';
import { type ConversationDeps, requireParticipation } from './conversation.service.ts';
import { conversationParticipants } from './conversation.table.ts';
import { ensureParticipant, profileCountry, recordVote } from './conversation-participant.ts';

/**
 * Polis's routing priority of a statement nobody has voted on yet: ((1 - p)(E + 1) a (1 + 8 * 2^0))^2 with
 * p = a = (0 + 1) / (0 + 2) and extremity E = 0 (the engine's `commentPriority` with empty tallies), so new
 * statements are shown early, as in Polis.
 */
export const UNSEEN_PRIORITY = (0.5 * 1 * 0.5 * 9) ** 2;

/**
 * Picks the next statement as Polis does: at random, weighted by the comment-routing priority of the latest
 * recompute, among the accepted statements the participant has not voted on (never one already voted on).
 */
export function pickNext(
  candidates: number[],
  priorities: Record<string, number>,
  random: () => number = Math.random,
): number | null {
  if (candidates.length === 0) return null;
  const weights = candidates.map((id) => Math.max(priorities[String(id)] ?? UNSEEN_PRIORITY, 1e-9));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random() * total;
  for (const [index, weight] of weights.entries()) {
    target -= weight;
    if (target < 0) return candidates[index] ?? null;
  }
  return candidates[candidates.length - 1] ?? null;
}

async function nextFor(
  db: Database,
  spaceId: string,
  participantId: number | null,
): Promise<NextStatementView> {
  const [statements, voted, results] = await Promise.all([
    listStatements(db, spaceId),
    participantId === null ? new Set<number>() : votedStatementIds(db, spaceId, participantId),
    findResults(db, spaceId),
  ]);
  const accepted = statements.filter((s) => s.status === 'accepted' && !s.isMeta);
  const candidates = accepted.filter((s) => !voted.has(s.id)).map((s) => s.id);
  const next = pickNext(candidates, results?.results.priorities ?? {});
  const statement = accepted.find((s) => s.id === next);
  return {
    statement: statement ? { id: statement.id, text: statement.text, language: statement.language } : null,
    votedCount: accepted.filter((s) => voted.has(s.id)).length,
    statementCount: accepted.length,
  };
}

export async function nextStatement(db: Database, actor: Actor | null, slug: string) {
  const { access, actor: person } = await requireParticipation(db, slug, actor);
  const participant = await findParticipant(db, access.space.id, person.userId);
  return nextFor(db, access.space.id, participant?.id ?? null);
}

/** Records a vote, asks for a recompute (off the request path) and answers with the next statement. */
export async function castVote(
  deps: ConversationDeps,
  actor: Actor | null,
  slug: string,
  input: { statementId: number; vote: -1 | 0 | 1 },
): Promise<NextStatementView> {
  const { db } = deps;
  const { access, actor: person } = await requireParticipation(db, slug, actor);
  const spaceId = access.space.id;
  const statement = await findStatement(db, spaceId, input.statementId);
  if (statement?.status !== 'accepted') throw notFound(`Statement ${input.statementId}`);
  const country = (await findParticipant(db, spaceId, person.userId))
    ? null
    : await profileCountry(db, person.userId);
  const participant = await db.transaction(async (tx) => {
    const row = await ensureParticipant(tx, spaceId, person.userId, country);
    await recordVote(tx, spaceId, row.id, input.statementId, input.vote);
    return row;
  });
  deps.scheduler.notify(spaceId);
  return nextFor(db, spaceId, participant.id);
}

/**
 * A participant without a country in their directory profile is asked once for it (ISO 3166 alpha-2), for the
 * country breakdown. It cannot be changed afterwards, so a map is not redrawn by someone hopping countries.
 */
export async function setCountry(deps: ConversationDeps, actor: Actor | null, slug: string, country: string) {
  const { db } = deps;
  const { access, actor: person } = await requireParticipation(db, slug, actor);
  const spaceId = access.space.id;
  const fromProfile = await profileCountry(db, person.userId);
  await db.transaction(async (tx) => {
    await lockSpaceAndRequire(tx, spaceId, person, 'view');
    const row = await ensureParticipant(tx, spaceId, person.userId, fromProfile);
    if (row.country)
      throw conflict('Your country for this conversation is already recorded.', [
        { field: 'body.country', message: `already ${row.country}` },
      ]);
    await tx
      .update(conversationParticipants)
      .set({ country, countrySource: 'asked' })
      .where(and(eq(conversationParticipants.spaceId, spaceId), eq(conversationParticipants.id, row.id)));
  });
  deps.scheduler.notify(spaceId);
}
