import type { IdeaSort, IdeaStatus } from '@crossgov/shared';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import type { SpaceAccess } from '../spaces/space.access.ts';
import { checkNewAccountBudget, requireConsultation, requireParticipant } from './consultation.access.ts';
import { COMMENT_THREADS_PAGE, type IdeaView } from './consultation.dto.ts';
import { isOpen, settingsOf } from './consultation.service.ts';
import { consultationComments, consultationIdeas, consultationSupports } from './consultation.table.ts';
import {
  answerRows,
  commentRows,
  findIdea,
  listIdeaRows,
  type Reader,
  translationRows,
} from './idea.repo.ts';
import { person, toCommentView, toIdeaSummary, translationsById } from './idea.view.ts';

const readerOf = (access: SpaceAccess, actor: Actor | null): Reader => ({
  userId: actor?.userId ?? null,
  manager: access.permissions.manage,
});

export async function listIdeas(
  db: Database,
  actor: Actor | null,
  slug: string,
  query: { sort: IdeaSort; status?: IdeaStatus | 'unanswered' | undefined; limit: number; offset: number },
) {
  const access = await requireConsultation(db, slug, actor);
  const reader = readerOf(access, actor);
  const { rows, total } = await listIdeaRows(db, access.space.id, reader, query);
  const translations = translationsById(
    await translationRows(
      db,
      access.space.id,
      rows.map((row) => row.idea.id),
    ),
  );
  return { items: rows.map((row) => toIdeaSummary(row, translations, reader.manager)), total };
}

export async function ideaView(db: Database, access: SpaceAccess, actor: Actor | null, ideaId: string) {
  const reader = readerOf(access, actor);
  const row = await findIdea(db, access.space.id, ideaId, reader);
  if (!row) throw notFound('Idea');
  const [{ rows: comments, total: commentThreads }, answers] = await Promise.all([
    commentRows(db, access.space.id, ideaId, reader, { limit: COMMENT_THREADS_PAGE, offset: 0 }),
    answerRows(db, access.space.id, ideaId),
  ]);
  const translations = translationsById(
    await translationRows(db, access.space.id, [ideaId, ...comments.map((c) => c.comment.id)]),
  );
  const view: IdeaView = {
    ...toIdeaSummary(row, translations, reader.manager),
    comments: comments.map((comment) => toCommentView(comment, translations, reader.manager)),
    commentThreads,
    answers: answers.map(({ answer, answeredByName }) => ({
      id: answer.id,
      status: answer.status as IdeaStatus,
      reason: answer.reason,
      answeredBy: person(answer.answeredBy, answeredByName),
      createdAt: answer.createdAt.toISOString(),
    })),
  };
  return view;
}

export async function getIdea(db: Database, actor: Actor | null, slug: string, ideaId: string) {
  const access = await requireConsultation(db, slug, actor);
  return ideaView(db, access, actor, ideaId);
}

/** A page of an idea's comment threads (first-level comments with their replies), oldest first. */
export async function listComments(
  db: Database,
  actor: Actor | null,
  slug: string,
  ideaId: string,
  page: { limit: number; offset: number },
) {
  const access = await requireConsultation(db, slug, actor);
  const reader = readerOf(access, actor);
  if (!(await findIdea(db, access.space.id, ideaId, reader))) throw notFound('Idea');
  const { rows, total } = await commentRows(db, access.space.id, ideaId, reader, page);
  const translations = translationsById(
    await translationRows(
      db,
      access.space.id,
      rows.map((row) => row.comment.id),
    ),
  );
  return { items: rows.map((row) => toCommentView(row, translations, reader.manager)), total };
}

function requireOpen(open: boolean, what: string) {
  if (!open) throw conflict(`This consultation is not open for ${what} now.`);
}

/** A signed-in participant submits an idea while the consultation is open; with pre-moderation it waits. */
export async function submitIdea(
  db: Database,
  actor: Actor | null,
  slug: string,
  input: { title: string; body: string; language: string },
) {
  const access = await requireConsultation(db, slug, actor);
  const author = requireParticipant(access, actor);
  const settings = await settingsOf(db, access);
  requireOpen(isOpen(settings), 'new ideas');
  const id = await db.transaction(async (tx) => {
    await checkNewAccountBudget(tx, author.userId, 'idea');
    const [row] = await tx
      .insert(consultationIdeas)
      .values({
        spaceId: access.space.id,
        authorId: author.userId,
        ...input,
        state: settings.preModeration ? 'pending' : 'published',
      })
      .returning({ id: consultationIdeas.id });
    if (!row) throw new Error('insert returned nothing');
    return row.id;
  });
  return ideaView(db, access, actor, id);
}

/** Comments stay possible after the window closes (to discuss the answers); replies are one level deep. */
export async function addComment(
  db: Database,
  actor: Actor | null,
  slug: string,
  ideaId: string,
  input: { body: string; language: string; parentId?: string | undefined },
) {
  const access = await requireConsultation(db, slug, actor);
  const author = requireParticipant(access, actor);
  const idea = await findIdea(db, access.space.id, ideaId, readerOf(access, actor));
  if (!idea) throw notFound('Idea');
  if (idea.idea.state !== 'published') throw conflict('Only published ideas take comments.');
  const settings = await settingsOf(db, access);
  if (settings.opensAt && settings.opensAt > new Date()) requireOpen(false, 'comments');
  if (input.parentId) {
    const [parent] = await db
      .select()
      .from(consultationComments)
      .where(
        and(eq(consultationComments.spaceId, access.space.id), eq(consultationComments.id, input.parentId)),
      )
      .limit(1);
    if (!parent || parent.ideaId !== ideaId)
      throw invalid('The comment to reply to is not on this idea.', [
        { field: 'body.parentId', message: 'unknown comment' },
      ]);
    if (parent.parentId)
      throw invalid('Replies are one level deep: reply to the first comment instead.', [
        { field: 'body.parentId', message: 'is itself a reply' },
      ]);
  }
  await db.transaction(async (tx) => {
    await checkNewAccountBudget(tx, author.userId, 'comment');
    await tx.insert(consultationComments).values({
      spaceId: access.space.id,
      ideaId,
      parentId: input.parentId ?? null,
      authorId: author.userId,
      body: input.body,
      language: input.language,
      state: settings.preModeration ? 'pending' : 'published',
    });
  });
  return ideaView(db, access, actor, ideaId);
}

/** One support per person, while the consultation is open; supporting twice changes nothing. */
export async function setSupport(
  db: Database,
  actor: Actor | null,
  slug: string,
  ideaId: string,
  supported: boolean,
) {
  const access = await requireConsultation(db, slug, actor);
  const supporter = requireParticipant(access, actor);
  const reader = readerOf(access, actor);
  const idea = await findIdea(db, access.space.id, ideaId, reader);
  if (!idea) throw notFound('Idea');
  if (idea.idea.state !== 'published') throw conflict('Only published ideas can be supported.');
  if (supported && idea.idea.withdrawnAt)
    throw conflict('Its author withdrew this idea: it takes no supports.');
  requireOpen(isOpen(await settingsOf(db, access)), 'supports');
  const key = { spaceId: access.space.id, ideaId, userId: supporter.userId };
  if (supported) await db.insert(consultationSupports).values(key).onConflictDoNothing();
  else
    await db
      .delete(consultationSupports)
      .where(
        and(
          eq(consultationSupports.spaceId, key.spaceId),
          eq(consultationSupports.ideaId, ideaId),
          eq(consultationSupports.userId, key.userId),
        ),
      );
  const after = await findIdea(db, access.space.id, ideaId, reader);
  return { supportCount: after?.supportCount ?? 0, supportedByMe: after?.supportedByMe ?? false };
}
