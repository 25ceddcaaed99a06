import type { Satisfaction } from '../mes.ts';
import type { Profile } from '../profile.ts';
import { Rational } from '../rational.ts';
import { compareTied, type TieBreaker } from '../tie-breaking.ts';

/**
 * A deliberately naive exact MES (every voter, every candidate, every round, fractions only; the textbook
 * definition of Peters & Skowron), used as the oracle the fast float implementation must agree with.
 */
export function naiveExactMes(
  profile: Profile,
  endowment: Rational,
  satisfaction: Satisfaction,
  tieBreaking: readonly TieBreaker[],
): number[] {
  const budgets = Array.from({ length: profile.groupCount }, () => endowment);
  const selected: number[] = [];
  let remaining: number[] = [];
  profile.projectIds.forEach((_, project) => {
    if ((profile.totalPoints[project] ?? 0) <= 0) return;
    if ((profile.cost[project] ?? 0) > 0) remaining.push(project);
    else if (satisfaction !== 'cost') selected.push(project);
  });
  const utilityOf = (project: number, position: number) =>
    Rational.fromNumber(
      (profile.points[project]?.[position] ?? 0) *
        (satisfaction === 'cost' ? (profile.cost[project] ?? 0) : 1),
    );
  for (;;) {
    let best: { project: number; alpha: Rational } | null = null;
    const affordable: number[] = [];
    for (const project of remaining) {
      const supporters = Array.from(profile.supporters[project] ?? []);
      const cost = Rational.fromNumber(profile.cost[project] ?? 0);
      const weightOf = (group: number) => Rational.of(BigInt(profile.weight[group] ?? 0));
      const money = supporters.reduce(
        (sum, group) => sum.add((budgets[group] ?? Rational.ZERO).mul(weightOf(group))),
        Rational.ZERO,
      );
      if (money.compare(cost) < 0) continue;
      affordable.push(project);
      // Sort supporters by budget per utility; the first one who can pay the equal price fixes α.
      const order = supporters.map((group, position) => ({ group, utility: utilityOf(project, position) }));
      order.sort((a, b) =>
        (budgets[a.group] ?? Rational.ZERO)
          .div(a.utility)
          .compare((budgets[b.group] ?? Rational.ZERO).div(b.utility)),
      );
      let paid = Rational.ZERO;
      let richUtility = order.reduce(
        (sum, entry) => sum.add(entry.utility.mul(weightOf(entry.group))),
        Rational.ZERO,
      );
      let alpha = Rational.ZERO;
      for (const entry of order) {
        alpha = cost.sub(paid).div(richUtility);
        const budget = budgets[entry.group] ?? Rational.ZERO;
        if (budget.compare(alpha.mul(entry.utility)) >= 0) break;
        paid = paid.add(budget.mul(weightOf(entry.group)));
        richUtility = richUtility.sub(entry.utility.mul(weightOf(entry.group)));
      }
      const order2 = best ? alpha.compare(best.alpha) : -1;
      if (
        !best ||
        order2 < 0 ||
        (order2 === 0 && compareTied(profile, tieBreaking, project, best.project) < 0)
      )
        best = { project, alpha };
    }
    remaining = affordable;
    if (!best) return selected;
    const winner = best;
    selected.push(winner.project);
    remaining = remaining.filter((project) => project !== winner.project);
    Array.from(profile.supporters[winner.project] ?? []).forEach((group, position) => {
      const budget = budgets[group] ?? Rational.ZERO;
      const price = winner.alpha.mul(utilityOf(winner.project, position));
      budgets[group] = budget.compare(price) <= 0 ? Rational.ZERO : budget.sub(price);
    });
  }
}
