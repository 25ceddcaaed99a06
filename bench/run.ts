import { type BenchOptions, parseBenchArguments } from './bench-options.ts';
import { runBudgetBench } from './budget.bench.ts';
import { runDeliberationBench } from './deliberation.bench.ts';
import { runDirectoryBench } from './directory.bench.ts';
import { runPagesBench } from './pages.bench.ts';
import { runSortitionBench } from './sortition.bench.ts';

/** Every benchmark by name; add one here to make it runnable with `npm run bench -- <name>`. */
const BENCHES: Record<string, { describe: string; run: (options: BenchOptions) => Promise<void> }> = {
  pages: {
    describe:
      'organisation and public space pages under load vs. the bare-Fastify ceiling, PostgreSQL and PGlite',
    run: runPagesBench,
  },
  directory: {
    describe: 'directory search, people search and find partners under load vs. the bare-Fastify ceiling',
    run: runDirectoryBench,
  },
  sortition: {
    describe:
      "LEXIMIN/MAXIMIN/NASH/LEGACY on the paper's example, the sortition-algorithms fixture and synthetic pools",
    run: runSortitionBench,
  },
  deliberation: {
    describe: 'Polis opinion-map math: open data (ARI vs Polis), 10k x 1k, 100k x 2k in a worker',
    run: runDeliberationBench,
  },
  budget: {
    describe:
      'pabulib files: parse, greedy, MES and MES+Add1 vs. pabutools runtimes; official outcomes checked',
    run: runBudgetBench,
  },
};

function usage(): string {
  const names = Object.entries(BENCHES).map(([name, bench]) => `  ${name.padEnd(8)} ${bench.describe}`);
  return [
    'usage: npm run bench -- <name> [--scale N] [--seconds S] [--connections C] [--databases postgres,pglite]',
    '                               [--seed S] [--postgres-url URL] [--pool-size P]',
    '',
    ...names,
  ].join('\n');
}

try {
  const { name, options } = parseBenchArguments(process.argv.slice(2));
  const bench = name ? BENCHES[name] : undefined;
  if (!bench) {
    console.error(name ? `unknown benchmark "${name}"\n\n${usage()}` : usage());
    process.exitCode = 2;
  } else {
    await bench.run(options);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
