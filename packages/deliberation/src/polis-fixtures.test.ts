import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMatrix } from './conversation.ts';
import type { Cluster } from './kmeans.ts';
import { statementsFromPolisJson, votesFromPolisJson } from './polis-json.ts';
import type { Analysis } from './types.ts';
import { buildVoteMatrix } from './vote-matrix.ts';

// Polis's own math output (math-pca2.json) for two public conversations, from red-dwarf's fixtures.
interface PolisMath {
  'in-conv': number[];
  tids: number[];
  pca: {
    center: number[];
    comps: number[][];
    'comment-extremity': number[];
    'comment-projection': number[][];
  };
  'base-clusters': { id: number[]; members: number[][]; x: number[]; y: number[] };
  'group-clusters': Array<{ id: number; members: number[] }>;
  repness: Record<
    string,
    Array<{
      tid: number;
      'repful-for': string;
      'p-success': number;
      repness: number;
      'n-success': number;
      'n-trials': number;
    }>
  >;
  consensus: Record<'agree' | 'disagree', Array<{ tid: number; 'p-success': number; 'p-test': number }>>;
  'group-aware-consensus': Record<string, number>;
  'comment-priorities': Record<string, number>;
}

function load(name: string) {
  const dir = new URL(`../test-fixtures/reddwarf/${name}/`, import.meta.url);
  const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  const matrix = buildVoteMatrix(
    votesFromPolisJson(read('votes.json')),
    statementsFromPolisJson(read('comments.json')),
  );
  const math = read('math-pca2.json') as PolisMath;
  const base = math['base-clusters'];
  const polisBaseClusters: Cluster[] = base.id.map((id, i) => ({
    id,
    members: (base.members[i] ?? []).map(String),
    center: [base.x[i] ?? 0, base.y[i] ?? 0],
  }));
  return { matrix, math, polisBaseClusters, keep: math['in-conv'].map(String) };
}

/** +1 or -1 so that our component k points the way Polis's does (eigenvectors have no sign). */
function signOf(analysis: Analysis, math: PolisMath, k: 0 | 1): number {
  const ours = analysis.pca.components[k];
  const theirs = math.pca.comps[k] ?? [];
  let dot = 0;
  theirs.forEach((value, i) => {
    dot += value * (ours[i] ?? 0);
  });
  return dot < 0 ? -1 : 1;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++)
    worst = Math.max(worst, Math.abs((actual[i] ?? 0) - (expected[i] ?? 0)));
  expect(worst).toBeLessThan(tolerance);
}

const groupSets = (groups: string[][]) => groups.map((members) => [...members].sort().join(' ')).sort();

function checkAgainstPolis(analysis: Analysis, math: PolisMath, polisBaseClusters: Cluster[]): void {
  expect(analysis.commentIds).toEqual(math.tids.map(String));
  expectClose(analysis.pca.center, math.pca.center, 1e-9);
  for (const k of [0, 1] as const) {
    const sign = signOf(analysis, math, k);
    expectClose(
      analysis.pca.components[k].map((v) => v * sign),
      math.pca.comps[k] ?? [],
      1e-6,
    );
  }
  const extremity = analysis.commentIds.map((id) => analysis.commentExtremity.get(id) ?? Number.NaN);
  expectClose(extremity, math.pca['comment-extremity'], 1e-6);
  // Every Polis base cluster centre is the mean of our projections of its members.
  const s0 = signOf(analysis, math, 0);
  const s1 = signOf(analysis, math, 1);
  for (const cluster of polisBaseClusters) {
    const points: Array<[number, number]> = cluster.members.map(
      (id) => analysis.projections.get(id) ?? [Number.NaN, Number.NaN],
    );
    const x = points.reduce((sum, p) => sum + p[0], 0) / points.length;
    const y = points.reduce((sum, p) => sum + p[1], 0) / points.length;
    expect(Math.abs(x * s0 - cluster.center[0])).toBeLessThan(1e-6);
    expect(Math.abs(y * s1 - cluster.center[1])).toBeLessThan(1e-6);
  }
  const baseById = new Map(polisBaseClusters.map((cluster) => [cluster.id, cluster.members]));
  const polisGroups = math['group-clusters'].map((group) =>
    group.members.flatMap((id) => baseById.get(id) ?? []),
  );
  expect(groupSets(analysis.groups.map((group) => group.members))).toEqual(groupSets(polisGroups));
  // Group ids depend on cluster history, so groups are matched by their members.
  const polisIdOf = new Map(
    math['group-clusters'].map((group, index) => [groupSets([polisGroups[index] ?? []])[0], group.id]),
  );
  for (const group of analysis.groups) {
    const polisId = polisIdOf.get(groupSets([group.members])[0]);
    const polis = math.repness[String(polisId)] ?? [];
    expect(group.repness.map((r) => [r.commentId, r.direction, r.successes, r.trials])).toEqual(
      polis.map((r) => [String(r.tid), r['repful-for'], r['n-success'], r['n-trials']]),
    );
    expectClose(
      group.repness.map((r) => r.repness),
      polis.map((r) => r.repness),
      1e-9,
    );
    expectClose(
      group.repness.map((r) => r.probability),
      polis.map((r) => r['p-success']),
      1e-12,
    );
  }
  for (const direction of ['agree', 'disagree'] as const) {
    const ours = analysis.consensus[direction];
    const polis = math.consensus[direction];
    expect(ours.map((s) => s.commentId)).toEqual(polis.map((s) => String(s.tid)));
    expectClose(
      ours.map((s) => s.probabilityTest),
      polis.map((s) => s['p-test']),
      1e-9,
    );
  }
  for (const [commentId, value] of Object.entries(math['group-aware-consensus'])) {
    expect(analysis.groupAwareConsensus.get(commentId)).toBeCloseTo(value, 12);
  }
  for (const [commentId, value] of Object.entries(math['comment-priorities'])) {
    expect(analysis.commentPriorities.get(commentId)).toBeCloseTo(value, 9);
  }
}

describe('the Polis math, checked against Polis output', () => {
  it('reproduces the whole pipeline below 100 participants (base clusters computed here, Polis k)', () => {
    const { matrix, math, polisBaseClusters, keep } = load('below-100-ptpts');
    const { analysis } = analyzeMatrix(matrix, { keepInConversation: keep, forceGroupCount: 3 });
    expect(analysis.inConversation).toBe(math['in-conv'].length);
    expect(
      groupSets(analysis.baseClusters.map((c) => c.members.map((row) => matrix.participantIds[row] ?? ''))),
    ).toEqual(groupSets(polisBaseClusters.map((c) => c.members)));
    checkAgainstPolis(analysis, math, polisBaseClusters);
  });

  it('reproduces groups, repness, consensus and priorities above 100 participants given Polis base clusters', () => {
    const { matrix, math, polisBaseClusters, keep } = load('above-100-ptpts');
    const { analysis } = analyzeMatrix(matrix, {
      keepInConversation: keep,
      givenBaseClusters: polisBaseClusters,
      forceGroupCount: math['group-clusters'].length,
    });
    checkAgainstPolis(analysis, math, polisBaseClusters);
  });

  it('finds the same in-conversation count and 100 base clusters above 100 participants on its own', () => {
    const { matrix, math, keep } = load('above-100-ptpts');
    const { analysis } = analyzeMatrix(matrix, { keepInConversation: keep });
    expect(analysis.inConversation).toBe(math['in-conv'].length);
    expect(analysis.baseClusters).toHaveLength(100);
  });
});
