import type { Multilingual } from '@crossgov/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { invalid, isUniqueViolation, versionConflict } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { SpaceAccess } from '../spaces/space.access.ts';
import { mayParticipate, requireConsultation } from './consultation.access.ts';
import type { ConsultationView } from './consultation.dto.ts';
import { consultationIdeas, consultationSettings } from './consultation.table.ts';
import { scoreboardOf } from './scoreboard.ts';
import type { TranslationProvider } from './translation-provider.ts';

export interface ConsultationSettings {
  question: Multilingual;
  opensAt: Date | null;
  closesAt: Date | null;
  preModeration: boolean;
  version: number;
}

/** A consultation nobody has set up yet asks its space's title, is open, and publishes at once. */
export async function settingsOf(db: Queryable, access: SpaceAccess): Promise<ConsultationSettings> {
  const [row] = await db
    .select()
    .from(consultationSettings)
    .where(eq(consultationSettings.spaceId, access.space.id))
    .limit(1);
  return (
    row ?? { question: access.space.titles, opensAt: null, closesAt: null, preModeration: false, version: 1 }
  );
}

export function isOpen(settings: ConsultationSettings, now = new Date()): boolean {
  if (settings.opensAt && settings.opensAt > now) return false;
  return !(settings.closesAt && settings.closesAt <= now);
}

function toView(
  access: SpaceAccess,
  actor: Actor | null,
  settings: ConsultationSettings,
  provider: TranslationProvider | null,
): ConsultationView {
  return {
    question: settings.question,
    opensAt: iso(settings.opensAt),
    closesAt: iso(settings.closesAt),
    preModeration: settings.preModeration,
    isOpen: isOpen(settings),
    mayParticipate: mayParticipate(access, actor),
    mayManage: access.permissions.manage,
    machineTranslation: provider ? { provider: provider.name } : null,
    version: settings.version,
  };
}

export async function getConsultation(
  db: Database,
  actor: Actor | null,
  slug: string,
  provider: TranslationProvider | null,
) {
  const access = await requireConsultation(db, slug, actor);
  return toView(access, actor, await settingsOf(db, access), provider);
}

export async function updateSettings(
  db: Database,
  actor: Actor | null,
  slug: string,
  input: {
    question: Multilingual;
    opensAt: string | null;
    closesAt: string | null;
    preModeration: boolean;
    version: number;
  },
  provider: TranslationProvider | null,
) {
  const access = await requireConsultation(db, slug, actor, 'manage');
  const opensAt = input.opensAt ? new Date(input.opensAt) : null;
  const closesAt = input.closesAt ? new Date(input.closesAt) : null;
  if (opensAt && closesAt && closesAt <= opensAt)
    throw invalid('The consultation must close after it opens.', [
      { field: 'body.closesAt', message: 'must be after opensAt' },
    ]);
  const values = { question: input.question, opensAt, closesAt, preModeration: input.preModeration };
  try {
    const settings = await db.transaction(async (tx) => {
      const before = await settingsOf(tx, access);
      if (before.version !== input.version) throw versionConflict('This consultation', before.version);
      const version = before.version + 1;
      const [row] =
        before.version === 1 && !(await hasSettingsRow(tx, access.space.id))
          ? await tx
              .insert(consultationSettings)
              .values({ spaceId: access.space.id, ...values, version })
              .returning()
          : await tx
              .update(consultationSettings)
              .set({ ...values, version, updatedAt: new Date() })
              .where(
                and(
                  eq(consultationSettings.spaceId, access.space.id),
                  eq(consultationSettings.version, input.version),
                ),
              )
              .returning();
      if (!row) throw versionConflict('This consultation', before.version);
      await recordAudit(tx, {
        actor,
        action: 'consultation.settings_updated',
        entityType: 'consultation',
        entityId: access.space.id,
        spaceId: access.space.id,
        before,
        after: row,
      });
      return row;
    });
    return toView(access, actor, settings, provider);
  } catch (error) {
    // Two first edits at once: the second insert meets the first one's row.
    if (isUniqueViolation(error)) throw versionConflict('This consultation', input.version + 1);
    throw error;
  }
}

async function hasSettingsRow(tx: Queryable, spaceId: string): Promise<boolean> {
  const [row] = await tx
    .select({ spaceId: consultationSettings.spaceId })
    .from(consultationSettings)
    .where(eq(consultationSettings.spaceId, spaceId))
    .for('update');
  return row !== undefined;
}

/**
 * The public scoreboard counts published ideas (not those awaiting approval, hidden by moderators, or withdrawn
 * by their authors: a withdrawn idea is no longer asking for an answer).
 */
export async function getScoreboard(db: Database, actor: Actor | null, slug: string) {
  const access = await requireConsultation(db, slug, actor);
  const ideas = await db
    .select({
      status: consultationIdeas.status,
      createdAt: consultationIdeas.createdAt,
      firstAnsweredAt: consultationIdeas.firstAnsweredAt,
    })
    .from(consultationIdeas)
    .where(
      and(
        eq(consultationIdeas.spaceId, access.space.id),
        eq(consultationIdeas.state, 'published'),
        isNull(consultationIdeas.withdrawnAt),
      ),
    );
  return scoreboardOf(ideas);
}
