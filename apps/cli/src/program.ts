import { Command } from 'commander';
import { registerAuditCommand } from './commands/audit.ts';
import { registerBudgetCommand } from './commands/budget.ts';
import { registerDeliberationCommand } from './commands/deliberation.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerSeedCommand } from './commands/seed.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerSortitionCommand } from './commands/sortition.ts';

/** The whole command tree, built without running anything, so tests can read its help. */
export function buildProgram(): Command {
  const program = new Command()
    .name('crossgov')
    .description('Crossgov: the open platform where governments and their partners innovate across borders')
    .showHelpAfterError();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerSeedCommand(program);
  registerExportCommand(program);
  registerImportCommand(program);
  registerAuditCommand(program);
  registerDeliberationCommand(program);
  registerSortitionCommand(program);
  registerBudgetCommand(program);
  return program;
}
