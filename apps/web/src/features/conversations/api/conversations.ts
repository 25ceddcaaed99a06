import type { Schemas } from '@crossgov/sdk';
import type { Multilingual } from '@crossgov/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { expectData, expectSuccess } from '../../../lib/api-problem.ts';
import { queryClient } from '../../../lib/query-client.ts';

export type Conversation = Schemas['Conversation'];
export type ConversationStatement = Schemas['ConversationStatement'];
export type NextStatement = Schemas['NextStatement'];
export type VoteValue = 1 | 0 | -1;

/** How often the browser asks whether a newer opinion map exists (one small indexed read per poll). */
export const RESULTS_POLL_MS = 3000;

export const conversationKeys = {
  detail: (slug: string) => ['conversations', slug] as const,
  part: (slug: string, part: string) => ['conversations', slug, part] as const,
};
const path = (slug: string) => ({ params: { path: { slug } } });

export function refreshConversation(slug: string) {
  return queryClient.invalidateQueries({ queryKey: conversationKeys.detail(slug) });
}

export function useConversation(slug: string) {
  return useQuery({
    queryKey: conversationKeys.detail(slug),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/conversation', path(slug))),
  });
}

export function useStatements(slug: string) {
  return useQuery({
    queryKey: conversationKeys.part(slug, 'statements'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/conversation/statements', path(slug))),
  });
}

export function useNextStatement(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: conversationKeys.part(slug, 'next'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/conversation/next', path(slug))),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useVote(slug: string) {
  return useMutation({
    mutationFn: (body: { statementId: number; vote: VoteValue }) =>
      expectData(api.POST('/api/spaces/{slug}/conversation/votes', { ...path(slug), body })),
    onSuccess: (next) => {
      queryClient.setQueryData(conversationKeys.part(slug, 'next'), next);
      // The counts and "me" (participant number, country) change; the next statement must not be refetched.
      void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(slug), exact: true });
    },
  });
}

export function useSetCountry(slug: string) {
  return useMutation({
    mutationFn: (country: string) =>
      expectSuccess(
        api.PUT('/api/spaces/{slug}/conversation/me/country', { ...path(slug), body: { country } }),
      ),
    onSuccess: () => refreshConversation(slug),
  });
}

export function useAddStatement(slug: string) {
  return useMutation({
    mutationFn: (body: { text: string; language: string }) =>
      expectData(api.POST('/api/spaces/{slug}/conversation/statements', { ...path(slug), body })),
    onSuccess: () => refreshConversation(slug),
  });
}

export function useModerate(slug: string) {
  return useMutation({
    mutationFn: (input: {
      statementId: number;
      status: 'accepted' | 'rejected';
      reason?: string;
      version: number;
    }) => {
      const { statementId, ...body } = input;
      return expectData(
        api.POST('/api/spaces/{slug}/conversation/statements/{statementId}/moderation', {
          params: { path: { slug, statementId } },
          body,
        }),
      );
    },
    onSuccess: () => refreshConversation(slug),
  });
}

export function useUpdateSettings(slug: string) {
  return useMutation({
    mutationFn: (body: {
      topics?: Multilingual;
      descriptions?: Multilingual;
      isOpen?: boolean;
      preModeration?: boolean;
      version: number;
    }) => expectData(api.PATCH('/api/spaces/{slug}/conversation', { ...path(slug), body })),
    onSuccess: (conversation) => {
      queryClient.setQueryData(conversationKeys.detail(slug), conversation);
    },
  });
}

export function useImportPolis(slug: string) {
  return useMutation({
    mutationFn: (body: { comments: string; votes: string; language: string }) =>
      expectData(api.POST('/api/spaces/{slug}/conversation/import', { ...path(slug), body })),
    onSuccess: () => refreshConversation(slug),
  });
}

/** The cheap version the page polls; the full results are fetched again only when it changes. */
export function useResultsVersion(slug: string) {
  return useQuery({
    queryKey: conversationKeys.part(slug, 'version'),
    queryFn: () => expectData(api.GET('/api/spaces/{slug}/conversation/results/version', path(slug))),
    refetchInterval: RESULTS_POLL_MS,
  });
}

const fetchResults = (slug: string) =>
  expectData(api.GET('/api/spaces/{slug}/conversation/results', path(slug)));
export type ConversationResults = Awaited<ReturnType<typeof fetchResults>>;
export type OpinionMapData = NonNullable<ConversationResults['results']>;

export function useResults(slug: string, version: number | undefined) {
  return useQuery({
    queryKey: [...conversationKeys.part(slug, 'results'), version ?? -1],
    queryFn: () => fetchResults(slug),
    enabled: version !== undefined,
    placeholderData: (previous) => previous,
  });
}

export function exportUrl(slug: string, file: 'comments.csv' | 'votes.csv' | 'participants-votes.csv') {
  return `/api/spaces/${encodeURIComponent(slug)}/conversation/export/${file}`;
}
