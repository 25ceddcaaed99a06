import type { ContributionState, IdeaStatus, TranslationProvenance } from '@crossgov/shared';
import { iso } from '../../lib/schemas.ts';
import type { CommentView, IdeaSummaryView, TranslationView } from './consultation.dto.ts';
import type { consultationComments, consultationTranslations } from './consultation.table.ts';
import type { commentRows, IdeaRow, translationRows } from './idea.repo.ts';

type TranslationRow = Awaited<ReturnType<typeof translationRows>>[number];
type CommentRow = Awaited<ReturnType<typeof commentRows>>['rows'][number];

/** An author or translator as shown: null once the account is gone. */
export const person = (userId: string | null, displayName: string | null) =>
  userId && displayName ? { userId, displayName } : null;

export function toTranslationView({ translation, translatorName }: TranslationRow): TranslationView {
  return {
    id: translation.id,
    language: translation.language,
    title: translation.title,
    body: translation.body,
    provenance: translation.official ? 'official' : (translation.provenance as TranslationProvenance),
    provider: translation.provider,
    translator: person(translation.translatorId, translatorName),
    official: translation.official,
    createdAt: iso(translation.createdAt),
  };
}

/** Translations grouped by the contribution they translate. */
export function translationsById(rows: TranslationRow[]): Map<string, TranslationView[]> {
  const grouped = new Map<string, TranslationView[]>();
  for (const row of rows) {
    const list = grouped.get(row.translation.contributionId) ?? [];
    list.push(toTranslationView(row));
    grouped.set(row.translation.contributionId, list);
  }
  return grouped;
}

/** A hidden contribution shows only the moderators' reason, except to managers. */
function shownText<T>(row: { state: string }, manager: boolean, value: T): T | null {
  return row.state === 'hidden' && !manager ? null : value;
}

export function toIdeaSummary(
  row: IdeaRow,
  translations: Map<string, TranslationView[]>,
  manager: boolean,
): IdeaSummaryView {
  const { idea } = row;
  return {
    id: idea.id,
    language: idea.language,
    title: shownText(idea, manager, idea.title),
    body: shownText(idea, manager, idea.body),
    state: idea.state as ContributionState,
    hiddenReason: idea.hiddenReason,
    author: person(idea.authorId, row.authorName),
    createdAt: iso(idea.createdAt),
    translations: shownText(idea, manager, translations.get(idea.id) ?? []) ?? [],
    status: idea.status as IdeaStatus | null,
    supportCount: row.supportCount,
    commentCount: row.commentCount,
    supportedByMe: row.supportedByMe,
    withdrawnAt: idea.withdrawnAt ? iso(idea.withdrawnAt) : null,
    version: idea.version,
  };
}

export function toCommentView(
  { comment, authorName }: CommentRow,
  translations: Map<string, TranslationView[]>,
  manager: boolean,
): CommentView {
  return {
    id: comment.id,
    parentId: comment.parentId,
    language: comment.language,
    body: shownText(comment, manager, comment.body),
    state: comment.state as ContributionState,
    hiddenReason: comment.hiddenReason,
    author: person(comment.authorId, authorName),
    createdAt: iso(comment.createdAt),
    version: comment.version,
    editedAt: comment.editedAt ? iso(comment.editedAt) : null,
    translations: shownText(comment, manager, translations.get(comment.id) ?? []) ?? [],
  };
}

export type CommentRecord = typeof consultationComments.$inferSelect;
export type TranslationRecord = typeof consultationTranslations.$inferSelect;
