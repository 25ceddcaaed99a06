import { and, eq, ne, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, forbidden, notFound, versionConflict } from '../../lib/errors.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireConsultation, requireParticipant } from './consultation.access.ts';
import type { CommentView } from './consultation.dto.ts';
import { isOpen, settingsOf } from './consultation.service.ts';
import {
  consultationAnswers,
  consultationComments,
  consultationIdeas,
  consultationSupports,
  consultationTranslations,
} from './consultation.table.ts';
import { translationRows } from './idea.repo.ts';
import { ideaView } from './idea.service.ts';
import { toCommentView, translationsById } from './idea.view.ts';

/** An edit changed the original: its machine translations are stale. Returns their languages (for the audit). */
async function discardMachineTranslations(tx: Queryable, spaceId: string, contributionId: string) {
  const rows = await tx
    .delete(consultationTranslations)
    .where(
      and(
        eq(consultationTranslations.spaceId, spaceId),
        eq(consultationTranslations.contributionId, contributionId),
        eq(consultationTranslations.provenance, 'machine'),
      ),
    )
    .returning({ language: consultationTranslations.language });
  return rows.map((row) => row.language);
}

/** The author's own idea, locked for the change; anyone else gets 404 (they may not even see a pending idea). */
async function lockOwnIdea(tx: Queryable, spaceId: string, ideaId: string, actor: Actor | null) {
  const author = signedIn(actor, 'Sign in to change your idea.');
  const [idea] = await tx
    .select()
    .from(consultationIdeas)
    .where(and(eq(consultationIdeas.spaceId, spaceId), eq(consultationIdeas.id, ideaId)))
    .for('update');
  if (!idea || idea.authorId !== author.userId) throw notFound('Idea');
  return idea;
}

/**
 * The author edits their idea's title and body while the consultation is open, until it has an official answer
 * or a comment or support from someone else (then others answered the text as it was). Machine translations of
 * the old text are discarded; the next reader asks for a fresh one.
 */
export async function editIdea(
  db: Database,
  actor: Actor | null,
  slug: string,
  ideaId: string,
  input: { title: string; body: string; version: number },
) {
  const access = await requireConsultation(db, slug, actor);
  const spaceId = access.space.id;
  const settings = await settingsOf(db, access);
  await db.transaction(async (tx) => {
    const idea = await lockOwnIdea(tx, spaceId, ideaId, actor);
    if (idea.version !== input.version) throw versionConflict('This idea', idea.version);
    if (!isOpen(settings)) throw conflict('This consultation is not open: ideas can no longer be edited.');
    if (idea.withdrawnAt) throw conflict('You withdrew this idea: it can no longer be edited.');
    if (idea.state === 'hidden') throw conflict('A moderator hid this idea: it can no longer be edited.');
    const [answer] = await tx
      .select({ id: consultationAnswers.id })
      .from(consultationAnswers)
      .where(and(eq(consultationAnswers.spaceId, spaceId), eq(consultationAnswers.ideaId, ideaId)))
      .limit(1);
    if (answer || idea.status)
      throw conflict('The hosts answered this idea officially: it can no longer be edited.');
    const others = idea.authorId;
    const [comment] = await tx
      .select({ id: consultationComments.id })
      .from(consultationComments)
      .where(
        and(
          eq(consultationComments.spaceId, spaceId),
          eq(consultationComments.ideaId, ideaId),
          sql`${consultationComments.authorId} is distinct from ${others}::uuid`,
        ),
      )
      .limit(1);
    if (comment) throw conflict('Someone else commented on this idea: it can no longer be edited.');
    const [support] = await tx
      .select({ userId: consultationSupports.userId })
      .from(consultationSupports)
      .where(
        and(
          eq(consultationSupports.spaceId, spaceId),
          eq(consultationSupports.ideaId, ideaId),
          ne(consultationSupports.userId, others ?? ''),
        ),
      )
      .limit(1);
    if (support) throw conflict('Someone else supports this idea: it can no longer be edited.');
    await tx
      .update(consultationIdeas)
      .set({ title: input.title, body: input.body, version: idea.version + 1 })
      .where(and(eq(consultationIdeas.spaceId, spaceId), eq(consultationIdeas.id, ideaId)));
    const discarded = await discardMachineTranslations(tx, spaceId, ideaId);
    await recordAudit(tx, {
      actor,
      action: 'consultation.idea_edited',
      entityType: 'consultation_idea',
      entityId: ideaId,
      spaceId,
      before: { title: idea.title, body: idea.body, version: idea.version },
      after: {
        title: input.title,
        body: input.body,
        version: idea.version + 1,
        discardedMachineTranslations: discarded,
      },
    });
  });
  return ideaView(db, access, actor, ideaId);
}

/**
 * The author withdraws their idea (Decidim's "withdrawn"): it stays readable, marked withdrawn, takes no new
 * supports or answers, and leaves the scoreboard. Withdrawing cannot be undone.
 */
export async function withdrawIdea(
  db: Database,
  actor: Actor | null,
  slug: string,
  ideaId: string,
  input: { version: number },
) {
  const access = await requireConsultation(db, slug, actor);
  const spaceId = access.space.id;
  await db.transaction(async (tx) => {
    const idea = await lockOwnIdea(tx, spaceId, ideaId, actor);
    if (idea.version !== input.version) throw versionConflict('This idea', idea.version);
    if (idea.withdrawnAt) throw conflict('This idea is already withdrawn.');
    const withdrawnAt = new Date();
    await tx
      .update(consultationIdeas)
      .set({ withdrawnAt, version: idea.version + 1 })
      .where(and(eq(consultationIdeas.spaceId, spaceId), eq(consultationIdeas.id, ideaId)));
    await recordAudit(tx, {
      actor,
      action: 'consultation.idea_withdrawn',
      entityType: 'consultation_idea',
      entityId: ideaId,
      spaceId,
      before: { withdrawnAt: null, version: idea.version },
      after: { withdrawnAt: withdrawnAt.toISOString(), version: idea.version + 1 },
    });
  });
  return ideaView(db, access, actor, ideaId);
}

/**
 * The author edits their comment (also after the consultation closed, since comments stay open to discuss the
 * answers), unless a moderator hid it. It is marked edited; machine translations of the old text are discarded;
 * with pre-moderation on, the edited text waits for a moderator again (otherwise an approved comment could be
 * rewritten into anything). Someone else's comment: 403.
 */
export async function editComment(
  db: Database,
  actor: Actor | null,
  slug: string,
  ideaId: string,
  commentId: string,
  input: { body: string; version: number },
): Promise<CommentView> {
  const access = await requireConsultation(db, slug, actor);
  const author = requireParticipant(access, actor);
  const spaceId = access.space.id;
  const settings = await settingsOf(db, access);
  const commentWhere = and(eq(consultationComments.spaceId, spaceId), eq(consultationComments.id, commentId));
  await db.transaction(async (tx) => {
    const [comment] = await tx.select().from(consultationComments).where(commentWhere).for('update');
    const mine = comment?.authorId === author.userId;
    const visible = comment && (mine || access.permissions.manage || comment.state !== 'pending');
    if (!comment || comment.ideaId !== ideaId || !visible) throw notFound('Comment');
    if (!mine) throw forbidden('Only its author can edit a comment.');
    if (comment.version !== input.version) throw versionConflict('This comment', comment.version);
    if (comment.state === 'hidden')
      throw conflict('A moderator hid this comment: it can no longer be edited.');
    if (comment.body === input.body) return;
    const state = settings.preModeration ? 'pending' : comment.state;
    await tx
      .update(consultationComments)
      .set({ body: input.body, state, version: comment.version + 1, editedAt: new Date() })
      .where(commentWhere);
    const discarded = await discardMachineTranslations(tx, spaceId, commentId);
    await recordAudit(tx, {
      actor,
      action: 'consultation.comment_edited',
      entityType: 'consultation_comment',
      entityId: commentId,
      spaceId,
      before: { body: comment.body, state: comment.state, version: comment.version },
      after: {
        body: input.body,
        state,
        version: comment.version + 1,
        discardedMachineTranslations: discarded,
      },
    });
  });
  const [row] = await db
    .select({ comment: consultationComments, authorName: users.displayName })
    .from(consultationComments)
    .leftJoin(users, eq(users.id, consultationComments.authorId))
    .where(commentWhere);
  if (!row) throw notFound('Comment');
  const translations = translationsById(await translationRows(db, spaceId, [commentId]));
  return toCommentView(row, translations, access.permissions.manage);
}
