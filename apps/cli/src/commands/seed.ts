import {
  type DatabaseHandle,
  DEFAULT_SCALE_SEED,
  type DemoSeedResult,
  type ScaleSeedResult,
  seedDemoWorld,
  seedScaleWorld,
} from '@crossgov/server';
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { withConfiguredDatabase } from './configured-database.ts';

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return parsed;
}

function anyInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) throw new InvalidArgumentError('expected a whole number');
  return parsed;
}

/** The lines a person needs after seeding the demo: what was made and how to sign in. */
export function describeDemoSeed(result: DemoSeedResult): string[] {
  const lines = result.seeded
    ? [
        `Demo world seeded: ${result.counts.organisations} organisations, ${result.counts.people} people and ` +
          `${result.counts.spaces} co-owned spaces (workspaces, an assembly, budgets, a consultation and a conversation), all marked as demo data.`,
      ]
    : ['The demo world is already there; nothing was changed.'];
  lines.push(`Demo login:  ${result.login.email}  password: ${result.login.password}`);
  if (result.admin)
    lines.push(
      `Admin login: ${result.admin.email}  password: ${result.admin.password}  (shown only now; note it down)`,
    );
  return lines;
}

/** Seeds N organisations with a progress bar on stderr (stdout stays clean for scripts). */
export async function runScaleSeed(
  database: DatabaseHandle,
  organisations: number,
  seed: number,
): Promise<ScaleSeedResult> {
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'Seeding |{bar}| {percentage}% | {value}/{total} organisations, people and spaces | ETA {eta}s',
    hideCursor: true,
  });
  let started = false;
  try {
    return await seedScaleWorld(database.db, {
      organisations,
      seed,
      onProgress: (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
  } finally {
    if (started) bar.stop();
  }
}

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Fill the database with the demo world (--demo) or generated data at scale (--scale N)')
    .option('--demo', 'the demo organisations, people and co-owned spaces (does nothing if already there)')
    .option(
      '--scale <organisations>',
      'generate N organisations, N/2 people and N/10 workspaces',
      positiveInteger,
    )
    .option('--seed <number>', 'random seed for --scale: the same seed gives the same data', anyInteger)
    .action(async (options: { demo?: boolean; scale?: number; seed?: number }) => {
      if (!options.demo && options.scale === undefined)
        throw new Error('Say what to seed: --demo, or --scale N (see crossgov seed --help).');
      await withConfiguredDatabase(async (database) => {
        if (options.demo)
          for (const line of describeDemoSeed(await seedDemoWorld(database.db))) console.log(line);
        if (options.scale === undefined) return;
        const result = await runScaleSeed(database, options.scale, options.seed ?? DEFAULT_SCALE_SEED);
        console.log(
          `Seeded ${result.organisations} organisations (org-000000 …), ${result.people} people, ` +
            `${result.memberships} memberships and ${result.spaces} workspaces (space-000000 …) ` +
            `with seed ${result.seed} in ${(result.milliseconds / 1000).toFixed(1)} s.`,
        );
      });
    });
}
