import type { Statement, Vote } from '@crossgov/deliberation';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import {
  conversationParticipants,
  conversationResults,
  conversationSettings,
  conversationStatements,
  conversationVotes,
} from './conversation.table.ts';
import type { AnalysisOutcome } from './conversation-analysis.worker.ts';
import type { AnalysisRun } from './conversation-results.ts';

export type SettingsRow = typeof conversationSettings.$inferSelect;
export type StatementRow = typeof conversationStatements.$inferSelect;
export type ParticipantRow = typeof conversationParticipants.$inferSelect;

/** Engine moderation: accepted statements are in (1), pending ones unmoderated (0), rejected ones out (-1). */
export function engineModeration(status: string): -1 | 0 | 1 {
  if (status === 'accepted') return 1;
  if (status === 'rejected') return -1;
  return 0;
}

export async function findSettings(db: Queryable, spaceId: string): Promise<SettingsRow | undefined> {
  const [row] = await db
    .select()
    .from(conversationSettings)
    .where(eq(conversationSettings.spaceId, spaceId))
    .limit(1);
  return row;
}

export function listStatements(db: Queryable, spaceId: string): Promise<StatementRow[]> {
  return db
    .select()
    .from(conversationStatements)
    .where(eq(conversationStatements.spaceId, spaceId))
    .orderBy(asc(conversationStatements.id));
}

export async function findStatement(
  db: Queryable,
  spaceId: string,
  id: number,
): Promise<StatementRow | undefined> {
  const [row] = await db
    .select()
    .from(conversationStatements)
    .where(and(eq(conversationStatements.spaceId, spaceId), eq(conversationStatements.id, id)))
    .limit(1);
  return row;
}

/** The next free statement id (callers hold the space lock, so two inserts never pick the same one). */
export async function nextStatementId(tx: Queryable, spaceId: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${conversationStatements.id}) + 1, 0)::int` })
    .from(conversationStatements)
    .where(eq(conversationStatements.spaceId, spaceId));
  return row?.next ?? 0;
}

export async function nextParticipantId(tx: Queryable, spaceId: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${conversationParticipants.id}) + 1, 0)::int` })
    .from(conversationParticipants)
    .where(eq(conversationParticipants.spaceId, spaceId));
  return row?.next ?? 0;
}

export async function findParticipant(
  db: Queryable,
  spaceId: string,
  userId: string,
): Promise<ParticipantRow | undefined> {
  const [row] = await db
    .select()
    .from(conversationParticipants)
    .where(and(eq(conversationParticipants.spaceId, spaceId), eq(conversationParticipants.userId, userId)))
    .limit(1);
  return row;
}

/** The statement ids a participant has voted on. */
export async function votedStatementIds(db: Queryable, spaceId: string, participantId: number) {
  const rows = await db
    .select({ id: conversationVotes.statementId })
    .from(conversationVotes)
    .where(and(eq(conversationVotes.spaceId, spaceId), eq(conversationVotes.participantId, participantId)));
  return new Set(rows.map((row) => row.id));
}

export async function countVotes(db: Queryable, spaceId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(conversationVotes)
    .where(eq(conversationVotes.spaceId, spaceId));
  return row?.count ?? 0;
}

/** Every vote in Polis's export sign, oldest first. */
export async function engineVotes(db: Queryable, spaceId: string): Promise<Vote[]> {
  const rows = await db
    .select()
    .from(conversationVotes)
    .where(eq(conversationVotes.spaceId, spaceId))
    .orderBy(asc(conversationVotes.votedAt), asc(conversationVotes.participantId));
  return rows.map((row) => ({
    participantId: String(row.participantId),
    commentId: String(row.statementId),
    vote: Math.sign(row.vote) as -1 | 0 | 1,
    timestamp: row.votedAt.getTime(),
  }));
}

export function engineStatements(rows: StatementRow[]): Statement[] {
  return rows.map((row) => ({
    commentId: String(row.id),
    text: row.text,
    moderated: engineModeration(row.status),
    isMeta: row.isMeta,
    ...(row.importedAuthor !== null ? { authorId: String(row.importedAuthor) } : {}),
  }));
}

export function listParticipants(db: Queryable, spaceId: string): Promise<ParticipantRow[]> {
  return db
    .select()
    .from(conversationParticipants)
    .where(eq(conversationParticipants.spaceId, spaceId))
    .orderBy(asc(conversationParticipants.id));
}

/** Everything one recompute needs, read in one snapshot. */
export async function loadAnalysisRun(db: Database, spaceId: string): Promise<Omit<AnalysisRun, 'memory'>> {
  return db.transaction(async (tx) => {
    const [votes, statements, participants] = await Promise.all([
      engineVotes(tx, spaceId),
      listStatements(tx, spaceId),
      listParticipants(tx, spaceId),
    ]);
    return {
      votes,
      statements: engineStatements(statements).map(({ text: _text, ...statement }) => statement),
      countries: participants.flatMap((p) =>
        p.country ? [[String(p.id), p.country] as [string, string]] : [],
      ),
    };
  });
}

export async function findResults(db: Queryable, spaceId: string) {
  const [row] = await db
    .select()
    .from(conversationResults)
    .where(eq(conversationResults.spaceId, spaceId))
    .limit(1);
  return row;
}

export async function resultsVersion(db: Queryable, spaceId: string): Promise<number> {
  const [row] = await db
    .select({ version: conversationResults.version })
    .from(conversationResults)
    .where(eq(conversationResults.spaceId, spaceId))
    .limit(1);
  return row?.version ?? 0;
}

/** Stores a recompute as the next version (the version only ever rises, whichever process wrote it). */
export async function saveResults(
  db: Queryable,
  spaceId: string,
  outcome: AnalysisOutcome & { votes: number },
): Promise<void> {
  await db
    .insert(conversationResults)
    .values({
      spaceId,
      version: 1,
      votes: outcome.votes,
      seconds: outcome.seconds,
      results: outcome.results,
    })
    .onConflictDoUpdate({
      target: conversationResults.spaceId,
      set: {
        version: sql`${conversationResults.version} + 1`,
        votes: outcome.votes,
        seconds: outcome.seconds,
        results: outcome.results,
        computedAt: sql`now()`,
      },
    });
}

/** Conversations with votes but no stored results (seeded or imported before a restart). */
export async function conversationsWithoutResults(db: Queryable): Promise<string[]> {
  const rows = await db.execute(sql`select distinct v.space_id as "spaceId" from conversation_votes v
    where not exists (select 1 from conversation_results r where r.space_id = v.space_id)`);
  return (rows as unknown as { rows: { spaceId: string }[] }).rows.map((row) => row.spaceId);
}
