import { IDEA_STATUSES, type IdeaStatus } from '@crossgov/shared';

const DAY_MS = 86_400_000;

/** The nearest-rank percentile (p in 0..1) of sorted values; null for none. */
export function nearestRank(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? null;
}

/** The middle value, or the mean of the two middle values; null for none. */
export function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * How many ideas got an official answer, per current status, and how fast: days from submission to the first
 * answer (median and 90th percentile), rounded to a tenth of a day.
 */
export function scoreboardOf(
  ideas: { status: string | null; createdAt: Date; firstAnsweredAt: Date | null }[],
) {
  const byStatus = Object.fromEntries(IDEA_STATUSES.map((status) => [status, 0])) as Record<
    IdeaStatus,
    number
  >;
  const days: number[] = [];
  for (const idea of ideas) {
    if (idea.status && idea.status in byStatus) byStatus[idea.status as IdeaStatus]++;
    if (idea.firstAnsweredAt) days.push((idea.firstAnsweredAt.getTime() - idea.createdAt.getTime()) / DAY_MS);
  }
  days.sort((a, b) => a - b);
  return {
    ideas: ideas.length,
    answered: days.length,
    byStatus,
    medianDaysToAnswer: oneDecimal(median(days)),
    p90DaysToAnswer: oneDecimal(nearestRank(days, 0.9)),
  };
}
