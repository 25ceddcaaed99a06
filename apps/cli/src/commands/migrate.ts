import { loadConfig, openDatabase } from '@crossgov/server';
import type { Command } from 'commander';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (PGlite data directory, or DATABASE_URL)')
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await database.migrate();
        const status = await database.migrationStatus();
        console.log(
          `${database.kind}: ${status.applied}/${status.available} migrations applied (latest ${status.latest})`,
        );
      } finally {
        await database.close();
      }
    });
}
