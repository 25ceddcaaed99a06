import type { Statement, Vote, VoteValue } from './types.ts';

/**
 * The participants x comments vote matrix, stored sparsely by participant (compressed rows), in Polis's
 * internal sign: agree = -1, disagree = +1, pass = 0 (polismath `utils/agree?` tests for -1).
 */
export interface VoteMatrix {
  participantIds: string[];
  commentIds: string[];
  /** Row r's votes are cols/values[rowStart[r] .. rowStart[r + 1]). Columns ascend within a row. */
  rowStart: Int32Array;
  cols: Int32Array;
  /** Internal sign: agree -1, disagree +1, pass 0. */
  values: Int8Array;
  /** 1 for columns Polis zeroes out: moderated out (-1) or meta comments (`mod-update`). */
  moderatedOut: Uint8Array;
  /** 1 for meta comments, which get a fixed routing priority. */
  meta: Uint8Array;
}

/** Export sign (agree +1) to Polis's internal sign (agree -1), and back: the same flip both ways. */
export function toInternalSign(vote: VoteValue): VoteValue {
  return vote === 0 ? 0 : vote === 1 ? -1 : 1;
}

export const toExportSign = toInternalSign;

const INTEGER = /^-?\d+$/;

/** Orders ids numerically when both are integers (Polis ids are), otherwise as strings. */
export function compareIds(a: string, b: string): number {
  const aNumeric = INTEGER.test(a);
  const bNumeric = INTEGER.test(b);
  if (aNumeric && bNumeric) return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The ids in `compareIds` order. The integer test and the number are worked out once per id rather than on
 * every comparison; the comparisons give the same answers, so the order is the same.
 */
export function sortIds(ids: Iterable<string>): string[] {
  const keyed = Array.from(ids, (id) => ({ id, numeric: INTEGER.test(id), value: Number(id) }));
  keyed.sort((a, b) => {
    if (a.numeric && b.numeric) return a.value - b.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    if (a.numeric !== b.numeric) return a.numeric ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return keyed.map((entry) => entry.id);
}

interface LatestVote {
  vote: VoteValue;
  timestamp: number;
}

/**
 * Keeps the latest vote of each participant on each comment, as Polis's rating matrix does (votes are read
 * in creation order and later ones overwrite earlier ones). Equal timestamps keep the larger export value,
 * so the result never depends on the order votes arrive in.
 */
export class VoteLedger {
  private readonly byParticipant = new Map<string, Map<string, LatestVote>>();
  private count = 0;

  add(votes: Iterable<Vote>): void {
    for (const vote of votes) {
      let row = this.byParticipant.get(vote.participantId);
      if (!row) {
        row = new Map();
        this.byParticipant.set(vote.participantId, row);
      }
      const previous = row.get(vote.commentId);
      if (!previous) {
        row.set(vote.commentId, { vote: vote.vote, timestamp: vote.timestamp });
        this.count += 1;
        continue;
      }
      const later =
        vote.timestamp > previous.timestamp ||
        (vote.timestamp === previous.timestamp && vote.vote > previous.vote);
      if (later) row.set(vote.commentId, { vote: vote.vote, timestamp: vote.timestamp });
    }
  }

  get size(): number {
    return this.count;
  }

  /** The latest vote of each participant on each comment. */
  *latest(): Generator<Vote> {
    for (const [participantId, row] of this.byParticipant) {
      for (const [commentId, latest] of row) yield { participantId, commentId, ...latest };
    }
  }

  /** Builds the sorted sparse matrix; `excluded` are comment ids Polis zeroes out, `meta` its meta comments. */
  toMatrix(excluded: ReadonlySet<string> = new Set(), metaIds: ReadonlySet<string> = new Set()): VoteMatrix {
    const participantIds = sortIds(this.byParticipant.keys());
    const commentSet = new Set<string>();
    for (const row of this.byParticipant.values())
      for (const commentId of row.keys()) commentSet.add(commentId);
    const commentIds = sortIds(commentSet);
    const columnOf = new Map(commentIds.map((id, index) => [id, index]));
    const rowStart = new Int32Array(participantIds.length + 1);
    const cols = new Int32Array(this.count);
    const values = new Int8Array(this.count);
    // One reusable buffer per row: column * 4 + (vote + 1), so a plain numeric sort orders by column.
    let packed = new Int32Array(64);
    let at = 0;
    participantIds.forEach((participantId, rowIndex) => {
      rowStart[rowIndex] = at;
      const row = this.byParticipant.get(participantId);
      if (!row) return;
      if (packed.length < row.size) packed = new Int32Array(row.size * 2);
      let length = 0;
      const buffer = packed;
      row.forEach((latest, commentId) => {
        buffer[length] = (columnOf.get(commentId) ?? 0) * 4 + toInternalSign(latest.vote) + 1;
        length += 1;
      });
      const sorted = packed.subarray(0, length).sort();
      for (const entry of sorted) {
        cols[at] = entry >> 2;
        values[at] = (entry & 3) - 1;
        at += 1;
      }
    });
    rowStart[participantIds.length] = at;
    const moderatedOut = new Uint8Array(commentIds.length);
    const meta = new Uint8Array(commentIds.length);
    commentIds.forEach((id, column) => {
      if (excluded.has(id) || metaIds.has(id)) moderatedOut[column] = 1;
      if (metaIds.has(id)) meta[column] = 1;
    });
    return { participantIds, commentIds, rowStart, cols, values, moderatedOut, meta };
  }
}

/** Comment ids Polis leaves out of the math: moderated out (`mod` = -1) or meta (polismath `mod-update`). */
export function moderation(statements: Iterable<Statement>): { excluded: Set<string>; meta: Set<string> } {
  const excluded = new Set<string>();
  const meta = new Set<string>();
  for (const statement of statements) {
    if (statement.moderated === -1 || statement.isMeta) excluded.add(statement.commentId);
    if (statement.isMeta) meta.add(statement.commentId);
  }
  return { excluded, meta };
}

/** Builds the matrix from raw votes (latest vote per participant and comment). */
export function buildVoteMatrix(votes: Iterable<Vote>, statements: Iterable<Statement> = []): VoteMatrix {
  const ledger = new VoteLedger();
  ledger.add(votes);
  const { excluded, meta } = moderation(statements);
  return ledger.toMatrix(excluded, meta);
}
