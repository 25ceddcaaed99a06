import { IDEA_STATUSES, pickText } from '@crossgov/shared';
import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { requireConsultation } from './consultation.access.ts';
import { consultationIdeas } from './consultation.table.ts';

const COLUMNS = [
  'id',
  'submitted_at',
  'language',
  'title',
  'body',
  'state',
  'hidden_reason',
  'status',
  'status_reason',
  'first_answered_at',
  'supports',
  'comments',
] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Every idea with its moderation state, official status (and the latest reason, in the idea's language when
 * given), supports and published comments. Managers only: it includes ideas awaiting approval and hidden ones.
 * Authors are not named (the export is for analysis, not for contacting people).
 */
export async function exportIdeasCsv(db: Database, actor: Actor | null, slug: string): Promise<string> {
  const access = await requireConsultation(db, slug, actor, 'manage');
  const rows = await db
    .select({
      idea: consultationIdeas,
      supports: sql<number>`(select count(*)::int from consultation_supports s
        where s.space_id = consultation_ideas.space_id and s.idea_id = consultation_ideas.id)`,
      comments: sql<number>`(select count(*)::int from consultation_comments c
        where c.space_id = consultation_ideas.space_id and c.idea_id = consultation_ideas.id
          and c.state = 'published')`,
      reason: sql<Record<string, { text: string; provenance: 'original' }> | null>`(select a.reason
        from consultation_answers a where a.space_id = consultation_ideas.space_id
          and a.idea_id = consultation_ideas.id order by a.created_at desc limit 1)`,
    })
    .from(consultationIdeas)
    .where(eq(consultationIdeas.spaceId, access.space.id))
    .orderBy(asc(consultationIdeas.createdAt), asc(consultationIdeas.id));
  const lines = [COLUMNS.join(',')];
  for (const { idea, supports, comments, reason } of rows) {
    const status = IDEA_STATUSES.find((known) => known === idea.status) ?? null;
    lines.push(
      [
        idea.id,
        idea.createdAt.toISOString(),
        idea.language,
        idea.title,
        idea.body,
        idea.state,
        idea.hiddenReason,
        status,
        reason ? pickText(reason, idea.language) : null,
        idea.firstAnsweredAt?.toISOString() ?? null,
        supports,
        comments,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
