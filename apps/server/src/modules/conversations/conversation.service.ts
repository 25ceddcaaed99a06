import type { Multilingual } from '@crossgov/shared';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, forbidden, versionConflict } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { lockSpaceAndRequire, requireSpaceOfKind, type SpaceAccess } from '../spaces/space.access.ts';
import type { SpacePermissions } from '../spaces/space.policy.ts';
import type { ConversationView } from './conversation.dto.ts';
import {
  countVotes,
  findParticipant,
  findSettings,
  listStatements,
  resultsVersion,
  type SettingsRow,
  votedStatementIds,
} from './conversation.repo.ts';
import { conversationParticipants, conversationSettings } from './conversation.table.ts';
import type { ConversationAnalysisScheduler } from './conversation-analysis.scheduler.ts';

export interface ConversationDeps {
  db: Database;
  scheduler: ConversationAnalysisScheduler;
  /** The address e-mailed links start with. */
  publicUrl: string;
}

/** A conversation is a space of kind `conversation`; any other kind answers 404 on these routes. */
export async function requireConversation(
  db: Database,
  slug: string,
  actor: Actor | null,
  permission: keyof SpacePermissions = 'view',
): Promise<SpaceAccess> {
  return requireSpaceOfKind(db, slug, actor, 'conversation', 'Conversation', permission);
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

/** Who may vote and add statements: the space's participants (see space.policy.ts), while it is open. */
export function mayParticipate(access: SpaceAccess, settings: Settings, actor: Actor | null): boolean {
  return actor !== null && access.permissions.participate && settings.isOpen;
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
