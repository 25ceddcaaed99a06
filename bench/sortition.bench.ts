import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Algorithm,
  createRandom,
  fairnessOf,
  type Person,
  parseCategories,
  parseRespondents,
  type Quota,
  type SelectionProblem,
  selectPanels,
  structureOf,
} from '@crossgov/sortition';
import type { BenchOptions } from './bench-options.ts';
import { describeMachine } from './lib/machine.ts';

const DATA = '/work/shared/research-data/sortition';
const ALGORITHMS: Algorithm[] = ['leximin', 'maximin', 'nash', 'legacy'];

interface Instance {
  name: string;
  problem: SelectionProblem;
  /** The paper's statistics file for this very instance, if there is one. */
  reference?: string;
  /** A published instance of similar size (different, non-public data): its figures for scale only. */
  comparable?: string;
  legacyRuns: number;
}

function readIfPresent(path: string, missing: string[]): string | undefined {
  if (existsSync(path)) return readFileSync(path, 'utf8');
  missing.push(path);
  return undefined;
}

/** A seeded synthetic pool: skewed feature shares (so types repeat, as in real pools), quotas = share ± 2. */
export function syntheticPool(
  size: number,
  categories: number,
  panelSize: number,
  seed: number,
): SelectionProblem {
  const random = createRandom(seed);
  const features = Array.from({ length: categories }, (_, c) => 2 + (c % 3));
  const people: Person[] = Array.from({ length: size }, (_, i) => ({
    id: `s${i}`,
    features: Object.fromEntries(
      features.map((count, c) => {
        // Feature f has weight 1/(f+1): a few common values, a few rare ones.
        const weights = Array.from({ length: count }, (_, f) => 1 / (f + 1));
        let pick = random.next() * weights.reduce((a, b) => a + b, 0);
        let f = 0;
        while (f < count - 1 && pick >= (weights[f] ?? 0)) {
          pick -= weights[f] ?? 0;
          f += 1;
        }
        return [`c${c}`, `c${c}v${f}`];
      }),
    ),
  }));
  const quotas: Quota[] = features.flatMap((count, c) =>
    Array.from({ length: count }, (_, f) => {
      const have = people.filter((person) => person.features[`c${c}`] === `c${c}v${f}`).length;
      const share = Math.round((have / size) * panelSize);
      return { category: `c${c}`, feature: `c${c}v${f}`, min: Math.max(0, share - 2), max: share + 2 };
    }),
  );
  return { people, quotas, panelSize };
}

function loadInstances(options: BenchOptions, missing: string[]): Instance[] {
  const instances: Instance[] = [];
  const smallCategories = readIfPresent(join(DATA, 'example_small_20/categories.csv'), missing);
  const smallRespondents = readIfPresent(join(DATA, 'example_small_20/respondents.csv'), missing);
  if (smallCategories && smallRespondents) {
    const quotas = parseCategories(smallCategories);
    instances.push({
      name: 'example_small_20',
      problem: { people: parseRespondents(smallRespondents, quotas), quotas, panelSize: 20 },
      reference: readIfPresent(join(DATA, 'reference_output/example_small_20_statistics.txt'), missing),
      legacyRuns: 10_000,
    });
  }
  const features = readIfPresent(join(DATA, 'sortition_algorithms_fixture/features.csv'), missing);
  const candidates = readIfPresent(join(DATA, 'sortition_algorithms_fixture/candidates.csv'), missing);
  if (features && candidates) {
    const quotas = parseCategories(features);
    const people = parseRespondents(candidates, quotas, { idColumn: 'nationbuilder_id' });
    instances.push({
      name: 'sortition_algorithms k=22',
      problem: { people, quotas, panelSize: 22 },
      legacyRuns: 10_000,
    });
  }
  const comparable = (file: string) =>
    readIfPresent(join(DATA, `reference_output/${file}_statistics.txt`), missing);
  instances.push(
    {
      name: 'synthetic 500/5 k=40',
      problem: syntheticPool(500, 5, 40, options.seed),
      comparable: comparable('sf_d_40'),
      legacyRuns: 2000,
    },
    {
      name: 'synthetic 1000/5 k=60',
      problem: syntheticPool(1000, 5, 60, options.seed + 1),
      comparable: comparable('cca_75'),
      legacyRuns: 1000,
    },
    {
      name: 'synthetic 2000/6 k=100',
      problem: syntheticPool(2000, 6, 100, options.seed + 2),
      comparable: comparable('sf_e_110'),
      legacyRuns: 500,
    },
  );
  return instances;
}

/** Pulls a figure out of a reference statistics file, e.g. "LEXIMIN minimum probability". */
function statistic(text: string | undefined, label: string): string {
  const line = text?.split('\n').find((row) => row.startsWith(label));
  return line?.split('\t')[1]?.split(' (')[0]?.trim() ?? '-';
}

function referenceTime(text: string | undefined): string {
  const match = text?.match(/median running time of ([\d.]+) seconds/);
  return match?.[1] ? `${match[1]} s` : '-';
}

const pct = (value: number) => `${(value * 100).toFixed(2)}%`;

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [
    line(rows[0] ?? []),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.slice(1).map(line),
  ].join('\n');
}

/**
 * `npm run bench -- sortition`: LEXIMIN, MAXIMIN, NASH and LEGACY on example_small_20, the
 * sortition-algorithms fixture and seeded synthetic pools, next to the paper's published figures
 * (Flanigan et al. 2021 reference_output; Gurobi 9.0.3 on the authors' machine).
 */
export async function runSortitionBench(options: BenchOptions): Promise<void> {
  const machine = describeMachine();
  console.log(
    `sortition: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}`,
  );
  const missing: string[] = [];
  const instances = loadInstances(options, missing);
  for (const path of missing) console.log(`missing reference file, skipped: ${path}`);
  const header = [
    'instance',
    'n',
    'k',
    'types',
    'algorithm',
    'seconds',
    'ILP s (#)',
    'LP s (#)',
    'panels',
    'target gap',
    'min',
    'gini',
    'geo mean',
  ];
  const rows: string[][] = [header];
  const results: object[] = [];
  for (const instance of instances) {
    const { problem } = instance;
    const types = structureOf(problem).types.length;
    for (const algorithm of ALGORITHMS) {
      const started = performance.now();
      const result = await selectPanels(problem, algorithm, {
        seed: options.seed,
        legacyRuns: instance.legacyRuns,
      });
      const seconds = (performance.now() - started) / 1000;
      const fairness = fairnessOf(result.probabilities);
      const { stats } = result;
      const label = algorithm === 'legacy' ? `legacy (${instance.legacyRuns} draws)` : algorithm;
      rows.push([
        instance.name,
        String(problem.people.length),
        String(problem.panelSize),
        String(types),
        label,
        seconds.toFixed(2),
        `${stats.ilpSeconds.toFixed(2)} (${stats.ilpSolves})`,
        `${stats.lpSeconds.toFixed(2)} (${stats.lpSolves})`,
        String(result.distribution.panels.length),
        stats.targetGap === undefined ? '-' : stats.targetGap.toExponential(1),
        pct(fairness.minProbability),
        pct(fairness.gini),
        pct(fairness.geometricMean),
      ]);
      results.push({
        instance: instance.name,
        algorithm,
        seconds,
        stats,
        fairness,
        panels: result.distribution.panels.length,
      });
      console.error(`  ${instance.name} ${algorithm}: ${seconds.toFixed(2)} s`);
    }
    const reference = instance.reference ?? instance.comparable;
    if (reference) {
      const which = instance.reference
        ? 'paper, same instance'
        : `paper, ${statistic(reference, 'instance:')} (n=${statistic(reference, 'pool size n:')}, k=${statistic(reference, 'panel size k:')}; other data)`;
      rows.push([
        instance.name,
        '',
        '',
        '',
        `LEXIMIN ${which}`,
        referenceTime(reference),
        '',
        '',
        '',
        '',
        statistic(reference, 'LEXIMIN minimum probability'),
        statistic(reference, 'gini coefficient of LEXIMIN'),
        statistic(reference, 'geometric mean of LEXIMIN'),
      ]);
      rows.push([
        instance.name,
        '',
        '',
        '',
        `LEGACY ${which}`,
        '',
        '',
        '',
        '',
        '',
        statistic(reference, 'LEGACY minimum probability'),
        statistic(reference, 'gini coefficient of LEGACY'),
        statistic(reference, 'geometric mean of LEGACY'),
      ]);
    }
  }
  console.log(
    `settings: ${JSON.stringify({ seed: options.seed, solver: 'highs-js 1.15.3 (HiGHS wasm)' })}\n`,
  );
  console.log(table(rows));
  console.log(
    "\nPaper times: median of 3 LEXIMIN runs, Gurobi 9.0.3, the authors' machine; LEGACY min there is a 99% upper bound.",
  );
  const directory = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `sortition-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    path,
    `${JSON.stringify({ name: 'sortition', date: new Date().toISOString(), machine, seed: options.seed, results }, null, 2)}\n`,
  );
  console.log(`written to ${path}`);
}
