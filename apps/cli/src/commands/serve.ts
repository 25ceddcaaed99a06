import { type DemoSeedResult, loadConfig, seedDemoWorld, startServer } from '@crossgov/server';
import type { Command } from 'commander';
import { describeDemoSeed } from './seed.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the API and the web app (migrates the database first)')
    .option('--demo', 'seed the demo world on first start and print a demo login')
    .action(async (options: { demo?: boolean }) => {
      const config = loadConfig();
      let demo: DemoSeedResult | undefined;
      const server = await startServer(config, {
        beforeListen: async (database) => {
          // Seeds only when the demo world is missing, so restarts keep what visitors changed.
          if (options.demo) demo = await seedDemoWorld(database.db);
        },
      });
      console.log(`Crossgov is running on ${server.url} (database: ${server.database.kind})`);
      if (demo) {
        const lines = describeDemoSeed(demo);
        const width = Math.max(...lines.map((line) => line.length));
        console.log(`\n${'='.repeat(width)}\n${lines.join('\n')}\n${'='.repeat(width)}\n`);
      }
      const shutdown = () => {
        server.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
