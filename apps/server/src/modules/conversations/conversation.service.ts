import type { Multilingual } from '@crossgov/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, forbidden, invalid, notFound, versionConflict } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { lockSpaceAndRequire, requireSpace, type SpaceAccess } from '../spaces/space.access.ts';
import type { SpacePermissions } from '../spaces/space.policy.ts';
import type { ConversationView, StatementStatus, StatementView } from './conversation.dto.ts';
import {
  countVotes,
  findParticipant,
  findSettings,
  findStatement,
  listStatements,
  nextStatementId,
  resultsVersion,
  type SettingsRow,
  type StatementRow,
  votedStatementIds,
} from './conversation.repo.ts';
import {
  conversationParticipants,
  conversationSettings,
  conversationStatements,
} from './conversation.table.ts';
import type { ConversationAnalysisScheduler } from './conversation-analysis.scheduler.ts';
import { ensureParticipant, profileCountry, recordVote } from './conversation-participant.ts';

export interface ConversationDeps {
  db: Database;
  scheduler: ConversationAnalysisScheduler;
}

/** A conversation is a space of kind `conversation`; any other kind answers 404 on these routes. */
export async function requireConversation(
  db: Database,
  slug: string,
  actor: Actor | null,
  permission: keyof SpacePermissions = 'view',
): Promise<SpaceAccess> {
  const access = await requireSpace(db, slug, actor, permission);
  if (access.space.kind !== 'conversation') throw notFound(`Conversation "${slug}"`);
  return access;
}

export interface Settings {
  topics: Multilingual;
  descriptions: Multilingual;
  isOpen: boolean;
  preModeration: boolean;
  version: number;
}

/** A conversation nobody has edited yet: its topic is the space's title, open, without pre-moderation. */
export function settingsOf(access: SpaceAccess, row: SettingsRow | undefined): Settings {
  if (row) return row;
  return {
    topics: access.space.titles,
    descriptions: access.space.descriptions ?? {},
    isOpen: true,
    preModeration: false,
    version: 1,
  };
}

/** Who may vote and add statements: anyone signed in who may view the space, while it is open. */
export function mayParticipate(access: SpaceAccess, settings: Settings, actor: Actor | null): boolean {
  return actor !== null && access.permissions.view && settings.isOpen;
}

export function mayExport(access: SpaceAccess): boolean {
  return access.permissions.manage || access.space.visibility === 'public';
}

export async function requireParticipation(db: Database, slug: string, anyActor: Actor | null) {
  const actor = signedIn(anyActor, 'Sign in to take part in the conversation.');
  const access = await requireConversation(db, slug, actor);
  const settings = settingsOf(access, await findSettings(db, access.space.id));
  if (!settings.isOpen) throw conflict('This conversation is closed.');
  if (!mayParticipate(access, settings, actor))
    throw forbidden('You may not take part in this conversation.');
  return { access, settings, actor };
}

export async function getConversation(
  db: Database,
  actor: Actor | null,
  slug: string,
): Promise<ConversationView> {
  const access = await requireConversation(db, slug, actor);
  const spaceId = access.space.id;
  const [row, statements, votes, version, participant, participants] = await Promise.all([
    findSettings(db, spaceId),
    listStatements(db, spaceId),
    countVotes(db, spaceId),
    resultsVersion(db, spaceId),
    actor ? findParticipant(db, spaceId, actor.userId) : undefined,
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(conversationParticipants)
      .where(eq(conversationParticipants.spaceId, spaceId)),
  ]);
  const settings = settingsOf(access, row);
  const accepted = statements.filter((s) => s.status === 'accepted').length;
  const voted = participant ? (await votedStatementIds(db, spaceId, participant.id)).size : 0;
  const manage = access.permissions.manage;
  return {
    slug,
    topics: settings.topics,
    descriptions: settings.descriptions,
    isOpen: settings.isOpen,
    preModeration: settings.preModeration,
    version: settings.version,
    statementCount: accepted,
    pendingCount: manage ? statements.filter((s) => s.status === 'pending').length : 0,
    participantCount: participants[0]?.count ?? 0,
    voteCount: votes,
    resultsVersion: version,
    canManage: manage,
    canExport: mayExport(access),
    me: {
      canParticipate: mayParticipate(access, settings, actor),
      participant: participant?.id ?? null,
      votedCount: voted,
      statementCount: accepted,
      country: participant?.country ?? null,
      countrySource: (participant?.countrySource as 'profile' | 'asked' | 'import' | null) ?? null,
    },
  };
}

export interface SettingsInput {
  topics?: Multilingual | undefined;
  descriptions?: Multilingual | undefined;
  isOpen?: boolean | undefined;
  preModeration?: boolean | undefined;
  version: number;
}

export async function updateConversation(
  db: Database,
  actor: Actor | null,
  slug: string,
  input: SettingsInput,
): Promise<ConversationView> {
  const found = await requireConversation(db, slug, actor, 'manage');
  await db.transaction(async (tx) => {
    const access = await lockSpaceAndRequire(tx, found.space.id, actor, 'manage');
    const row = await findSettings(tx, access.space.id);
    const before = settingsOf(access, row);
    if (before.version !== input.version) throw versionConflict('The conversation', before.version);
    const after = {
      topics: input.topics ?? before.topics,
      descriptions: input.descriptions ?? before.descriptions,
      isOpen: input.isOpen ?? before.isOpen,
      preModeration: input.preModeration ?? before.preModeration,
      version: before.version + 1,
      updatedAt: new Date(),
    };
    await tx
      .insert(conversationSettings)
      .values({ spaceId: access.space.id, ...after })
      .onConflictDoUpdate({ target: conversationSettings.spaceId, set: after });
    await recordAudit(tx, {
      actor,
      action: 'conversation.updated',
      entityType: 'conversation',
      entityId: access.space.id,
      spaceId: access.space.id,
      before,
      after,
    });
  });
  return getConversation(db, actor, slug);
}

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
