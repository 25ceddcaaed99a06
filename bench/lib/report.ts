import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Machine } from './machine.ts';

export interface ReportRow {
  database: string;
  target: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** Requests per second as a share of the same database's bare-Fastify ceiling. */
  ofCeiling: string;
}

function table(rows: ReportRow[]): string {
  const header = ['database', 'target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'of ceiling'];
  const cells = rows.map((row) => [
    row.database,
    row.target,
    String(row.requestsPerSecond),
    String(row.p50Ms),
    String(row.p99Ms),
    String(row.errors),
    String(row.non2xx),
    row.ofCeiling,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => cell[column]?.length ?? 0)),
  );
  const line = (values: string[]) =>
    values.map((value, column) => value.padEnd(widths[column] ?? 0)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

/** Prints the figures with the machine they came from, and keeps them as JSON in bench/results. */
export function report(
  name: string,
  machine: Machine,
  settings: object,
  rows: ReportRow[],
  extra: object,
): string {
  console.log(
    `\n${name}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );
  console.log(`settings: ${JSON.stringify(settings)}\n`);
  console.log(table(rows));
  const directory = fileURLToPath(new URL('../results/', import.meta.url));
  mkdirSync(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const path = join(directory, `${name}-${stamp}.json`);
  writeFileSync(
    path,
    `${JSON.stringify({ name, date: new Date().toISOString(), machine, settings, rows, ...extra }, null, 2)}\n`,
  );
  console.log(`\nwritten to ${path}`);
  return path;
}

/** One database's measured targets as report rows, each with its share of the first target (the ceiling). */
export function rowsAgainstCeiling(
  database: string,
  results: {
    target: string;
    load: { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };
  }[],
): ReportRow[] {
  const ceiling = results[0]?.load.requestsPerSecond ?? 0;
  return results.map(({ target, load }) => ({
    database,
    target,
    requestsPerSecond: load.requestsPerSecond,
    p50Ms: load.p50Ms,
    p99Ms: load.p99Ms,
    errors: load.errors,
    non2xx: load.non2xx,
    ofCeiling: ceiling > 0 ? `${Math.round((load.requestsPerSecond / ceiling) * 100)}%` : '-',
  }));
}
