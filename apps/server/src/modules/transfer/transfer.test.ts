import { count, desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/harness.ts';
import { type DatabaseHandle, openPglite } from '../../db/database.ts';
import { recordAudit, verifyAuditChain } from '../audit/audit.service.ts';
import { auditLog } from '../audit/audit.table.ts';
import { organisations } from '../organisations/organisation.table.ts';
import { seedDemoWorld } from '../seed/demo-seed.service.ts';
import { seedScaleWorld } from '../seed/scale-seed.service.ts';
import { exportDatabase } from './export.service.ts';
import { ImportFileError, importDatabase } from './import.service.ts';
import { tablesInDependencyOrder } from './table-order.ts';

async function exportLines(database: DatabaseHandle): Promise<string[]> {
  const chunks: string[] = [];
  await exportDatabase(database, (text) => {
    chunks.push(text);
  });
  return chunks.join('').trimEnd().split('\n');
}

describe('export and import', () => {
  let source: DatabaseHandle;
  let lines: string[];
  beforeAll(async () => {
    source = await createTestDatabase();
    await seedDemoWorld(source.db);
    await seedScaleWorld(source.db, { organisations: 120, seed: 3 });
    lines = await exportLines(source);
  });
  afterAll(() => source.close());

  it('starts with a header naming the format and the migration', () => {
    const header = JSON.parse(lines[0] ?? '{}');
    expect(header).toMatchObject({ format: 'crossgov-export', version: 1, migration: expect.any(String) });
    expect(Date.parse(header.exportedAt)).not.toBeNaN();
  });

  it('lists every table parents first', () => {
    const order = tablesInDependencyOrder().map((table) => table.name);
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('organisations'));
    expect(order.indexOf('organisations')).toBeLessThan(order.indexOf('organisation_members'));
    expect(order.indexOf('spaces')).toBeLessThan(order.indexOf('space_owners'));
    const seen = lines.slice(1).map((line) => order.indexOf(JSON.parse(line).table));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('round-trips into a fresh database without losing anything', async () => {
    const target = await createTestDatabase();
    try {
      await importDatabase(target, lines, { batchSize: 50 });
      const again = await exportLines(target);
      expect(again.slice(1)).toEqual(lines.slice(1));
      expect((await verifyAuditChain(target.db)).ok).toBe(true);
    } finally {
      await target.close();
    }
  });

  it('continues the audit sequence after the imported entries', async () => {
    const target = await createTestDatabase();
    try {
      await importDatabase(target, lines);
      const [last] = await target.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
      await recordAudit(target.db, {
        actor: null,
        action: 'user.updated',
        entityType: 'user',
        entityId: 'after-import',
      });
      const [next] = await target.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
      expect(next?.seq).toBe((last?.seq ?? 0) + 1);
      expect((await verifyAuditChain(target.db)).ok).toBe(true);
    } finally {
      await target.close();
    }
  });

  it('refuses a database that already has rows', async () => {
    await expect(importDatabase(source, lines)).rejects.toThrow(/not empty/);
  });

  it('rejects a bad line by number and leaves the database empty', async () => {
    const target = await createTestDatabase();
    try {
      const broken = [...lines];
      broken.splice(5, 0, JSON.stringify({ table: 'organisations', row: { slug: 'x', castle: true } }));
      const failure = await importDatabase(target, broken).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ImportFileError);
      expect((failure as ImportFileError).line).toBe(6);
      expect((failure as Error).message).toMatch(/castle/);
      const [orgs] = await target.db.select({ n: count() }).from(organisations);
      const [entries] = await target.db.select({ n: count() }).from(auditLog);
      expect([orgs?.n, entries?.n]).toEqual([0, 0]);
    } finally {
      await target.close();
    }
  });

  it('rejects unknown tables, other formats and other migrations', async () => {
    const target = await createTestDatabase();
    try {
      const header = JSON.parse(lines[0] ?? '{}');
      const unknownTable = [lines[0] ?? '', JSON.stringify({ table: 'castles', row: {} })];
      await expect(importDatabase(target, unknownTable)).rejects.toThrow(/line 2: unknown table "castles"/);
      const otherFormat = [JSON.stringify({ ...header, format: 'pg_dump' })];
      await expect(importDatabase(target, otherFormat)).rejects.toThrow(/not a Crossgov export/);
      const otherMigration = [JSON.stringify({ ...header, migration: '9999_future' })];
      await expect(importDatabase(target, otherMigration)).rejects.toThrow(/9999_future/);
    } finally {
      await target.close();
    }
  });
});

describe('moving an embedded instance to a database server', () => {
  it('carries a PGlite database into the configured database (PostgreSQL when DATABASE_URL is set)', async () => {
    const embedded = await openPglite({ dataDir: 'memory://' });
    const server = await createTestDatabase();
    try {
      await embedded.migrate();
      await seedDemoWorld(embedded.db);
      const exported = await exportLines(embedded);
      await importDatabase(server, exported);
      expect(server.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
      expect((await exportLines(server)).slice(1)).toEqual(exported.slice(1));
      expect((await verifyAuditChain(server.db)).ok).toBe(true);
    } finally {
      await server.close();
      await embedded.close();
    }
  });
});
