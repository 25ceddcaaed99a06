import { type AnalysisInput, analyzeMatrix } from './conversation.ts';
import type { Analysis, Direction, Statement, Vote } from './types.ts';
import { buildVoteMatrix } from './vote-matrix.ts';

/** Runs the Polis pipeline on raw votes (latest vote per participant and comment counts). */
export function analyzeConversation(
  votes: Iterable<Vote>,
  statements: Iterable<Statement> = [],
  input: AnalysisInput = {},
): Analysis {
  return analyzeMatrix(buildVoteMatrix(votes, statements), input).analysis;
}

/** The JSON contract of `crossgov deliberation analyze --json`. */
export interface AnalysisReport {
  participants: number;
  inConversation: number;
  groups: Array<{
    id: number;
    members: string[];
    repness: Array<{ commentId: string; direction: Direction; pa: number; repness: number }>;
  }>;
  consensus: { agree: string[]; disagree: string[] };
  groupAwareConsensus: Record<string, number>;
  seconds: number;
}

/** Plain JSON view of an analysis (what the CLI prints and the server will serve). */
export function toReport(analysis: Analysis, seconds: number): AnalysisReport {
  return {
    participants: analysis.participants,
    inConversation: analysis.inConversation,
    groups: analysis.groups.map((group) => ({
      id: group.id,
      members: group.members,
      repness: group.repness.map((r) => ({
        commentId: r.commentId,
        direction: r.direction,
        pa: r.probability,
        repness: r.repness,
      })),
    })),
    consensus: {
      agree: analysis.consensus.agree.map((s) => s.commentId),
      disagree: analysis.consensus.disagree.map((s) => s.commentId),
    },
    groupAwareConsensus: Object.fromEntries(analysis.groupAwareConsensus),
    seconds,
  };
}
