import type { Vote, VoteValue } from './types.ts';

/**
 * A seeded synthetic conversation for benchmarks and tests: `groups` opinion groups, each with its own
 * agree probability per comment; every participant votes on a random 20-60 comments (sparse, like Polis).
 */
export interface SyntheticOptions {
  participants: number;
  comments: number;
  groups?: number;
  seed?: number;
  minVotes?: number;
  maxVotes?: number;
}

/** mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticConversation(options: SyntheticOptions): {
  votes: Vote[];
  groupOf: Map<string, number>;
} {
  const random = seededRandom(options.seed ?? 1);
  const groups = options.groups ?? 3;
  const minVotes = Math.min(options.minVotes ?? 20, options.comments);
  const maxVotes = Math.min(options.maxVotes ?? 60, options.comments);
  const agree = Array.from({ length: groups }, () =>
    Float64Array.from({ length: options.comments }, () => random()),
  );
  const votes: Vote[] = [];
  const groupOf = new Map<string, number>();
  const chosen = new Uint8Array(options.comments);
  for (let p = 0; p < options.participants; p++) {
    const group = Math.floor(random() * groups);
    const participantId = String(p);
    groupOf.set(participantId, group);
    const count = minVotes + Math.floor(random() * (maxVotes - minVotes + 1));
    chosen.fill(0);
    for (let v = 0; v < count; v++) {
      let comment = Math.floor(random() * options.comments);
      while (chosen[comment] === 1) comment = (comment + 1) % options.comments;
      chosen[comment] = 1;
      const roll = random();
      const pAgree = agree[group]?.[comment] ?? 0.5;
      const vote: VoteValue = roll < 0.15 ? 0 : random() < pAgree ? 1 : -1;
      votes.push({ participantId, commentId: String(comment), vote, timestamp: p * 1000 + v });
    }
  }
  return { votes, groupOf };
}
