import type { LinearModel } from './model.ts';

export type SolveStatus = 'optimal' | 'infeasible' | 'unbounded' | 'limit' | 'error';

export interface Solution {
  status: SolveStatus;
  /** The solver's own status text, for error messages. */
  detail: string;
  objective: number;
  /** Primal value per variable name (0 when the solver dropped an unused column). */
  values: ReadonlyMap<string, number>;
  /** Dual value per constraint name (LPs only; empty for ILPs). */
  duals: ReadonlyMap<string, number>;
}

export interface SolveOptions {
  /** Seconds before the solver gives up and returns its best point with status `limit`. */
  timeLimit?: number;
  /** Relative MIP gap at which an ILP counts as solved. */
  mipGap?: number;
}

/**
 * The one seam between the engine and a solver: plain models in, plain solutions out. The default is
 * HiGHS compiled to WebAssembly (`createHighsSolver`); a native HiGHS or Gurobi process reading
 * `toMpsText(model)` can implement the same interface for very large pools.
 */
export interface Solver {
  readonly name: string;
  solve(model: LinearModel, options?: SolveOptions): Promise<Solution>;
}

/** A solve that did not end optimal where the algorithm needs an optimum. */
export class SolverError extends Error {
  constructor(
    readonly status: SolveStatus,
    message: string,
  ) {
    super(message);
    this.name = 'SolverError';
  }
}
