import { readFile, writeFile } from 'node:fs/promises';
import {
  type BudgetOptions,
  BudgetOptionsError,
  type BudgetOutcome,
  COMPLETIONS,
  type Completion,
  computeBudget,
  describeExplanation,
  describeJurisdictions,
  jurisdictionsFromColumn,
  type PbInstance,
  PbParseError,
  PbWriteError,
  ProfileError,
  parsePb,
  type Rule,
  type Satisfaction,
  TIE_BREAKERS,
  type TieBreaker,
  type UtilityModel,
  weightsFromColumn,
  writePb,
} from '@crossgov/budgeting';
import { type Command, Option } from 'commander';

export interface BudgetCommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RuleFlags {
  rule: Rule;
  completion?: Completion;
  satisfaction?: Satisfaction;
  tieBreaking?: string;
  utilities?: UtilityModel;
  weightColumn?: string;
  json?: boolean;
}

/** Exit code for a file that cannot be read or understood (the CLI contract: 2 names the line). */
const BAD_FILE = 2;
const BAD_OPTIONS = 1;

const failure = (exitCode: number, message: string): BudgetCommandResult => ({
  exitCode,
  stdout: '',
  stderr: `${message}\n`,
});

async function loadInstance(path: string): Promise<PbInstance | BudgetCommandResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return failure(
      BAD_FILE,
      `${path}: cannot read the file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  try {
    return parsePb(text);
  } catch (error) {
    if (error instanceof PbParseError) return failure(BAD_FILE, `${path}: ${error.message}`);
    throw error;
  }
}

function parseTieBreaking(text: string | undefined): TieBreaker[] | string | undefined {
  if (text === undefined) return undefined;
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const unknown = parts.filter((part) => !TIE_BREAKERS.includes(part as TieBreaker));
  if (unknown.length > 0) return `--tie-breaking takes ${TIE_BREAKERS.join(', ')}; not ${unknown.join(', ')}`;
  return parts as TieBreaker[];
}

/** Runs a rule on a loaded instance, turning option and ballot errors into exit codes. */
function compute(
  instance: PbInstance,
  flags: RuleFlags,
  extra: Partial<BudgetOptions>,
): BudgetOutcome | BudgetCommandResult {
  const tieBreaking = parseTieBreaking(flags.tieBreaking);
  if (typeof tieBreaking === 'string') return failure(BAD_OPTIONS, tieBreaking);
  let voterWeights: number[] | undefined;
  try {
    voterWeights = flags.weightColumn ? weightsFromColumn(instance, flags.weightColumn) : undefined;
  } catch (error) {
    if (error instanceof BudgetOptionsError) return failure(BAD_OPTIONS, error.message);
    throw error;
  }
  const options: BudgetOptions = {
    rule: flags.rule,
    completion: flags.completion ?? 'none',
    satisfaction: flags.satisfaction ?? 'cost',
    utilities: flags.utilities ?? 'ballot',
    ...(tieBreaking ? { tieBreaking } : {}),
    ...(voterWeights ? { voterWeights } : {}),
    ...extra,
  };
  try {
    return computeBudget(instance, options);
  } catch (error) {
    if (error instanceof BudgetOptionsError) return failure(BAD_OPTIONS, error.message);
    if (error instanceof ProfileError) return failure(BAD_FILE, error.message);
    throw error;
  }
}

const money = (value: number) => Math.round(value).toLocaleString('en-US');
const decimal = (value: number | null, digits = 2) => (value === null ? '-' : value.toFixed(digits));

function readableReport(path: string, instance: PbInstance, outcome: BudgetOutcome): string {
  const cost = new Map(instance.projects.map((project) => [project.id, project.cost]));
  const completed = new Set(outcome.completionAdded);
  const lines = [
    `${path}: ${instance.ballots.length} voters, ${instance.projects.length} projects, budget ${money(outcome.budget)} (${instance.voteType})`,
    `rule ${outcome.rule}${outcome.rule === 'mes' ? `, completion ${outcome.completion}` : ''}, satisfaction ${outcome.satisfaction}, ties: ${[...outcome.tieBreaking.filter((rule) => rule !== 'lexico'), 'lexico'].join(' > ')}`,
  ];
  if (outcome.endowment !== null)
    lines.push(
      `final budget per voter ${decimal(outcome.endowment)}, ${outcome.add1Steps} Add1 runs, ${outcome.exactChecks} rounds checked with exact fractions`,
    );
  lines.push(
    '',
    `funded ${outcome.selected.length} projects for ${money(outcome.cost)} of ${money(outcome.budget)}:`,
  );
  for (const id of outcome.selected)
    lines.push(
      `  ${id.padEnd(10)} ${money(cost.get(id) ?? 0).padStart(12)}${completed.has(id) ? '  (completion)' : ''}`,
    );
  if (outcome.explanations) {
    lines.push('', 'why:');
    for (const entry of outcome.explanations) lines.push(`  ${describeExplanation(entry)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `crossgov budget compute FILE.pb --rule greedy|mes ...`: the outcome as JSON or as a readable report. */
export async function runBudgetCompute(path: string, flags: RuleFlags): Promise<BudgetCommandResult> {
  const instance = await loadInstance(path);
  if ('exitCode' in instance) return instance;
  const started = performance.now();
  const outcome = compute(instance, flags, {});
  const seconds = (performance.now() - started) / 1000;
  if ('exitCode' in outcome) return outcome;
  if (flags.json) {
    const { rule, completion, selected, cost, budget } = outcome;
    return {
      exitCode: 0,
      stdout: `${JSON.stringify({ rule, completion, selected, cost, budget, seconds })}\n`,
      stderr: '',
    };
  }
  const explained = compute(instance, flags, { explain: true });
  if ('exitCode' in explained) return explained;
  return { exitCode: 0, stdout: readableReport(path, instance, explained), stderr: '' };
}

/** `crossgov budget explain FILE.pb`: every project's explanation (JSON or text), optionally one project. */
export async function runBudgetExplain(
  path: string,
  flags: RuleFlags & { project?: string },
): Promise<BudgetCommandResult> {
  const instance = await loadInstance(path);
  if ('exitCode' in instance) return instance;
  const outcome = compute(instance, flags, { explain: true });
  if ('exitCode' in outcome) return outcome;
  const entries = (outcome.explanations ?? []).filter(
    (entry) => !flags.project || entry.projectId === flags.project,
  );
  if (flags.project && entries.length === 0)
    return failure(BAD_OPTIONS, `${path} has no project "${flags.project}"`);
  if (flags.json) return { exitCode: 0, stdout: `${JSON.stringify(entries)}\n`, stderr: '' };
  return { exitCode: 0, stdout: `${entries.map(describeExplanation).join('\n')}\n`, stderr: '' };
}

function parseContributions(text: string | undefined): Record<string, number> | string | undefined {
  if (text === undefined) return undefined;
  const contributions: Record<string, number> = {};
  for (const part of text.split(',')) {
    const at = part.lastIndexOf('=');
    const amount = Number(part.slice(at + 1));
    if (at <= 0 || !Number.isFinite(amount) || amount < 0)
      return `--contributions takes name=amount pairs separated by commas; "${part}" is not one`;
    contributions[part.slice(0, at).trim()] = amount;
  }
  return contributions;
}

/** `crossgov budget fairness FILE.pb --jurisdiction-column district`: contribution vs benefit per jurisdiction. */
export async function runBudgetFairness(
  path: string,
  flags: RuleFlags & { jurisdictionColumn: string; contributions?: string },
): Promise<BudgetCommandResult> {
  const instance = await loadInstance(path);
  if ('exitCode' in instance) return instance;
  const contributions = parseContributions(flags.contributions);
  if (typeof contributions === 'string') return failure(BAD_OPTIONS, contributions);
  let jurisdictionOfBallot: string[];
  try {
    jurisdictionOfBallot = jurisdictionsFromColumn(instance, flags.jurisdictionColumn);
  } catch (error) {
    if (error instanceof BudgetOptionsError) return failure(BAD_OPTIONS, error.message);
    throw error;
  }
  const outcome = compute(instance, flags, {
    jurisdictions: { jurisdictionOfBallot, ...(contributions ? { contributions } : {}) },
  });
  if ('exitCode' in outcome) return outcome;
  const shares = outcome.jurisdictions ?? [];
  if (flags.json)
    return {
      exitCode: 0,
      stdout: `${JSON.stringify({ selected: outcome.selected, cost: outcome.cost, jurisdictions: shares })}\n`,
      stderr: '',
    };
  return { exitCode: 0, stdout: describeJurisdictions(shares), stderr: '' };
}

/** `crossgov budget convert IN.pb OUT.pb`: re-writes a file in canonical form (checks that it parses). */
export async function runBudgetConvert(path: string, out: string): Promise<BudgetCommandResult> {
  const instance = await loadInstance(path);
  if ('exitCode' in instance) return instance;
  try {
    await writeFile(out, writePb(instance));
  } catch (error) {
    if (error instanceof PbWriteError) return failure(BAD_FILE, error.message);
    throw error;
  }
  return {
    exitCode: 0,
    stdout: '',
    stderr: `wrote ${out}: ${instance.projects.length} projects, ${instance.ballots.length} votes\n`,
  };
}

function ruleOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--rule <rule>', 'greedy or the Method of Equal Shares')
        .choices(['greedy', 'mes'])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--completion <completion>', 'how MES uses leftover money (default none)').choices([
        ...COMPLETIONS,
      ]),
    )
    .addOption(
      new Option(
        '--satisfaction <measure>',
        'voter utility: cost of approved projects or their number (default cost)',
      ).choices(['cost', 'cardinality']),
    )
    .option(
      '--tie-breaking <list>',
      `comma list of ${TIE_BREAKERS.join(', ')} (default maxVotes,minCost,lexico)`,
    )
    .addOption(
      new Option(
        '--utilities <model>',
        'ballot: points/Borda scores; approval: every listed project counts 1 (default ballot)',
      ).choices(['ballot', 'approval']),
    )
    .option(
      '--weight-column <column>',
      'VOTES column of whole-number voter weights (default: every voter counts 1)',
    )
    .option('--json', 'print JSON');
}

function finish(result: BudgetCommandResult): void {
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}

export function registerBudgetCommand(program: Command): void {
  const budget = program
    .command('budget')
    .description('Participatory budgeting on pabulib .pb files: greedy and the Method of Equal Shares');
  ruleOptions(
    budget
      .command('compute')
      .argument('<file>', 'a pabulib .pb file')
      .description('Compute the funded projects'),
  )
    .addHelpText(
      'after',
      '\nExample:\n  crossgov budget compute poland_wieliczka_2023_green-budget.pb --rule mes --completion add1 --json',
    )
    .action(async (file: string, flags: RuleFlags) => finish(await runBudgetCompute(file, flags)));
  ruleOptions(
    budget
      .command('explain')
      .argument('<file>', 'a pabulib .pb file')
      .description('Explain for each project why it was or was not funded'),
  )
    .option('--project <id>', 'only this project')
    .action(async (file: string, flags: RuleFlags & { project?: string }) =>
      finish(await runBudgetExplain(file, flags)),
    );
  ruleOptions(
    budget
      .command('fairness')
      .argument('<file>', 'a pabulib .pb file')
      .description('Money contributed vs benefit received, per jurisdiction'),
  )
    .requiredOption(
      '--jurisdiction-column <column>',
      'VOTES column naming each voter’s jurisdiction (e.g. district)',
    )
    .option('--contributions <pairs>', 'what each jurisdiction put in, e.g. north=600000,south=400000')
    .action(async (file: string, flags: RuleFlags & { jurisdictionColumn: string; contributions?: string }) =>
      finish(await runBudgetFairness(file, flags)),
    );
  budget
    .command('convert')
    .argument('<file>', 'a pabulib .pb file')
    .argument('<out>', 'where to write the re-written file')
    .description('Parse and re-write a .pb file (checks it; keeps unknown keys and columns)')
    .action(async (file: string, out: string) => finish(await runBudgetConvert(file, out)));
}
