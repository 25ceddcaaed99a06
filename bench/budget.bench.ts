import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BudgetOptions, computeBudget, metaValue, type PbInstance, parsePb } from '@crossgov/budgeting';
import type { BenchOptions } from './bench-options.ts';
import { describeMachine } from './lib/machine.ts';

const DATA = '/work/shared/research-data/pb';
const REFERENCE = join(DATA, 'pabutools_runtime_reference.csv');
const EXPECTED_FILES = [
  'poland_wieliczka_2023_green-budget.pb',
  'poland_czestochowa_2020_grabowka.pb',
  'poland_krakow_2020_podgorze.pb',
  'poland_lodz_2022_teofilow-wielkopolska.pb',
  'poland_lodz_2022_.pb',
];

interface Row {
  file: string;
  voters: number;
  projects: number;
  rule: string;
  parseMs: number;
  computeMs: number;
  add1Runs: number;
  exactChecks: number;
  funded: number;
  cost: number;
  /** Equal to the file's `selected` column when the file's official rule is this one. */
  official: string;
  pabutoolsS: string;
}

const RULES: { name: string; options: BudgetOptions; official: string[]; reference: string }[] = [
  { name: 'MES', options: { rule: 'mes' }, official: ['equalshares'], reference: 'mes_cost_res' },
  {
    name: 'MES+add1',
    options: { rule: 'mes', completion: 'add1' },
    official: ['equalshares/add1'],
    reference: 'mes_cost_res_ex',
  },
  { name: 'greedy', options: { rule: 'greedy' }, official: ['greedy'], reference: 'greed_cost_res' },
];

/** pabutools seconds by file and rule, for ApprovalProfile and ApprovalMultiProfile (first row of each). */
function readReference(): Map<string, { single: number; multi: number }> {
  const table = new Map<string, { single: number; multi: number }>();
  if (!existsSync(REFERENCE)) return table;
  const [header, ...lines] = readFileSync(REFERENCE, 'utf8').split('\n');
  const columns = (header ?? '').split(';');
  const at = (name: string) => columns.indexOf(name);
  for (const line of lines) {
    const cells = line.split(';');
    const key = `${cells[at('file')]}|${cells[at('rule')]}`;
    const entry = table.get(key) ?? { single: Number.NaN, multi: Number.NaN };
    const seconds = Number(cells[at('runtime')]);
    if (cells[at('profile_type')] === 'ApprovalProfile' && Number.isNaN(entry.single)) entry.single = seconds;
    if (cells[at('profile_type')] === 'ApprovalMultiProfile' && Number.isNaN(entry.multi))
      entry.multi = seconds;
    table.set(key, entry);
  }
  return table;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timed<T>(repeats: number, work: () => T): { value: T; ms: number } {
  let value = work(); // warm-up for the JIT; not counted
  const times: number[] = [];
  for (let run = 0; run < repeats; run++) {
    const started = performance.now();
    value = work();
    times.push(performance.now() - started);
  }
  return { value, ms: median(times) };
}

function officialCheck(instance: PbInstance, selected: string[], rules: string[]): string {
  const rule = metaValue(instance, 'rule') ?? '';
  if (!rules.includes(rule) || !instance.projectColumns.includes('selected')) return '';
  const official = instance.projects
    .filter((project) => project.fields.selected === '1')
    .map((project) => project.id);
  const same = official.length === selected.length && official.every((id) => selected.includes(id));
  return same ? `= ${rule}` : `≠ ${rule}`;
}

function table(rows: Row[]): string {
  const header = [
    'file',
    'voters',
    'proj',
    'rule',
    'parse ms',
    'compute ms',
    'add1 runs',
    'exact',
    'funded',
    'cost',
    'official',
    'pabutools s (single / multi)',
  ];
  const cells = rows.map((row) => [
    row.file,
    String(row.voters),
    String(row.projects),
    row.rule,
    row.parseMs.toFixed(1),
    row.computeMs.toFixed(1),
    String(row.add1Runs),
    String(row.exactChecks),
    String(row.funded),
    String(row.cost),
    row.official,
    row.pabutoolsS,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => cell[column]?.length ?? 0)),
  );
  const line = (values: string[]) =>
    values.map((value, column) => value.padEnd(widths[column] ?? 0)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

/**
 * Parse and compute times of greedy, MES and MES+Add1 on every pabulib file in the research data, beside
 * pabutools' published runtimes for the same files (its `mes_cost_res_ex` is MES + 1% budget increase +
 * greedy completion, the closest reference to Add1). Also checks outcomes against the files' official results.
 */
export async function runBudgetBench(_options: BenchOptions): Promise<void> {
  const machine = describeMachine();
  console.log(
    `budget: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}`,
  );
  if (!existsSync(DATA)) {
    console.log(`SKIPPED: ${DATA} is missing, so there are no pabulib files to measure.`);
    return;
  }
  const files = readdirSync(DATA)
    .filter((name) => name.endsWith('.pb'))
    .sort();
  const missing = EXPECTED_FILES.filter((name) => !files.includes(name));
  if (missing.length > 0) console.log(`missing (skipped): ${missing.join(', ')}`);
  if (!existsSync(REFERENCE)) console.log(`missing: ${REFERENCE}; no pabutools reference times`);
  const reference = readReference();
  const rows: Row[] = [];
  for (const file of files) {
    const text = readFileSync(join(DATA, file), 'utf8');
    const parsed = timed(3, () => parsePb(text));
    const instance = parsed.value;
    for (const rule of RULES) {
      const outcome = timed(3, () => computeBudget(instance, rule.options));
      const times = reference.get(`${file}|${rule.reference}`);
      rows.push({
        file: file.replace(/\.pb$/, ''),
        voters: instance.ballots.length,
        projects: instance.projects.length,
        rule: rule.name,
        parseMs: parsed.ms,
        computeMs: outcome.ms,
        add1Runs: outcome.value.add1Steps,
        exactChecks: outcome.value.exactChecks,
        funded: outcome.value.selected.length,
        cost: outcome.value.cost,
        official: officialCheck(instance, outcome.value.selected, rule.official),
        pabutoolsS: times
          ? `${times.single.toFixed(2)} / ${times.multi.toFixed(2)} (${rule.reference})`
          : 'not in reference',
      });
      console.error(`  ${file} ${rule.name}: ${outcome.ms.toFixed(1)} ms`);
    }
  }
  console.log(
    '\nMedian of 3 runs after one warm-up. pabutools figures: analysis/csv/runtime.csv (machine unknown).',
  );
  console.log(table(rows));
  const directory = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `budget-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    path,
    `${JSON.stringify({ name: 'budget', date: new Date().toISOString(), machine, rows }, null, 2)}\n`,
  );
  console.log(`\nwritten to ${path}`);
}
