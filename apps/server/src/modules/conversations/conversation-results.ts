import {
  type Analysis,
  analyzeMatrix,
  breakdownByCountry,
  buildVoteMatrix,
  type ConversationMemory,
  type Statement,
  type Vote,
} from '@crossgov/deliberation';
import type { ConversationResults } from './conversation.dto.ts';

/**
 * What the results page shows, computed from one engine run (pure: plain data in, plain data out, so it runs
 * inside the worker thread and its output crosses back as a small JSON value). Statement and participant ids
 * are the conversation's integer keys, as in Polis's exports. The shape is `resultsBodyOut` in the DTOs.
 */
export const MAX_POINTS = 5000;

export interface AnalysisRun {
  votes: Vote[];
  statements: Statement[];
  /** participant key -> ISO 3166 country */
  countries: [string, string][];
  memory?: ConversationMemory | undefined;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function groupOf(analysis: Analysis): Map<string, number> {
  const groups = new Map<string, number>();
  for (const group of analysis.groups) for (const member of group.members) groups.set(member, group.id);
  return groups;
}

/** One full update: the Polis analysis (warm-started from `memory`) and the cross-border breakdown. */
export function computeResults(run: AnalysisRun): {
  results: ConversationResults;
  memory: ConversationMemory;
} {
  const matrix = buildVoteMatrix(run.votes, run.statements);
  const { analysis, memory } = analyzeMatrix(matrix, run.memory ? { memory: run.memory } : {});
  const countryOf = new Map(run.countries);
  const breakdown = breakdownByCountry(matrix, analysis, countryOf);
  const groups = groupOf(analysis);
  // Participants with at least one vote, per country (those without a vote are not in the matrix).
  const voters = new Map<string, number>();
  for (const id of matrix.participantIds) {
    const country = countryOf.get(id);
    if (country !== undefined) voters.set(country, (voters.get(country) ?? 0) + 1);
  }
  const points = [...analysis.projections.entries()].slice(0, MAX_POINTS).map(([id, [x, y]]) => ({
    participant: Number(id),
    x: round(x),
    y: round(y),
    group: groups.get(id) ?? null,
    country: countryOf.get(id) ?? null,
  }));
  const results: ConversationResults = {
    participants: analysis.participants,
    inConversation: analysis.inConversation,
    points,
    pointsTruncated: analysis.projections.size > MAX_POINTS,
    groups: analysis.groups.map((group) => ({
      id: group.id,
      size: group.members.length,
      center: [round(group.center[0]), round(group.center[1])],
      representative: group.repness.map((r) => ({
        statementId: Number(r.commentId),
        direction: r.direction,
        probability: round(r.probability),
        repness: round(r.repness),
        successes: r.successes,
        trials: r.trials,
      })),
    })),
    consensus: {
      agree: analysis.consensus.agree.map((c) => ({
        statementId: Number(c.commentId),
        probability: round(c.probability),
      })),
      disagree: analysis.consensus.disagree.map((c) => ({
        statementId: Number(c.commentId),
        probability: round(c.probability),
      })),
    },
    groupInformedConsensus: [...analysis.groupAwareConsensus.entries()]
      .map(([id, value]) => ({ statementId: Number(id), value: round(value) }))
      .sort((a, b) => b.value - a.value || a.statementId - b.statementId)
      .slice(0, 20),
    countries: breakdown.countries.map((country) => ({
      country,
      participants: voters.get(country) ?? 0,
      groups: [...breakdown.groupMembers.entries()].map(([group, members]) => ({
        group,
        members: members.get(country) ?? 0,
      })),
    })),
    withoutCountry: breakdown.withoutCountry,
    bridging: breakdown.bridging.slice(0, 20).map((b) => ({
      statementId: Number(b.commentId),
      score: round(b.score),
      minimum: round(b.minimum),
      perCountry: [...b.perCountry.entries()].map(([country, value]) => ({ country, value: round(value) })),
    })),
    countryVotes: [...breakdown.votes.entries()].flatMap(([id, byCountry]) =>
      [...byCountry.entries()].map(([country, s]) => ({
        statementId: Number(id),
        country,
        agree: s.agree,
        disagree: s.disagree,
        pass: s.pass,
        seen: s.seen,
      })),
    ),
    priorities: Object.fromEntries(
      [...analysis.commentPriorities.entries()].map(([id, value]) => [id, round(value)]),
    ),
  };
  return { results, memory };
}
