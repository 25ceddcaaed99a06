import type { VoteTally } from './repness.ts';
import type { VoteMatrix } from './vote-matrix.ts';

/** Agree / disagree / seen counts per column over the given rows (internal sign: agree = -1). */
export function tallyColumns(matrix: VoteMatrix, rows: Iterable<number>): VoteTally[] {
  const tallies: VoteTally[] = matrix.commentIds.map(() => ({ na: 0, nd: 0, ns: 0 }));
  for (const row of rows) {
    const end = matrix.rowStart[row + 1] ?? 0;
    for (let at = matrix.rowStart[row] ?? 0; at < end; at++) {
      const tally = tallies[matrix.cols[at] ?? 0];
      if (!tally) continue;
      const value = matrix.values[at] ?? 0;
      tally.ns += 1;
      if (value === -1) tally.na += 1;
      else if (value === 1) tally.nd += 1;
    }
  }
  return tallies;
}

/** Votes each row cast (polismath `user-vote-counts`, on the raw matrix). */
export function voteCounts(matrix: VoteMatrix): Int32Array {
  const counts = new Int32Array(matrix.participantIds.length);
  for (let row = 0; row < counts.length; row++)
    counts[row] = (matrix.rowStart[row + 1] ?? 0) - (matrix.rowStart[row] ?? 0);
  return counts;
}

/**
 * Polis's `in-conv`: everyone already in, plus everyone with at least min(7, n_comments) votes; when fewer
 * than 15 are in, the most active others are added (the count stays in later updates).
 */
export function participantsInConversation(matrix: VoteMatrix, previous: ReadonlySet<string>): Set<string> {
  const counts = voteCounts(matrix);
  const threshold = Math.min(7, matrix.commentIds.length);
  const inside = new Set<string>(previous);
  matrix.participantIds.forEach((id, row) => {
    if ((counts[row] ?? 0) >= threshold) inside.add(id);
  });
  const greedy = 15;
  if (inside.size >= greedy) return inside;
  const others = matrix.participantIds
    .map((id, row) => ({ id, count: counts[row] ?? 0, row }))
    .filter((entry) => !inside.has(entry.id))
    .sort((a, b) => b.count - a.count || a.row - b.row);
  for (const entry of others.slice(0, greedy - inside.size)) inside.add(entry.id);
  return inside;
}

/** Polis's comment-routing priority (`priority-metric`, `importance-metric`); meta comments get 7^2. */
export function commentPriority(
  isMeta: boolean,
  agree: number,
  pass: number,
  seen: number,
  extremity: number,
): number {
  if (isMeta) return 49;
  const p = (pass + 1) / (seen + 2);
  const a = (agree + 1) / (seen + 2);
  const importance = (1 - p) * (extremity + 1) * a;
  return (importance * (1 + 8 * 2 ** (-seen / 5))) ** 2;
}
