import type { IdeaSort, IdeaStatus } from '@crossgov/shared';
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { users } from '../accounts/account.table.ts';
import {
  consultationAnswers,
  consultationComments,
  consultationIdeas,
  consultationSupports,
  consultationTranslations,
} from './consultation.table.ts';

/** Who reads: managers see everything; others see published and hidden items, and their own pending ones. */
export interface Reader {
  userId: string | null;
  manager: boolean;
}

function visibleTo(
  reader: Reader,
  table: typeof consultationIdeas | typeof consultationComments,
): SQL | undefined {
  if (reader.manager) return undefined;
  const shown = inArray(table.state, ['published', 'hidden']);
  return reader.userId ? or(shown, eq(table.authorId, reader.userId)) : shown;
}

const supportCount = sql<number>`(select count(*)::int from consultation_supports s
  where s.space_id = consultation_ideas.space_id and s.idea_id = consultation_ideas.id)`;
const commentCount = sql<number>`(select count(*)::int from consultation_comments c
  where c.space_id = consultation_ideas.space_id and c.idea_id = consultation_ideas.id and c.state = 'published')`;

function ideaColumns(readerId: string | null) {
  return {
    idea: consultationIdeas,
    authorName: users.displayName,
    supportCount,
    commentCount,
    supportedByMe: sql<boolean>`exists(select 1 from consultation_supports s
      where s.space_id = consultation_ideas.space_id and s.idea_id = consultation_ideas.id
        and s.user_id = ${readerId}::uuid)`,
  };
}

export type IdeaRow = Awaited<ReturnType<typeof findIdea>> & object;

export async function listIdeaRows(
  db: Queryable,
  spaceId: string,
  reader: Reader,
  filter: { sort: IdeaSort; status?: IdeaStatus | 'unanswered' | undefined; limit: number; offset: number },
) {
  const byStatus =
    filter.status === 'unanswered'
      ? isNull(consultationIdeas.status)
      : filter.status
        ? eq(consultationIdeas.status, filter.status)
        : undefined;
  const where = and(eq(consultationIdeas.spaceId, spaceId), visibleTo(reader, consultationIdeas), byStatus);
  const order =
    filter.sort === 'most_supported'
      ? [desc(supportCount), desc(consultationIdeas.createdAt)]
      : [desc(consultationIdeas.createdAt)];
  const [rows, [total]] = await Promise.all([
    db
      .select(ideaColumns(reader.userId))
      .from(consultationIdeas)
      .leftJoin(users, eq(users.id, consultationIdeas.authorId))
      .where(where)
      .orderBy(...order, asc(consultationIdeas.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(consultationIdeas).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findIdea(db: Queryable, spaceId: string, ideaId: string, reader: Reader) {
  const [row] = await db
    .select(ideaColumns(reader.userId))
    .from(consultationIdeas)
    .leftJoin(users, eq(users.id, consultationIdeas.authorId))
    .where(
      and(
        eq(consultationIdeas.spaceId, spaceId),
        eq(consultationIdeas.id, ideaId),
        visibleTo(reader, consultationIdeas),
      ),
    )
    .limit(1);
  return row;
}

/**
 * One page of an idea's comment threads, oldest first: `limit` first-level comments from `offset`, each with
 * all its visible replies (replies are one level deep). `total` counts the visible first-level comments.
 */
export async function commentRows(
  db: Queryable,
  spaceId: string,
  ideaId: string,
  reader: Reader,
  page: { limit: number; offset: number },
) {
  const visible = and(
    eq(consultationComments.spaceId, spaceId),
    eq(consultationComments.ideaId, ideaId),
    visibleTo(reader, consultationComments),
  );
  const threadsWhere = and(visible, isNull(consultationComments.parentId));
  const select = () =>
    db
      .select({ comment: consultationComments, authorName: users.displayName })
      .from(consultationComments)
      .leftJoin(users, eq(users.id, consultationComments.authorId));
  const [threads, [count]] = await Promise.all([
    select()
      .where(threadsWhere)
      .orderBy(asc(consultationComments.createdAt), asc(consultationComments.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(consultationComments).where(threadsWhere),
  ]);
  const replies = threads.length
    ? await select()
        .where(
          and(
            visible,
            inArray(
              consultationComments.parentId,
              threads.map((thread) => thread.comment.id),
            ),
          ),
        )
        .orderBy(asc(consultationComments.createdAt), asc(consultationComments.id))
    : [];
  const rows = threads.flatMap((thread) => [
    thread,
    ...replies.filter((reply) => reply.comment.parentId === thread.comment.id),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function translationRows(db: Queryable, spaceId: string, contributionIds: string[]) {
  if (contributionIds.length === 0) return [];
  return db
    .select({ translation: consultationTranslations, translatorName: users.displayName })
    .from(consultationTranslations)
    .leftJoin(users, eq(users.id, consultationTranslations.translatorId))
    .where(
      and(
        eq(consultationTranslations.spaceId, spaceId),
        inArray(consultationTranslations.contributionId, contributionIds),
      ),
    )
    .orderBy(asc(consultationTranslations.language), asc(consultationTranslations.createdAt));
}

export function answerRows(db: Queryable, spaceId: string, ideaId: string) {
  return db
    .select({ answer: consultationAnswers, answeredByName: users.displayName })
    .from(consultationAnswers)
    .leftJoin(users, eq(users.id, consultationAnswers.answeredBy))
    .where(and(eq(consultationAnswers.spaceId, spaceId), eq(consultationAnswers.ideaId, ideaId)))
    .orderBy(desc(consultationAnswers.createdAt));
}

/** Whom to tell about an answer, each with their language: the author and every supporter, once each. */
export async function authorAndSupporters(db: Queryable, spaceId: string, ideaId: string) {
  return db
    .select({ email: users.email, language: users.language })
    .from(users)
    .where(
      or(
        sql`${users.id} = (select author_id from consultation_ideas
          where space_id = ${spaceId}::uuid and id = ${ideaId}::uuid)`,
        inArray(
          users.id,
          db
            .select({ id: consultationSupports.userId })
            .from(consultationSupports)
            .where(and(eq(consultationSupports.spaceId, spaceId), eq(consultationSupports.ideaId, ideaId))),
        ),
      ),
    );
}
