/**
 * Public data shapes of the opinion-map engine. Votes use the sign of Polis's exports and of people:
 * agree = +1, disagree = -1, pass = 0. The math inside converts to Polis's internal sign (agree = -1).
 */

export type VoteValue = -1 | 0 | 1;

/** One vote as people and Polis's CSV exports write it: agree = +1, disagree = -1, pass = 0. */
export interface Vote {
  participantId: string;
  commentId: string;
  vote: VoteValue;
  /** Milliseconds since 1970; when one participant voted several times on a comment, the latest counts. */
  timestamp: number;
}

export interface Statement {
  commentId: string;
  text?: string;
  authorId?: string;
  /** Polis moderation: -1 moderated out (excluded from the math), 0 unmoderated, 1 accepted. */
  moderated?: -1 | 0 | 1;
  /** Meta comments (about the conversation itself) are excluded like moderated-out ones. */
  isMeta?: boolean;
}

export interface AnalysisOptions {
  /** Participants to keep in the conversation whatever their vote count (Polis keeps everyone once in). */
  keepInConversation?: Iterable<string>;
  /** Power-iteration cap per component (default 1000; stops earlier once the vector no longer moves). */
  pcaIterations?: number;
  baseClusterCount?: number;
  maxGroupCount?: number;
}

export interface PrincipalComponents {
  /** Column means in Polis's internal sign, one per comment column. */
  center: Float64Array;
  /** Two unit vectors over the comment columns. */
  components: [Float64Array, Float64Array];
}

export interface BaseCluster {
  id: number;
  /** Participant row indices. */
  members: number[];
  center: [number, number];
}

export interface GroupCluster {
  id: number;
  /** Base cluster ids. */
  baseClusters: number[];
  center: [number, number];
}

export type Direction = 'agree' | 'disagree';

export interface RepresentativeStatement {
  commentId: string;
  direction: Direction;
  /** Votes in the chosen direction within the group, and the group's votes on the comment. */
  successes: number;
  trials: number;
  /** (1 + successes) / (2 + trials). */
  probability: number;
  /** z of the one-proportion test. */
  probabilityTest: number;
  /** ra or rd: the group's probability over the rest's. */
  repness: number;
  /** z of the two-proportion test (rounded to 32-bit float as Polis stores it). */
  repnessTest: number;
  /** Set on the group's best agreed statement, which Polis puts first. */
  bestAgree?: boolean;
}

export interface ConsensusStatement {
  commentId: string;
  successes: number;
  trials: number;
  probability: number;
  probabilityTest: number;
}

export interface GroupVoteCounts {
  agree: number;
  disagree: number;
  seen: number;
}

export interface OpinionGroup {
  id: number;
  /** Participant ids. */
  members: string[];
  center: [number, number];
  repness: RepresentativeStatement[];
}

export interface Analysis {
  participants: number;
  inConversation: number;
  /** Comment ids of the matrix columns (comments with at least one vote), in order. */
  commentIds: string[];
  pca: PrincipalComponents;
  /** Per participant id in the conversation: its [x, y] projection. */
  projections: Map<string, [number, number]>;
  baseClusters: BaseCluster[];
  groups: OpinionGroup[];
  /** Silhouette per tried group count k. */
  silhouettes: Map<number, number>;
  consensus: { agree: ConsensusStatement[]; disagree: ConsensusStatement[] };
  /** Per comment: product over groups of (agree + 1) / (seen + 2). */
  groupAwareConsensus: Map<string, number>;
  /** Per comment: the routing priority Polis uses to pick the next comment to show. */
  commentPriorities: Map<string, number>;
  /** Per comment: norm of its two-dimensional projection. */
  commentExtremity: Map<string, number>;
  /** Per group id, per comment: the group's vote counts (on the unmoderated matrix, as Polis). */
  groupVotes: Map<number, Map<string, GroupVoteCounts>>;
}
