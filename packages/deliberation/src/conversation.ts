import { clusterGroups, type KSmoother } from './groups.ts';
import { type Cluster, kmeans, type Point } from './kmeans.ts';
import { principalComponents, projectComments, projectParticipants } from './pca.ts';
import { consensusStatements, representativeStatements } from './repness.ts';
import { commentPriority, participantsInConversation, tallyColumns } from './tallies.ts';
import type { Analysis, AnalysisOptions, GroupVoteCounts, OpinionGroup } from './types.ts';
import type { VoteMatrix } from './vote-matrix.ts';

/**
 * What Polis carries from one update to the next (polismath `conversation.clj`): who is in, the components
 * (warm start), the base clusters and each k's group clustering (warm starts), and the k smoother.
 */
export interface ConversationMemory {
  inConversation: Set<string>;
  components?: Map<string, [number, number]>;
  baseClusters?: Cluster[];
  groupClusterings?: Map<number, Cluster[]>;
  smoother?: KSmoother;
}

export interface AnalysisInput extends AnalysisOptions {
  memory?: ConversationMemory;
  /** Pin the group count (Polis's smoothed k), e.g. to compare with a Polis result. */
  forceGroupCount?: number;
  /** Use these base clusters instead of computing them (members are participant ids), e.g. Polis's own. */
  givenBaseClusters?: Cluster[];
}

function warmStart(
  matrix: VoteMatrix,
  memory: ConversationMemory | undefined,
): [Float64Array, Float64Array] | undefined {
  const previous = memory?.components;
  if (!previous) return undefined;
  // New comments start at 1, as polismath `power-iteration` pads the start vector.
  const first = Float64Array.from(matrix.commentIds, (id) => previous.get(id)?.[0] ?? 1);
  const second = Float64Array.from(matrix.commentIds, (id) => previous.get(id)?.[1] ?? 1);
  return [first, second];
}

/**
 * One full Polis math update (polismath `small-conv-update-graph`): in-conv, PCA, projections, 100 base
 * clusters, groups by silhouette with k smoothing, representativeness, consensus, group-aware consensus and
 * comment priorities. Returns the analysis and the memory for the next update.
 */
export function analyzeMatrix(
  matrix: VoteMatrix,
  input: AnalysisInput = {},
): { analysis: Analysis; memory: ConversationMemory } {
  const previous = new Set([...(input.memory?.inConversation ?? []), ...(input.keepInConversation ?? [])]);
  const inConversation = participantsInConversation(matrix, previous);
  const pca = principalComponents(matrix, {
    iterations: input.pcaIterations ?? 1000,
    start: warmStart(matrix, input.memory),
  });
  const xy = projectParticipants(matrix, pca);
  const rowOf = new Map(matrix.participantIds.map((id, row) => [id, row]));
  const projections = new Map<string, [number, number]>();
  const participantPoints: Point[] = [];
  matrix.participantIds.forEach((id, row) => {
    if (!inConversation.has(id)) return;
    const position: [number, number] = [xy[row * 2] ?? 0, xy[row * 2 + 1] ?? 0];
    projections.set(id, position);
    participantPoints.push({ key: id, x: position[0], y: position[1], weight: 1 });
  });
  const baseClusters =
    input.givenBaseClusters ??
    kmeans(participantPoints, input.baseClusterCount ?? 100, {
      previous: input.memory?.baseClusters,
      maxIterations: 100,
    });
  const basePoints: Point[] = baseClusters.map((cluster) => ({
    key: String(cluster.id),
    x: cluster.center[0],
    y: cluster.center[1],
    weight: cluster.members.length,
  }));
  const grouping = clusterGroups(basePoints, {
    previous: input.memory?.groupClusterings,
    smoother: input.memory?.smoother,
    ceiling: input.maxGroupCount ?? 5,
    ...(input.forceGroupCount === undefined ? {} : { forceK: input.forceGroupCount }),
  });
  const baseById = new Map(baseClusters.map((cluster) => [String(cluster.id), cluster]));
  const groupRows = grouping.chosen.map((group) =>
    group.members
      .flatMap((baseId) => baseById.get(baseId)?.members ?? [])
      .flatMap((id) => rowOf.get(id) ?? []),
  );
  const groupTallies = groupRows.map((rows) => tallyColumns(matrix, rows));
  const everyone = tallyColumns(matrix, matrix.participantIds.keys());
  const repness = representativeStatements(matrix.commentIds, groupTallies, matrix.moderatedOut);
  const groups: OpinionGroup[] = grouping.chosen.map((group, index) => ({
    id: group.id,
    members: (groupRows[index] ?? []).map((row) => matrix.participantIds[row] ?? ''),
    center: group.center,
    repness: repness[index] ?? [],
  }));
  const comments = projectComments(pca);
  const groupAwareConsensus = new Map<string, number>();
  const commentPriorities = new Map<string, number>();
  const commentExtremity = new Map<string, number>();
  const groupVotes = new Map<number, Map<string, GroupVoteCounts>>(
    grouping.chosen.map((group) => [group.id, new Map()]),
  );
  matrix.commentIds.forEach((commentId, column) => {
    let product = 1;
    let agree = 0;
    let disagree = 0;
    let seen = 0;
    groupTallies.forEach((tallies, index) => {
      const tally = tallies[column] ?? { na: 0, nd: 0, ns: 0 };
      product *= (tally.na + 1) / (tally.ns + 2);
      agree += tally.na;
      disagree += tally.nd;
      seen += tally.ns;
      const id = grouping.chosen[index]?.id ?? index;
      groupVotes.get(id)?.set(commentId, { agree: tally.na, disagree: tally.nd, seen: tally.ns });
    });
    const extremity = comments.extremity[column] ?? 0;
    groupAwareConsensus.set(commentId, product);
    commentExtremity.set(commentId, extremity);
    const pass = seen - agree - disagree;
    commentPriorities.set(
      commentId,
      commentPriority(matrix.meta[column] === 1, agree, pass, seen, extremity),
    );
  });
  const components = new Map<string, [number, number]>(
    matrix.commentIds.map((id, column) => [
      id,
      [pca.components[0][column] ?? 0, pca.components[1][column] ?? 0],
    ]),
  );
  const analysis: Analysis = {
    participants: matrix.participantIds.length,
    inConversation: inConversation.size,
    commentIds: matrix.commentIds,
    pca,
    projections,
    baseClusters: baseClusters.map((cluster) => ({
      id: cluster.id,
      members: cluster.members.flatMap((id) => rowOf.get(id) ?? []),
      center: cluster.center,
    })),
    groups,
    silhouettes: grouping.silhouettes,
    consensus: consensusStatements(matrix.commentIds, everyone, matrix.moderatedOut),
    groupAwareConsensus,
    commentPriorities,
    commentExtremity,
    groupVotes,
  };
  const memory: ConversationMemory = {
    inConversation,
    components,
    baseClusters,
    groupClusterings: grouping.byK,
    smoother: grouping.smoother,
  };
  return { analysis, memory };
}
