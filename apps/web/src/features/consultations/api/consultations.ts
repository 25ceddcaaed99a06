import type { paths, Schemas } from '@crossgov/sdk';
import type { IdeaSort, IdeaStatus } from '@crossgov/shared';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export type Consultation = Schemas['Consultation'];
export type Idea = Schemas['Idea'];
export type IdeaDetail = Schemas['IdeaDetail'];
export type IdeaComment = Schemas['IdeaComment'];
export type ContributionTranslation = Schemas['ContributionTranslation'];
export type ModerationItem = Schemas['ModerationItem'];
export type SettingsInput = NonNullable<
  paths['/api/spaces/{slug}/consultation']['put']['requestBody']
>['content']['application/json'];
export type AnswerInput = NonNullable<
  paths['/api/spaces/{slug}/consultation/ideas/{id}/answers']['post']['requestBody']
>['content']['application/json'];

export const IDEAS_PAGE_SIZE = 20;
/** First-level comments (each with its replies) per "show more". */
export const COMMENT_THREADS_PAGE_SIZE = 20;

const keys = {
  all: (slug: string) => ['consultations', slug] as const,
  part: (slug: string, ...part: (string | number)[]) => ['consultations', slug, ...part] as const,
};

/** Every view of the consultation may change after any write (counts, statuses, the scoreboard). */
const refresh = (slug: string) => queryClient.invalidateQueries({ queryKey: keys.all(slug) });
const path = (slug: string) => ({ params: { path: { slug } } });
const ideaPath = (slug: string, id: string) => ({ params: { path: { slug, id } } });

export function useConsultation(slug: string) {
  return useQuery({
    queryKey: keys.part(slug, 'settings'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/consultation', path(slug))),
  });
}

export function useScoreboard(slug: string) {
  return useQuery({
    queryKey: keys.part(slug, 'scoreboard'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/consultation/scoreboard', path(slug))),
  });
}

export function useIdeas(
  slug: string,
  filter: { sort: IdeaSort; status: IdeaStatus | 'unanswered' | 'all'; offset: number },
) {
  const status = filter.status === 'all' ? undefined : filter.status;
  return useQuery({
    queryKey: keys.part(slug, 'ideas', filter.sort, filter.status, filter.offset),
    queryFn: () =>
      expectData(
        api.GET('/api/spaces/{slug}/consultation/ideas', {
          params: {
            path: { slug },
            query: { sort: filter.sort, status, offset: filter.offset, limit: IDEAS_PAGE_SIZE },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useIdea(slug: string, id: string) {
  return useQuery({
    queryKey: keys.part(slug, 'idea', id),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/consultation/ideas/{id}', ideaPath(slug, id))),
  });
}

/** An idea's comments, page after page of first-level comments with their replies, oldest first. */
export function useIdeaComments(slug: string, id: string) {
  return useInfiniteQuery({
    queryKey: keys.part(slug, 'idea', id, 'comments'),
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      expectData(
        api.GET('/api/spaces/{slug}/consultation/ideas/{id}/comments', {
          params: { path: { slug, id }, query: { limit: COMMENT_THREADS_PAGE_SIZE, offset: pageParam } },
        }),
      ),
    getNextPageParam: (lastPage, pages) => {
      const offset = pages.length * COMMENT_THREADS_PAGE_SIZE;
      return offset < lastPage.total ? offset : undefined;
    },
  });
}

export function useModerationQueue(slug: string) {
  return useQuery({
    queryKey: keys.part(slug, 'moderation'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/consultation/moderation', path(slug))),
  });
}

export function useUpdateSettings(slug: string) {
  return useMutation({
    mutationFn: (body: SettingsInput) =>
      expectData(api.PUT('/api/spaces/{slug}/consultation', { ...path(slug), body })),
    onSuccess: () => refresh(slug),
  });
}

export function useSubmitIdea(slug: string) {
  return useMutation({
    mutationFn: (body: { title: string; body: string; language: string }) =>
      expectData(api.POST('/api/spaces/{slug}/consultation/ideas', { ...path(slug), body })),
    onSuccess: () => refresh(slug),
  });
}

export function useComment(slug: string, id: string) {
  return useMutation({
    mutationFn: (body: { body: string; language: string; parentId?: string }) =>
      expectData(
        api.POST('/api/spaces/{slug}/consultation/ideas/{id}/comments', { ...ideaPath(slug, id), body }),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useEditIdea(slug: string, id: string) {
  return useMutation({
    mutationFn: (body: { title: string; body: string; version: number }) =>
      expectData(api.PATCH('/api/spaces/{slug}/consultation/ideas/{id}', { ...ideaPath(slug, id), body })),
    onSuccess: () => refresh(slug),
  });
}

export function useEditComment(slug: string, ideaId: string, commentId: string) {
  return useMutation({
    mutationFn: (body: { body: string; version: number }) =>
      expectData(
        api.PATCH('/api/spaces/{slug}/consultation/ideas/{id}/comments/{commentId}', {
          params: { path: { slug, id: ideaId, commentId } },
          body,
        }),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useWithdrawIdea(slug: string, id: string) {
  return useMutation({
    mutationFn: (version: number) =>
      expectData(
        api.POST('/api/spaces/{slug}/consultation/ideas/{id}/withdrawal', {
          ...ideaPath(slug, id),
          body: { version },
        }),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useSupport(slug: string, id: string) {
  return useMutation({
    mutationFn: (supported: boolean) =>
      expectData(
        supported
          ? api.PUT('/api/spaces/{slug}/consultation/ideas/{id}/support', ideaPath(slug, id))
          : api.DELETE('/api/spaces/{slug}/consultation/ideas/{id}/support', ideaPath(slug, id)),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useAnswer(slug: string, id: string) {
  return useMutation({
    mutationFn: (body: AnswerInput) =>
      expectData(
        api.POST('/api/spaces/{slug}/consultation/ideas/{id}/answers', { ...ideaPath(slug, id), body }),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useMachineTranslation(slug: string, contributionId: string) {
  return useMutation({
    mutationFn: (language: string) =>
      expectData(
        api.POST('/api/spaces/{slug}/consultation/contributions/{id}/machine-translations', {
          ...ideaPath(slug, contributionId),
          body: { language },
        }),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useHumanTranslation(slug: string, contributionId: string) {
  return useMutation({
    mutationFn: (body: { language: string; title?: string; body: string }) =>
      expectData(
        api.POST('/api/spaces/{slug}/consultation/contributions/{id}/translations', {
          ...ideaPath(slug, contributionId),
          body,
        }),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useMakeOfficial(slug: string) {
  return useMutation({
    mutationFn: (translationId: string) =>
      expectData(
        api.POST('/api/spaces/{slug}/consultation/translations/{id}/official', ideaPath(slug, translationId)),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useFlag(slug: string, contributionId: string) {
  return useMutation({
    mutationFn: (reason: string) =>
      expectSuccess(
        api.POST('/api/spaces/{slug}/consultation/contributions/{id}/flags', {
          ...ideaPath(slug, contributionId),
          body: { reason },
        }),
      ),
    onSuccess: () => refresh(slug),
  });
}

export function useModerate(slug: string) {
  return useMutation({
    mutationFn: (input: {
      contributionId: string;
      action: 'approve' | 'hide' | 'restore';
      reason?: string;
    }) =>
      expectData(
        api.POST('/api/spaces/{slug}/consultation/contributions/{id}/moderation', {
          ...ideaPath(slug, input.contributionId),
          body: { action: input.action, ...(input.reason ? { reason: input.reason } : {}) },
        }),
      ),
    onSuccess: () => refresh(slug),
  });
}
