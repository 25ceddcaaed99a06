import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { type DatabaseHandle, importDatabase, type TransferSummary } from '@crossgov/server';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { withConfiguredDatabase } from './configured-database.ts';
import { describeTransfer } from './export.ts';

/**
 * The stream's lines, read only as they are asked for. (readline's interface starts reading at once and
 * drops lines, or never ends, when its iterator is taken later, as happens while import checks the database.)
 */
export async function* linesOf(input: Readable): AsyncGenerator<string> {
  input.setEncoding('utf8');
  let rest = '';
  for await (const chunk of input as AsyncIterable<string>) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  if (rest !== '') yield rest;
}

/** Imports an export file ('-' reads standard input), with a progress bar over the file's bytes. */
export async function runImport(
  database: DatabaseHandle,
  path: string,
  options: { progress?: boolean } = {},
): Promise<TransferSummary> {
  const fromStdin = path === '-';
  const input: Readable & { bytesRead?: number } = fromStdin ? process.stdin : createReadStream(path);
  const size = fromStdin ? 0 : (await stat(path)).size;
  const bar =
    options.progress && size > 0
      ? new SingleBar({
          stream: process.stderr,
          format: 'Importing |{bar}| {percentage}% | {rows} rows',
          hideCursor: true,
        })
      : undefined;
  let rows = 0;
  bar?.start(size, 0, { rows });
  try {
    return await importDatabase(database, linesOf(input), {
      onRows: (count) => {
        rows += count;
        bar?.update(input.bytesRead ?? 0, { rows });
      },
    });
  } finally {
    bar?.stop();
    if (!fromStdin) input.destroy();
  }
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'Load a file made by "crossgov export" into an empty database (migrated first), in one transaction',
    )
    .argument('<file>', 'the export file, or - for standard input')
    .action(async (file: string) => {
      await withConfiguredDatabase(async (database) => {
        const summary = await runImport(database, file, { progress: true });
        console.log(describeTransfer('Imported', summary, `into ${database.kind}`));
      });
    });
}
