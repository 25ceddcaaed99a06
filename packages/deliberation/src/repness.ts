import type { ConsensusStatement, RepresentativeStatement } from './types.ts';

/**
 * Representativeness and consensus (polismath `repness.clj`, `stats.clj`). Counts are in Polis's sense:
 * na = agrees, nd = disagrees, ns = votes seen (passes included).
 */

export interface VoteTally {
  na: number;
  nd: number;
  ns: number;
}

/** One-proportion z-test with +1 pseudo-counts (polismath `stats/prop-test`). */
export function proportionTest(successes: number, trials: number): number {
  const s = successes + 1;
  const n = trials + 1;
  return 2 * Math.sqrt(n) * (s / n - 0.5);
}

/** Two-proportion z-test with +1 on every count (polismath `stats/two-prop-test`); 0 when pooled p is 1. */
export function twoProportionTest(
  successIn: number,
  successOut: number,
  trialsIn: number,
  trialsOut: number,
): number {
  const s1 = successIn + 1;
  const s2 = successOut + 1;
  const n1 = trialsIn + 1;
  const n2 = trialsOut + 1;
  const pooled = (s1 + s2) / (n1 + n2);
  if (pooled === 1) return 0;
  return (s1 / n1 - s2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
}

/** One-sided 90% significance (polismath `z-sig-90?`). */
export function significant90(z: number): boolean {
  return z > 1.2816;
}

interface CommentStats extends VoteTally {
  pa: number;
  pd: number;
  pat: number;
  pdt: number;
  ra: number;
  rd: number;
  rat: number;
  rdt: number;
}

function commentStats(own: VoteTally, rest: VoteTally): CommentStats {
  const pa = (1 + own.na) / (2 + own.ns);
  const pd = (1 + own.nd) / (2 + own.ns);
  return {
    ...own,
    pa,
    pd,
    pat: proportionTest(own.na, own.ns),
    pdt: proportionTest(own.nd, own.ns),
    ra: pa / ((1 + rest.na) / (2 + rest.ns)),
    rd: pd / ((1 + rest.nd) / (2 + rest.ns)),
    rat: twoProportionTest(own.na, rest.na, own.ns, rest.ns),
    rdt: twoProportionTest(own.nd, rest.nd, own.ns, rest.ns),
  };
}

/** `finalize-cmt-stats`: agree if its two-proportion z beats disagree's, else disagree. */
function finalize(commentId: string, stats: CommentStats): RepresentativeStatement {
  const agree = stats.rat > stats.rdt;
  return {
    commentId,
    direction: agree ? 'agree' : 'disagree',
    successes: agree ? stats.na : stats.nd,
    trials: stats.ns,
    probability: agree ? stats.pa : stats.pd,
    probabilityTest: agree ? stats.pat : stats.pdt,
    repness: agree ? stats.ra : stats.rd,
    // Polis stores this one as a 32-bit float, and later comparisons and sorting use that value.
    repnessTest: Math.fround(agree ? stats.rat : stats.rdt),
  };
}

const metric = (r: RepresentativeStatement) => r.repness * r.repnessTest * r.probability * r.probabilityTest;

function beatsBestAgree(stats: CommentStats, best: CommentStats | undefined): boolean {
  if (stats.na === 0 && stats.nd === 0) return false;
  if (best && best.ra > 1)
    return stats.ra * stats.rat * stats.pa * stats.pat > best.ra * best.rat * best.pa * best.pat;
  if (best) return stats.pa * stats.pat > best.pa * best.pat;
  return significant90(stats.pat) || (stats.ra > 1 && stats.pa > 0.5);
}

/**
 * Representative statements per group (polismath `select-rep-comments`): statements passing both z-tests
 * (agree or disagree) sorted by ra*rat*pa*pat, the group's best agreed statement first, top 5, agrees before
 * disagrees; when none passes, the best by test. `tallies[g][c]` counts group g on column c; `excluded[c]`
 * marks moderated-out columns.
 */
export function representativeStatements(
  commentIds: string[],
  tallies: VoteTally[][],
  excluded: Uint8Array,
): RepresentativeStatement[][] {
  return tallies.map((own, group) => {
    const sufficient: RepresentativeStatement[] = [];
    let best: RepresentativeStatement | undefined;
    let bestAgree: { commentId: string; stats: CommentStats } | undefined;
    commentIds.forEach((commentId, column) => {
      if (excluded[column] === 1) return;
      const mine = own[column] ?? { na: 0, nd: 0, ns: 0 };
      const rest = { na: 0, nd: 0, ns: 0 };
      tallies.forEach((other, index) => {
        if (index === group) return;
        const tally = other[column];
        if (!tally) return;
        rest.na += tally.na;
        rest.nd += tally.nd;
        rest.ns += tally.ns;
      });
      const stats = commentStats(mine, rest);
      const passes =
        (significant90(stats.rat) && significant90(stats.pat)) ||
        (significant90(stats.rdt) && significant90(stats.pdt));
      if (passes) sufficient.push(finalize(commentId, stats));
      if (sufficient.length === 0 && (!best || Math.max(stats.rat, stats.rdt) > best.repnessTest)) {
        best = finalize(commentId, stats);
      }
      if (beatsBestAgree(stats, bestAgree?.stats)) bestAgree = { commentId, stats };
    });
    const head: RepresentativeStatement | undefined = bestAgree
      ? { ...finalize(bestAgree.commentId, bestAgree.stats), bestAgree: true }
      : undefined;
    if (sufficient.length === 0) return head ? [head] : best ? [best] : [];
    const sorted = sufficient
      .filter((statement) => statement.commentId !== head?.commentId)
      .map((statement, index) => ({ statement, index, score: metric(statement) }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .map((entry) => entry.statement);
    const top = [...(head ? [head] : []), ...sorted].slice(0, 5);
    return [...top.filter((r) => r.direction === 'agree'), ...top.filter((r) => r.direction === 'disagree')];
  });
}

/**
 * Consensus statements over everyone who voted (polismath `select-consensus-comments`): p > 0.5 and the
 * one-proportion z significant at 90%, top 5 by p * z, for agree and for disagree.
 */
export function consensusStatements(
  commentIds: string[],
  tallies: VoteTally[],
  excluded: Uint8Array,
): { agree: ConsensusStatement[]; disagree: ConsensusStatement[] } {
  const pick = (direction: 'agree' | 'disagree') =>
    commentIds
      .flatMap((commentId, column) => {
        const tally = tallies[column];
        if (excluded[column] === 1 || !tally) return [];
        const successes = direction === 'agree' ? tally.na : tally.nd;
        const probability = (1 + successes) / (2 + tally.ns);
        const probabilityTest = proportionTest(successes, tally.ns);
        if (!(probability > 0.5 && significant90(probabilityTest))) return [];
        return [{ commentId, successes, trials: tally.ns, probability, probabilityTest, column }];
      })
      .sort(
        (a, b) =>
          b.probability * b.probabilityTest - a.probability * a.probabilityTest || a.column - b.column,
      )
      .slice(0, 5)
      .map(({ column: _column, ...statement }) => statement);
  return { agree: pick('agree'), disagree: pick('disagree') };
}
