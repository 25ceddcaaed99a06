import { readFileSync, writeFileSync } from 'node:fs';
import {
  type Algorithm,
  drawFromLottery,
  fairnessOf,
  fairnessReport,
  InfeasibleQuotasError,
  LotteryFormatError,
  lotteryDocument,
  parseCategories,
  parseLotteryDocument,
  parseRespondents,
  roundToLottery,
  SeedError,
  type SelectionProblem,
  type SelectionResult,
  SortitionInputError,
  seedCommitment,
  selectPanels,
  sharedHighsSolver,
} from '@crossgov/sortition';
import type { Command } from 'commander';

/** What a sortition command prints and how it exits; the action only writes it out. */
export interface CommandOutcome {
  exitCode: number;
  output: string;
}

/** Bad input: exit code 2 and a message naming the file, line or field. */
class UsageError extends Error {}

const ALGORITHMS: readonly Algorithm[] = ['leximin', 'maximin', 'nash', 'legacy'];

export interface SelectOptions {
  categories: string;
  respondents: string;
  panelSize: string;
  algorithm: string;
  idColumn?: string;
  householdColumn?: string;
  json?: boolean;
  seed?: string;
  legacyRuns?: string;
  lotteryOut?: string;
  lotterySize?: string;
  seedHash?: string;
}

function readInput(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${what} file ${path}: ${code === 'ENOENT' ? 'not found' : `cannot be read (${code})`}`,
    );
  }
}

function whole(value: string | undefined, fallback: number, flag: string, min: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min)
    throw new UsageError(`${flag} must be a whole number of at least ${min}, got "${value}"`);
  return Number(value);
}

function loadProblem(options: SelectOptions): SelectionProblem {
  const quotas = parseCategories(readInput(options.categories, '--categories'), options.categories);
  const people = parseRespondents(
    readInput(options.respondents, '--respondents'),
    quotas,
    { idColumn: options.idColumn, householdColumn: options.householdColumn },
    options.respondents,
  );
  return { people, quotas, panelSize: whole(options.panelSize, 0, '--panel-size', 1) };
}

/** The JSON contract of `crossgov sortition select --json`. */
export function selectionJson(problem: SelectionProblem, result: SelectionResult, seconds: number) {
  const fairness = fairnessOf(result.probabilities);
  const id = (person: number) => problem.people[person]?.id ?? String(person);
  return {
    algorithm: result.algorithm,
    panelSize: problem.panelSize,
    probabilities: Object.fromEntries(result.probabilities.map((p, person) => [id(person), p])),
    minProbability: fairness.minProbability,
    gini: fairness.gini,
    geometricMean: fairness.geometricMean,
    panels: result.distribution.panels.map((panel, index) => ({
      members: panel.map(id),
      probability: result.distribution.probabilities[index] ?? 0,
    })),
    seconds,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

function humanReport(
  problem: SelectionProblem,
  result: SelectionResult,
  seconds: number,
  legacyRuns: number,
  seed: number,
) {
  const report = fairnessReport(problem, result.algorithm, result.probabilities, { runs: legacyRuns, seed });
  const row = (label: string, ours: number, legacy: number) =>
    `  ${label.padEnd(22)} ${percent(ours).padStart(9)}   ${percent(legacy).padStart(9)}`;
  return [
    `Sortition: ${result.algorithm.toUpperCase()}, pool of ${problem.people.length}, panel of ${problem.panelSize}`,
    `  ${result.distribution.panels.length} panels in the distribution, computed in ${seconds.toFixed(2)} s`,
    '',
    `  ${''.padEnd(22)} ${result.algorithm.toUpperCase().padStart(9)}   ${'LEGACY'.padStart(9)}`,
    row('minimum probability', report.fairness.minProbability, report.legacy.minProbability),
    row('Gini coefficient', report.fairness.gini, report.legacy.gini),
    row('geometric mean', report.fairness.geometricMean, report.legacy.geometricMean),
    `  (LEGACY estimated from ${legacyRuns} seeded draws, seed ${seed}; mean probability k/n = ${percent(problem.panelSize / problem.people.length)})`,
  ].join('\n');
}

/** `crossgov sortition select`: parse, check the quotas, run the algorithm, print the report or JSON. */
export async function runSortitionSelect(options: SelectOptions): Promise<CommandOutcome> {
  const algorithm = options.algorithm.toLowerCase() as Algorithm;
  if (!ALGORITHMS.includes(algorithm))
    throw new UsageError(`--algorithm must be one of ${ALGORITHMS.join(', ')}, got "${options.algorithm}"`);
  const seed = whole(options.seed, 0, '--seed', 0);
  const legacyRuns = whole(options.legacyRuns, 10_000, '--legacy-runs', 1);
  const lotterySize = whole(options.lotterySize, 1000, '--lottery-size', 1);
  const problem = loadProblem(options);
  const started = performance.now();
  const result = await selectPanels(problem, algorithm, { seed, legacyRuns });
  const seconds = (performance.now() - started) / 1000;
  const notes: string[] = [];
  if (options.lotteryOut) {
    const lottery = await roundToLottery(
      result.distribution,
      result.probabilities,
      await sharedHighsSolver(),
      {
        size: lotterySize,
      },
    );
    const seedHash = options.seedHash?.trim().toLowerCase() ?? null;
    const document = lotteryDocument(lottery, problem.people, algorithm, problem.panelSize, seedHash);
    writeFileSync(options.lotteryOut, `${JSON.stringify(document, null, 2)}\n`);
    notes.push(
      `Lottery of ${lottery.size} tickets over ${lottery.panels.length} panels written to ${options.lotteryOut} ` +
        `(${lottery.method}; largest probability change ${lottery.maxDeviation.toFixed(5)}).`,
    );
  }
  if (options.json) {
    for (const note of notes) process.stderr.write(`${note}\n`);
    return { exitCode: 0, output: JSON.stringify(selectionJson(problem, result, seconds)) };
  }
  return {
    exitCode: 0,
    output: [humanReport(problem, result, seconds, legacyRuns, seed), ...notes].join('\n'),
  };
}

export interface DrawOptions {
  lottery: string;
  seed: string;
  json?: boolean;
}

/** `crossgov sortition draw`: verify the seed against the committed hash and draw the panel. */
export function runSortitionDraw(options: DrawOptions): CommandOutcome {
  const text = readInput(options.lottery, '--lottery');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`--lottery file ${options.lottery}: not valid JSON`);
  }
  const document = parseLotteryDocument(parsed);
  const drawn = drawFromLottery(document, options.seed);
  if (options.json)
    return {
      exitCode: 0,
      output: JSON.stringify({
        ticket: drawn.ticket,
        size: document.size,
        seedHash: drawn.seedHash,
        members: drawn.members,
      }),
    };
  return {
    exitCode: 0,
    output: [
      `Ticket ${drawn.ticket} of ${document.size} (seed SHA-256 ${drawn.seedHash}${document.seedHash ? ', matches the commitment' : ', no commitment in the lottery'})`,
      `Panel of ${drawn.members.length}: ${drawn.members.join(', ')}`,
    ].join('\n'),
  };
}

/** Maps the engine's input errors to exit code 2 with their message; anything else propagates. */
export async function outcomeOf(
  run: () => Promise<CommandOutcome> | CommandOutcome,
): Promise<CommandOutcome> {
  try {
    return await run();
  } catch (error) {
    const known = [UsageError, SortitionInputError, InfeasibleQuotasError, LotteryFormatError, SeedError];
    if (known.some((kind) => error instanceof kind)) return { exitCode: 2, output: (error as Error).message };
    throw error;
  }
}

function print(outcome: CommandOutcome): void {
  if (outcome.exitCode === 0) console.log(outcome.output);
  else console.error(outcome.output);
  process.exitCode = outcome.exitCode;
}

export function registerSortitionCommand(program: Command): void {
  const sortition = program
    .command('sortition')
    .description(
      'Fair selection of citizens’ assemblies (LEXIMIN, MAXIMIN, NASH, LEGACY) and auditable draws',
    );
  sortition
    .command('select')
    .description('Selection probabilities and the panel distribution for a pool and its quotas')
    .requiredOption('--categories <file>', 'quotas CSV: category,feature,min,max')
    .requiredOption('--respondents <file>', 'pool CSV: one column per category')
    .requiredOption('--panel-size <k>', 'number of panel seats')
    .requiredOption('--algorithm <name>', 'leximin | maximin | nash | legacy')
    .option('--id-column <name>', 'column with person ids (default: row number from 0)')
    .option('--household-column <name>', 'column with a household key (at most one per household)')
    .option('--json', 'print one JSON object')
    .option('--seed <n>', 'seed of every random choice', '0')
    .option('--legacy-runs <n>', 'LEGACY draws for its estimate and the comparison', '10000')
    .option('--lottery-out <file>', 'also round to a uniform lottery and write it as JSON')
    .option('--lottery-size <m>', 'tickets in the lottery', '1000')
    .option('--seed-hash <hex>', 'SHA-256 of the draw seed, committed in the lottery')
    .action(async (options: SelectOptions) => print(await outcomeOf(() => runSortitionSelect(options))));
  sortition
    .command('draw')
    .description('Draw the panel of a published lottery from the revealed seed')
    .requiredOption('--lottery <file>', 'lottery JSON written by select --lottery-out')
    .requiredOption('--seed <hex>', 'the seed (hex, at least 16 bytes)')
    .option('--json', 'print one JSON object')
    .action(async (options: DrawOptions) => print(await outcomeOf(() => runSortitionDraw(options))));
  sortition
    .command('commit')
    .description('Print the SHA-256 commitment of a seed, to publish before the draw')
    .requiredOption('--seed <hex>', 'the seed (hex, at least 16 bytes)')
    .action(async (options: { seed: string }) =>
      print(await outcomeOf(() => ({ exitCode: 0, output: seedCommitment(options.seed) }))),
    );
}
