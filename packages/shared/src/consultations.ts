/** The hosts' official answer to an idea (Decidim's proposal answers, plus "partly"). */
export const IDEA_STATUSES = ['under_review', 'accepted', 'partly', 'not_pursued', 'implemented'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** Where a contribution stands with the moderators. */
export const CONTRIBUTION_STATES = ['published', 'pending', 'hidden'] as const;
export type ContributionState = (typeof CONTRIBUTION_STATES)[number];

/** How an idea list is ordered. */
export const IDEA_SORTS = ['recent', 'most_supported'] as const;
export type IdeaSort = (typeof IDEA_SORTS)[number];

/** Where a translation of a contribution came from (the original is never a translation). */
export const TRANSLATION_PROVENANCES = ['machine', 'human', 'official'] as const;
export type TranslationProvenance = (typeof TRANSLATION_PROVENANCES)[number];
