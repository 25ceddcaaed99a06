import {
  CsvError,
  parseCommentsCsv,
  parseVotesCsv,
  type Statement,
  type Vote,
  writeCommentsCsv,
  writeParticipantsVotesCsv,
  writeVotesCsv,
} from '@crossgov/deliberation';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../lib/actor.ts';
import { conflict, forbidden, invalid } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { lockSpaceAndRequire } from '../spaces/space.access.ts';
import {
  engineStatements,
  engineVotes,
  findResults,
  listParticipants,
  listStatements,
} from './conversation.repo.ts';
import { type ConversationDeps, mayExport, requireConversation } from './conversation.service.ts';
import { conversationParticipants, conversationStatements, conversationVotes } from './conversation.table.ts';

export const EXPORT_FILES = ['comments.csv', 'votes.csv', 'participants-votes.csv'] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

/**
 * Polis's open-data files of a conversation. Managers get every statement; for a public conversation anyone
 * may download them, without the text of rejected statements. Participants appear only by number.
 */
export async function exportConversation(
  deps: ConversationDeps,
  actor: Actor | null,
  slug: string,
  file: ExportFile,
): Promise<string> {
  const access = await requireConversation(deps.db, slug, actor);
  if (!mayExport(access)) throw forbidden('Only the conversation’s managers may export it.');
  const spaceId = access.space.id;
  const [votes, rows, participants] = await Promise.all([
    engineVotes(deps.db, spaceId),
    listStatements(deps.db, spaceId),
    listParticipants(deps.db, spaceId),
  ]);
  if (file === 'votes.csv') return writeVotesCsv(votes);
  if (file === 'participants-votes.csv') {
    const results = await findResults(deps.db, spaceId);
    const groupOf = new Map(
      (results?.results.points ?? []).flatMap((p) =>
        p.group === null ? [] : [[String(p.participant), p.group]],
      ),
    );
    return writeParticipantsVotesCsv(votes, groupOf as Map<string, number>);
  }
  const participantOf = new Map(participants.flatMap((p) => (p.userId ? [[p.userId, p.id]] : [])));
  const statements = engineStatements(rows).map((statement, index) => {
    const row = rows[index];
    const author = row?.importedAuthor ?? (row?.authorId ? participantOf.get(row.authorId) : undefined);
    const hidden = statement.moderated === -1 && !access.permissions.manage;
    return {
      ...statement,
      authorId: author === undefined ? '' : String(author),
      text: hidden ? '' : statement.text,
    };
  });
  return writeCommentsCsv(statements, votes);
}

function csvProblem(error: unknown, field: string): never {
  if (error instanceof CsvError) throw invalid(error.message, [{ field, message: error.message }]);
  throw error;
}

function integerId(text: string, file: string, line: number, name: string): number {
  if (!/^\d{1,9}$/.test(text))
    throw invalid(`${file} line ${line}: ${name} must be a whole number, not "${text}"`, [
      { field: file === 'comments.csv' ? 'body.comments' : 'body.votes', message: `line ${line}: ${name}` },
    ]);
  return Number(text);
}

/** Parses and checks a Polis export; every problem names the file and the line. */
export function parsePolisExport(input: { comments: string; votes: string }): {
  statements: (Statement & { id: number; author: number | null })[];
  votes: (Vote & { participant: number; statement: number })[];
} {
  let comments: Statement[] = [];
  let votes: Vote[] = [];
  try {
    comments = parseCommentsCsv(input.comments, 'comments.csv');
  } catch (error) {
    csvProblem(error, 'body.comments');
  }
  try {
    votes = parseVotesCsv(input.votes, 'votes.csv');
  } catch (error) {
    csvProblem(error, 'body.votes');
  }
  // The parsers keep the record order; the header is line 1 (Polis's files hold no line breaks in ids).
  const statements = comments.map((statement, index) => ({
    ...statement,
    id: integerId(statement.commentId, 'comments.csv', index + 2, 'comment-id'),
    author: statement.authorId ? integerId(statement.authorId, 'comments.csv', index + 2, 'author-id') : null,
  }));
  const known = new Set(statements.map((s) => s.id));
  const seen = new Set<number>();
  for (const [index, s] of statements.entries()) {
    if (seen.has(s.id))
      throw invalid(`comments.csv line ${index + 2}: comment-id ${s.id} appears twice`, [
        { field: 'body.comments', message: `line ${index + 2}: duplicate comment-id` },
      ]);
    seen.add(s.id);
  }
  const parsed = votes.map((vote, index) => {
    const statement = integerId(vote.commentId, 'votes.csv', index + 2, 'comment-id');
    if (!known.has(statement))
      throw invalid(`votes.csv line ${index + 2}: comment-id ${statement} is not in comments.csv`, [
        { field: 'body.votes', message: `line ${index + 2}: unknown comment-id` },
      ]);
    return {
      ...vote,
      statement,
      participant: integerId(vote.participantId, 'votes.csv', index + 2, 'voter-id'),
    };
  });
  return { statements, votes: parsed };
}

/** The latest vote per participant and statement (equal times: the larger value, as the engine does). */
function latestVotes<T extends Vote & { participant: number; statement: number }>(votes: T[]): T[] {
  const latest = new Map<string, T>();
  for (const vote of votes) {
    const key = `${vote.participant}:${vote.statement}`;
    const previous = latest.get(key);
    if (
      !previous ||
      vote.timestamp > previous.timestamp ||
      (vote.timestamp === previous.timestamp && vote.vote > previous.vote)
    )
      latest.set(key, vote);
  }
  return [...latest.values()];
}

async function inChunks<T>(items: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += 1000) await write(items.slice(start, start + 1000));
}

/**
 * Imports a Polis export (comments.csv and votes.csv) into an empty conversation, so a past conversation can be
 * explored here; ids are kept. Everything is written in one transaction, or nothing.
 */
export async function importPolis(
  deps: ConversationDeps,
  actor: Actor | null,
  slug: string,
  input: { comments: string; votes: string; language: string },
) {
  const found = await requireConversation(deps.db, slug, actor, 'manage');
  const parsed = parsePolisExport(input);
  const votes = latestVotes(parsed.votes);
  const participantIds = [
    ...new Set([...votes.map((v) => v.participant), ...parsed.statements.flatMap((s) => s.author ?? [])]),
  ].sort((a, b) => a - b);
  const spaceId = found.space.id;
  await deps.db.transaction(async (tx) => {
    await lockSpaceAndRequire(tx, spaceId, actor, 'manage');
    const [statement] = await tx
      .select({ id: conversationStatements.id })
      .from(conversationStatements)
      .where(eq(conversationStatements.spaceId, spaceId))
      .limit(1);
    const [participant] = await tx
      .select({ id: conversationParticipants.id })
      .from(conversationParticipants)
      .where(eq(conversationParticipants.spaceId, spaceId))
      .limit(1);
    if (statement || participant)
      throw conflict('Import into a new conversation: this one already has statements or participants.');
    await inChunks(parsed.statements, (chunk) =>
      tx.insert(conversationStatements).values(
        chunk.map((s) => ({
          spaceId,
          id: s.id,
          text: s.text ?? '',
          language: input.language,
          importedAuthor: s.author,
          status: s.moderated === -1 ? 'rejected' : 'accepted',
          moderationReason: s.moderated === -1 ? 'Moderated out in the Polis export' : null,
        })),
      ),
    );
    await inChunks(participantIds, (chunk) =>
      tx.insert(conversationParticipants).values(chunk.map((id) => ({ spaceId, id }))),
    );
    await inChunks(votes, (chunk) =>
      tx.insert(conversationVotes).values(
        chunk.map((v) => ({
          spaceId,
          participantId: v.participant,
          statementId: v.statement,
          vote: v.vote,
          votedAt: new Date(v.timestamp),
        })),
      ),
    );
    await recordAudit(tx, {
      actor,
      action: 'conversation.imported',
      entityType: 'conversation',
      entityId: spaceId,
      spaceId,
      after: {
        statements: parsed.statements.length,
        participants: participantIds.length,
        votes: votes.length,
      },
    });
  });
  deps.scheduler.notify(spaceId, true);
  return { statements: parsed.statements.length, participants: participantIds.length, votes: votes.length };
}
