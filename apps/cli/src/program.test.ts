import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type DatabaseHandle, openPglite, seedDemoWorld, seedScaleWorld } from '@crossgov/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAuditVerify } from './commands/audit.ts';
import { exportToFile } from './commands/export.ts';
import { linesOf, runImport } from './commands/import.ts';
import { buildProgram } from './program.ts';

async function freshDatabase(): Promise<DatabaseHandle> {
  const database = await openPglite({ dataDir: 'memory://' });
  await database.migrate();
  return database;
}

/** Everything after the header line, whose exportedAt differs from run to run. */
const body = (path: string) => readFileSync(path, 'utf8').split('\n').slice(1).join('\n');

describe('the crossgov command', () => {
  it('lists its commands in --help', () => {
    const help = buildProgram().helpInformation();
    for (const command of ['serve', 'migrate', 'seed', 'export', 'import', 'audit'])
      expect(help).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('documents the seed options', () => {
    const seed = buildProgram().commands.find((command) => command.name() === 'seed');
    const flags = seed?.options.map((option) => option.long);
    expect(flags).toEqual(['--demo', '--scale', '--seed']);
  });
});

describe('reading an import file', () => {
  it('splits lines across chunks, drops carriage returns and keeps a last line without newline', async () => {
    const input = Readable.from(['{"a":1}\r\n{"b"', ':2}\n', '{"c":3}']);
    const lines: string[] = [];
    for await (const line of linesOf(input)) lines.push(line);
    expect(lines).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });
});

describe('export, import and audit verify through the CLI functions', () => {
  let directory: string;
  let source: DatabaseHandle;
  let target: DatabaseHandle;
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'crossgov-cli-'));
    source = await freshDatabase();
    target = await freshDatabase();
    await seedDemoWorld(source.db);
    await seedScaleWorld(source.db, { organisations: 50, seed: 11 });
  }, 60_000);
  afterAll(async () => {
    await source.close();
    await target.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('exports, imports into a fresh database and exports the same lines again', async () => {
    const first = join(directory, 'first.jsonl');
    const second = join(directory, 'second.jsonl');
    await exportToFile(source, first);
    const imported = await runImport(target, first);
    expect(imported.rows.organisations).toBeGreaterThan(50);
    await exportToFile(target, second);
    expect(body(second)).toBe(body(first));
    expect(await runAuditVerify(target)).toEqual({
      ok: true,
      message: expect.stringMatching(/^Audit log OK: \d+ entries/),
    });
  }, 60_000);

  it('reports the entry whose content was changed behind the log’s back', async () => {
    // Only someone who can switch the append-only triggers off can do this; the chain still tells.
    await source.pglite?.exec(`begin; set local session_replication_role = replica;
      update audit_log set after = '{"displayName":"Mallory"}' where seq = 3; commit;`);
    const result = await runAuditVerify(source);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/BROKEN at entry 3: content does not match its hash/);
  });
});
