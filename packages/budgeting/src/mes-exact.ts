import type { Profile } from './profile.ts';
import { Rational } from './rational.ts';

/**
 * Exact voter budgets for the Method of Equal Shares, advanced round by round only when the float run meets a
 * near-tie. Replaying a known sequence of winners is cheap compared with a full exact run.
 */
export class ExactLedger {
  readonly budgets: Rational[];
  private readonly pointCache = new Map<number, Rational>();
  private readonly costs: Rational[];
  private readonly scales: Rational[];
  private readonly weights: bigint[];
  applied = 0;
  /** Groups whose exact budget changed since the float budgets were last refreshed. */
  readonly dirty = new Set<number>();

  constructor(
    private readonly profile: Profile,
    endowment: Rational,
    costUtility: boolean,
  ) {
    this.budgets = Array.from({ length: profile.groupCount }, () => endowment);
    this.costs = Array.from(profile.cost, (cost) => Rational.fromNumber(cost));
    this.scales = costUtility ? this.costs : this.costs.map(() => Rational.of(1n));
    this.weights = Array.from(profile.weight, (weight) => BigInt(weight));
  }

  private point(value: number): Rational {
    let cached = this.pointCache.get(value);
    if (!cached) {
      cached = Rational.fromNumber(value);
      this.pointCache.set(value, cached);
    }
    return cached;
  }

  private weight(group: number): Rational {
    return Rational.of(this.weights[group] ?? 0n);
  }

  /** Money the supporters of a project still hold. */
  money(project: number): Rational {
    let total = Rational.ZERO;
    for (const group of this.profile.supporters[project] ?? []) {
      total = total.add((this.budgets[group] ?? Rational.ZERO).mul(this.weight(group)));
    }
    return total;
  }

  affordable(project: number): boolean {
    return this.money(project).compare(this.costs[project] ?? Rational.ZERO) >= 0;
  }

  /**
   * The smallest price per unit of utility α with Σ min(b_i, α·u_i) = cost (the "poor/rich" loop of pabutools'
   * `affordability_poor_rich`). `hint` is a float α; voters clearly below it start as poor, which only shortens
   * the loop. Call only for affordable projects.
   */
  alpha(project: number, hint: number): Rational {
    const supporters = this.profile.supporters[project] ?? new Int32Array();
    const points = this.profile.points[project] ?? new Float64Array();
    const scale = this.scales[project] ?? Rational.ZERO;
    const cost = this.costs[project] ?? Rational.ZERO;
    const poor = new Uint8Array(supporters.length);
    let poorMoney = Rational.ZERO;
    let richUtility = Rational.ZERO;
    for (let j = 0; j < supporters.length; j++) {
      const group = supporters[j] ?? 0;
      const budget = this.budgets[group] ?? Rational.ZERO;
      const utility = this.point(points[j] ?? 0).mul(scale);
      if (Number.isFinite(hint) && budget.toNumber() < hint * (utility.toNumber() * (1 - 1e-6))) {
        poor[j] = 1;
        poorMoney = poorMoney.add(budget.mul(this.weight(group)));
      } else richUtility = richUtility.add(utility.mul(this.weight(group)));
    }
    for (;;) {
      const alpha = cost.sub(poorMoney).div(richUtility);
      let changed = false;
      for (let j = 0; j < supporters.length; j++) {
        if (poor[j]) continue;
        const group = supporters[j] ?? 0;
        const budget = this.budgets[group] ?? Rational.ZERO;
        const utility = this.point(points[j] ?? 0).mul(scale);
        if (budget.compare(alpha.mul(utility)) < 0) {
          poor[j] = 1;
          changed = true;
          poorMoney = poorMoney.add(budget.mul(this.weight(group)));
          richUtility = richUtility.sub(utility.mul(this.weight(group)));
        }
      }
      if (!changed) return alpha;
    }
  }

  /** Charges the supporters of a funded project min(b_i, α·u_i) each. */
  charge(project: number, alpha: Rational): void {
    const supporters = this.profile.supporters[project] ?? new Int32Array();
    const points = this.profile.points[project] ?? new Float64Array();
    const scale = this.scales[project] ?? Rational.ZERO;
    for (let j = 0; j < supporters.length; j++) {
      const group = supporters[j] ?? 0;
      const budget = this.budgets[group] ?? Rational.ZERO;
      const price = alpha.mul(this.point(points[j] ?? 0).mul(scale));
      this.budgets[group] = budget.compare(price) <= 0 ? Rational.ZERO : budget.sub(price);
      this.dirty.add(group);
    }
  }
}
