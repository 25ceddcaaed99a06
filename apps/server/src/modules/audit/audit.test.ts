import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createOrganisation,
  createSpace,
  createTestUser,
  type TestUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import type { Database, Queryable } from '../../db/database.ts';
import { verifyAuditChain } from './audit.service.ts';
import { auditLog } from './audit.table.ts';

/** What a database superuser could do: switch the append-only triggers off for one transaction. */
async function behindTheLogsBack(db: Database, tamper: (tx: Queryable) => Promise<unknown>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tamper(tx);
  });
}

describe('the audit log', () => {
  let t: TestApp;
  let admin: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestUser(t.database.db, { platformRole: 'admin' });
    member = await createTestUser(t.database.db);
    const organisation = await createOrganisation(t.app, member);
    await createSpace(t.app, member, [organisation.id]);
    await as(
      t.app,
      member,
    )({
      method: 'PATCH',
      url: `/api/organisations/${organisation.slug}`,
      payload: { website: 'https://changed.example.org', version: organisation.version },
    });
  });
  afterAll(() => t.close());

  it('records who changed what, with before and after', async () => {
    const items = (await as(t.app, admin)({ method: 'GET', url: '/api/audit' })).json().items;
    const update = items.find((entry: { action: string }) => entry.action === 'organisation.updated');
    expect(update.actor.id).toBe(member.id);
    expect(update.before.website).toBe('https://example.org');
    expect(update.after.website).toBe('https://changed.example.org');
  });

  it('is readable in full by platform admins only', async () => {
    expect((await as(t.app, member)({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    expect((await as(t.app, null)({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('verifies an untouched chain', async () => {
    const report = (await as(t.app, admin)({ method: 'GET', url: '/api/audit/verify' })).json();
    expect(report).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(report.entries).toBeGreaterThanOrEqual(3);
    const [newest] = await t.database.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(report.head).toEqual({ seq: newest?.seq, hash: newest?.hash });
  });

  it('refuses to change, remove or truncate an entry', async () => {
    const db = t.database.db;
    // Drizzle wraps the database's error; the database's own message is its cause.
    const refusal = (query: Promise<unknown>) =>
      query.then(
        () => 'accepted',
        (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
      );
    const forge = db.update(auditLog).set({ action: 'forged' }).where(eq(auditLog.seq, 1));
    expect(await refusal(forge)).toMatch(/append-only: UPDATE/);
    expect(await refusal(db.delete(auditLog).where(eq(auditLog.seq, 1)))).toMatch(/append-only: DELETE/);
    expect(await refusal(db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE/);
    const [first] = await db.select().from(auditLog).where(eq(auditLog.seq, 1));
    expect(first?.action).not.toBe('forged');
  });

  it('detects an entry edited behind its back (by someone who can switch triggers off)', async () => {
    const [second] = await t.database.db.select().from(auditLog).orderBy(auditLog.seq).offset(1).limit(1);
    if (!second) throw new Error('expected entries');
    await behindTheLogsBack(t.database.db, (tx) =>
      tx
        .update(auditLog)
        .set({ after: sql`jsonb_set(coalesce(${auditLog.after}, '{}'::jsonb), '{forged}', 'true')` })
        .where(eq(auditLog.seq, second.seq)),
    );
    const report = await verifyAuditChain(t.database.db);
    expect(report).toMatchObject({
      ok: false,
      firstBrokenSeq: second.seq,
      problem: 'content does not match its hash',
    });
  });

  it('detects a deleted entry', async () => {
    const other = await createTestApp();
    try {
      const user = await createTestUser(other.database.db);
      await createOrganisation(other.app, user);
      await createOrganisation(other.app, user);
      await createOrganisation(other.app, user);
      const [first] = await other.database.db.select().from(auditLog).orderBy(auditLog.seq).limit(1);
      if (!first) throw new Error('expected entries');
      await behindTheLogsBack(other.database.db, (tx) =>
        tx.delete(auditLog).where(eq(auditLog.seq, first.seq)),
      );
      const report = await verifyAuditChain(other.database.db);
      expect(report.ok).toBe(false);
      expect(report.problem).toBe('links to a hash that is not the previous entry');
    } finally {
      await other.close();
    }
  });
});
