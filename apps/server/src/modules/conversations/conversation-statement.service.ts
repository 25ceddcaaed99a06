import { pickText } from '@crossgov/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, forbidden, invalid, notFound, versionConflict } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { mailIn } from '../mail/mail-catalogue.ts';
import { lockSpaceAndRequire, type SpaceAccess } from '../spaces/space.access.ts';
import type { StatementStatus, StatementView } from './conversation.dto.ts';
import {
  findSettings,
  findStatement,
  listStatements,
  nextStatementId,
  type StatementRow,
} from './conversation.repo.ts';
import {
  type ConversationDeps,
  mayParticipate,
  requireConversation,
  settingsOf,
} from './conversation.service.ts';
import { conversationStatements } from './conversation.table.ts';
import { ensureParticipant, profileCountry, recordVote } from './conversation-participant.ts';

function statementView(row: StatementRow, actor: Actor | null): StatementView {
  return {
    id: row.id,
    text: row.text,
    language: row.language,
    status: row.status as StatementStatus,
    moderationReason: row.moderationReason,
    isSeed: row.isSeed,
    isMeta: row.isMeta,
    mine: actor !== null && row.authorId === actor.userId,
    version: row.version,
    createdAt: iso(row.createdAt),
  };
}

/** Managers see every statement; others the accepted ones and their own (with a rejection's reason). */
export async function listConversationStatements(
  db: Database,
  actor: Actor | null,
  slug: string,
  status: StatementStatus | undefined,
) {
  const access = await requireConversation(db, slug, actor);
  const rows = await listStatements(db, access.space.id);
  const visible = rows.filter(
    (row) =>
      access.permissions.manage ||
      row.status === 'accepted' ||
      (actor !== null && row.authorId === actor.userId),
  );
  return {
    items: visible.filter((row) => !status || row.status === status).map((row) => statementView(row, actor)),
  };
}

async function checkNotDuplicate(tx: Queryable, spaceId: string, text: string): Promise<void> {
  const [same] = await tx
    .select({ id: conversationStatements.id })
    .from(conversationStatements)
    .where(
      and(
        eq(conversationStatements.spaceId, spaceId),
        sql`lower(${conversationStatements.text}) = lower(${text})`,
      ),
    )
    .limit(1);
  if (same)
    throw conflict('This statement is already in the conversation.', [
      { field: 'body.text', message: `same text as statement ${same.id}` },
    ]);
}

/**
 * Managers add seed statements (accepted at once, even while the conversation is closed); participants add
 * statements that wait for a moderator when pre-moderation is on. As in Polis, an author agrees with their own
 * statement: the vote is recorded with it.
 */
export async function addStatement(
  deps: ConversationDeps,
  anyActor: Actor | null,
  slug: string,
  input: { text: string; language: string; isMeta?: boolean | undefined },
): Promise<StatementView> {
  const { db } = deps;
  const actor = signedIn(anyActor, 'Sign in to add a statement.');
  const found = await requireConversation(db, slug, actor);
  const manager = found.permissions.manage;
  const settings = settingsOf(found, await findSettings(db, found.space.id));
  if (!manager && !settings.isOpen) throw conflict('This conversation is closed.');
  if (!manager && !mayParticipate(found, settings, actor))
    throw forbidden('You may not take part in this conversation.');
  if (input.isMeta && !manager) throw forbidden('Only the conversation’s managers mark statements as meta.');
  const country = manager ? null : await profileCountry(db, actor.userId);
  const status: StatementStatus = manager || !settings.preModeration ? 'accepted' : 'pending';
  const row = await db.transaction(async (tx) => {
    const access = await lockSpaceAndRequire(tx, found.space.id, actor, 'view');
    await checkNotDuplicate(tx, access.space.id, input.text);
    const id = await nextStatementId(tx, access.space.id);
    const [inserted] = await tx
      .insert(conversationStatements)
      .values({
        spaceId: access.space.id,
        id,
        text: input.text,
        language: input.language,
        authorId: actor.userId,
        isSeed: manager,
        isMeta: input.isMeta ?? false,
        status,
      })
      .returning();
    if (!inserted) throw new Error('insert returned nothing');
    if (!manager) {
      const participant = await ensureParticipant(tx, access.space.id, actor.userId, country);
      await recordVote(tx, access.space.id, participant.id, id, 1);
    }
    await recordAudit(tx, {
      actor,
      action: 'conversation.statement_added',
      entityType: 'conversation_statement',
      entityId: `${access.space.id}/${id}`,
      spaceId: access.space.id,
      after: inserted,
    });
    return inserted;
  });
  if (!manager) deps.scheduler.notify(found.space.id);
  return statementView(row, actor);
}

/** A participant hears when a moderator accepts or rejects their statement (with the reason). */
async function tellAuthor(
  tx: Queryable,
  access: SpaceAccess,
  statement: StatementRow,
  publicUrl: string,
): Promise<void> {
  if (!statement.authorId || statement.isSeed) return;
  const [author] = await tx
    .select({ email: users.email, language: users.language })
    .from(users)
    .where(eq(users.id, statement.authorId))
    .limit(1);
  if (!author) return;
  const about = {
    conversation: pickText(access.space.titles, author.language),
    statement: statement.text,
    link: `${publicUrl}/spaces/${access.space.slug}`,
  };
  const mail =
    statement.status === 'accepted'
      ? mailIn(author.language, 'statementAccepted', about)
      : mailIn(author.language, 'statementRejected', { ...about, reason: statement.moderationReason ?? '' });
  await enqueueMail(tx, { to: author.email, ...mail });
}

export async function moderateStatement(
  deps: ConversationDeps,
  actor: Actor | null,
  slug: string,
  statementId: number,
  input: { status: 'accepted' | 'rejected'; reason?: string | undefined; version: number },
): Promise<StatementView> {
  const { db } = deps;
  if (input.status === 'rejected' && !input.reason)
    throw invalid('Say why the statement is rejected; its author sees the reason.', [
      { field: 'body.reason', message: 'required when rejecting' },
    ]);
  const found = await requireConversation(db, slug, actor, 'manage');
  const row = await db.transaction(async (tx) => {
    const access = await lockSpaceAndRequire(tx, found.space.id, actor, 'manage');
    const before = await findStatement(tx, access.space.id, statementId);
    if (!before) throw notFound(`Statement ${statementId}`);
    if (before.version !== input.version) throw versionConflict('The statement', before.version);
    const [after] = await tx
      .update(conversationStatements)
      .set({
        status: input.status,
        moderationReason: input.status === 'rejected' ? (input.reason ?? null) : null,
        moderatedBy: actor?.userId ?? null,
        moderatedAt: new Date(),
        version: before.version + 1,
      })
      .where(
        and(eq(conversationStatements.spaceId, access.space.id), eq(conversationStatements.id, statementId)),
      )
      .returning();
    if (!after) throw notFound(`Statement ${statementId}`);
    if (before.status !== after.status) await tellAuthor(tx, access, after, deps.publicUrl);
    await recordAudit(tx, {
      actor,
      action: 'conversation.statement_moderated',
      entityType: 'conversation_statement',
      entityId: `${access.space.id}/${statementId}`,
      spaceId: access.space.id,
      before,
      after,
    });
    return after;
  });
  // Moderation changes the math (a rejected statement is zeroed out), so the map is recomputed.
  deps.scheduler.notify(found.space.id);
  return statementView(row, actor);
}
