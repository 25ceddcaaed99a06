import { type BenchOptions, parseBenchArguments } from './bench-options.ts';
import { runPagesBench } from './pages.bench.ts';

/** Every benchmark by name; add one here to make it runnable with `npm run bench -- <name>`. */
const BENCHES: Record<string, { describe: string; run: (options: BenchOptions) => Promise<void> }> = {
  pages: {
    describe:
      'organisation and public space pages under load vs. the bare-Fastify ceiling, PostgreSQL and PGlite',
    run: runPagesBench,
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
