/** One volunteer in the pool. `features[category]` is the person's value for that quota category. */
export interface Person {
  id: string;
  features: Readonly<Record<string, string>>;
  /** People sharing a household key: at most one of them may sit on a panel. */
  household?: string;
}

/** Lower and upper bound on how many panel members have `feature` in `category`. */
export interface Quota {
  category: string;
  feature: string;
  min: number;
  max: number;
}

/** What every algorithm receives: the pool, the quotas and the panel size k. */
export interface SelectionProblem {
  people: readonly Person[];
  quotas: readonly Quota[];
  panelSize: number;
}

/** A panel is a set of pool indices (positions in `people`), sorted ascending. */
export type Panel = readonly number[];

/** A probability distribution over panels; probabilities sum to 1. */
export interface PanelDistribution {
  panels: readonly Panel[];
  probabilities: readonly number[];
}

export type Algorithm = 'leximin' | 'maximin' | 'nash' | 'legacy';

/** The outcome of one selection algorithm. */
export interface SelectionResult {
  algorithm: Algorithm;
  /** Selection probability per person, same order as `people`. */
  probabilities: number[];
  distribution: PanelDistribution;
  /** Solver work, for benchmarks and the report. */
  stats: SelectionStats;
}

export interface SelectionStats {
  ilpSolves: number;
  lpSolves: number;
  ilpSeconds: number;
  lpSeconds: number;
  /** Outer rounds: LEXIMIN fixing rounds, NASH pricing rounds, LEGACY simulated draws. */
  iterations: number;
  /**
   * Upper bound on the smallest selection probability any distribution can reach, from a dual
   * certificate (weights y >= 0 summing to 1 and the best panel's weight). Absent for LEGACY.
   */
  minProbabilityBound?: number;
  /** Largest shortfall of a person's probability from the type-level target (0 when exact). */
  targetGap?: number;
  /** NASH only: max over panels of sum_{i in P} 1/p_i divided by n (1 at the optimum). */
  nashOptimalityRatio?: number;
}
