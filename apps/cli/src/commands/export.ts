import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { type DatabaseHandle, exportDatabase, type TransferSummary } from '@crossgov/server';
import type { Command } from 'commander';
import { withConfiguredDatabase } from './configured-database.ts';

/** Writes the export to a stream, waiting whenever the stream asks it to (a slow disk or pipe). */
export function runExport(database: DatabaseHandle, output: Writable): Promise<TransferSummary> {
  return exportDatabase(database, async (text) => {
    if (!output.write(text)) await once(output, 'drain');
  });
}

/** Writes to FILE.partial and renames it at the end, so a failed export never looks like a whole one. */
export async function exportToFile(database: DatabaseHandle, path: string): Promise<TransferSummary> {
  const partial = `${path}.partial`;
  const file = createWriteStream(partial);
  try {
    const summary = await runExport(database, file);
    file.end();
    await once(file, 'finish');
    await rename(partial, path);
    return summary;
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

export function describeTransfer(verb: string, summary: TransferSummary, where: string): string {
  const counts = Object.values(summary.rows);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return `${verb} ${total} rows of ${counts.length} tables ${where}.`;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Write the whole database as JSON lines (a header, then one line per row, parents first)')
    .option('--out <file>', 'file to write, or - for standard output', '-')
    .addHelpText(
      'after',
      '\nMove from PGlite to PostgreSQL:\n' +
        '  CROSSGOV_DATA_DIR=./data crossgov export --out dump.jsonl\n' +
        '  DATABASE_URL=postgres://... crossgov import dump.jsonl',
    )
    .action(async (options: { out: string }) => {
      await withConfiguredDatabase(
        async (database) => {
          if (options.out === '-') {
            const summary = await runExport(database, process.stdout);
            console.error(describeTransfer('Exported', summary, 'to standard output'));
            return;
          }
          const summary = await exportToFile(database, options.out);
          console.error(describeTransfer('Exported', summary, `to ${options.out}`));
        },
        { migrate: false },
      );
    });
}
