import { type LinearModel, toLpText } from './model.ts';
import type { Solution, SolveOptions, Solver, SolveStatus } from './solver.ts';

interface HighsColumn {
  Primal?: number;
}
interface HighsRow {
  Name?: string;
  Dual?: number;
}
interface HighsResult {
  Status: string;
  ObjectiveValue: number;
  Columns: Record<string, HighsColumn>;
  Rows: HighsRow[];
}
interface HighsInstance {
  solve(problem: string, options?: Record<string, unknown>): HighsResult;
}

const STATUS: Record<string, SolveStatus> = {
  Optimal: 'optimal',
  Infeasible: 'infeasible',
  Unbounded: 'unbounded',
  'Primal infeasible or unbounded': 'infeasible',
  'Time limit reached': 'limit',
  'Iteration limit reached': 'limit',
};

async function loadHighs(): Promise<HighsInstance> {
  const module = await import('highs');
  return (await module.default()) as unknown as HighsInstance;
}

/**
 * HiGHS (Huangfu & Hall 2018) compiled to WebAssembly, fed CPLEX LP text. One wasm instance is reused
 * for every solve; if a solve throws (older builds failed after thousands of solves), the instance is
 * re-created once and the solve retried.
 */
export async function createHighsSolver(): Promise<Solver> {
  let highs = await loadHighs();
  const run = (text: string, options: Record<string, unknown>) => highs.solve(text, options);
  return {
    name: 'highs-js (HiGHS wasm)',
    async solve(model: LinearModel, options: SolveOptions = {}): Promise<Solution> {
      const text = toLpText(model);
      const settings: Record<string, unknown> = { output_flag: false, random_seed: 0 };
      if (options.timeLimit !== undefined) settings.time_limit = options.timeLimit;
      if (options.mipGap !== undefined) settings.mip_rel_gap = options.mipGap;
      let result: HighsResult;
      try {
        result = run(text, settings);
      } catch {
        highs = await loadHighs();
        try {
          result = run(text, settings);
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          return { status: 'error', detail, objective: Number.NaN, values: new Map(), duals: new Map() };
        }
      }
      const values = new Map<string, number>();
      for (const v of model.variables) values.set(v.name, result.Columns[v.name]?.Primal ?? 0);
      const duals = new Map<string, number>();
      for (const row of result.Rows) if (row.Name !== undefined) duals.set(row.Name, row.Dual ?? 0);
      return {
        status: STATUS[result.Status] ?? 'error',
        detail: result.Status,
        objective: result.ObjectiveValue,
        values,
        duals,
      };
    },
  };
}
