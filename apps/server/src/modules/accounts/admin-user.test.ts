import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestUser, type TestUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { signUpThroughApi, uniqueEmail } from '../../../test/session-client.ts';
import { auditLog } from '../audit/audit.table.ts';

describe('platform administration of accounts and mail', () => {
  let t: TestApp;
  let admin: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestUser(t.database.db, { name: 'Admin', platformRole: 'admin' });
    member = await createTestUser(t.database.db, { name: 'Member' });
  });
  afterAll(() => t.close());

  it.each([
    ['GET', '/api/admin/outbox'],
    ['GET', '/api/admin/users'],
  ] as const)('%s %s: 401 anonymous, 403 member, 200 admin', async (method, url) => {
    expect((await as(t.app, null)({ method, url })).statusCode).toBe(401);
    expect((await as(t.app, member)({ method, url })).statusCode).toBe(403);
    expect((await as(t.app, admin)({ method, url })).statusCode).toBe(200);
  });

  it('shows queued mail to admins, newest first, with a total', async () => {
    const email = uniqueEmail('outbox');
    await signUpThroughApi(t.app, { email });
    const response = await as(t.app, admin)({ method: 'GET', url: '/api/admin/outbox?limit=1' });
    const body = response.json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ toAddress: email, sentAt: null, attempts: 0 });
    expect(body.items[0].bodyText).toContain('/verify-email?token=');
    expect(body.total).toBeGreaterThanOrEqual(1);
  });

  it('finds accounts by part of the e-mail or name', async () => {
    const email = uniqueEmail('findme');
    await signUpThroughApi(t.app, { email, displayName: 'Searchable Sofia' });
    const byEmail = await as(
      t.app,
      admin,
    )({ method: 'GET', url: `/api/admin/users?q=${email.slice(0, 12)}` });
    expect(byEmail.json().items.map((u: { email: string }) => u.email)).toEqual([email]);
    const byName = await as(t.app, admin)({ method: 'GET', url: '/api/admin/users?q=searchable%20sofia' });
    expect(byName.json().total).toBe(1);
  });

  it('makes someone admin, with the version check and an audit entry', async () => {
    const person = await signUpThroughApi(t.app);
    const promote = (version: number) =>
      as(
        t.app,
        admin,
      )({
        method: 'PATCH',
        url: `/api/admin/users/${person.user.id}`,
        payload: { platformRole: 'admin', version },
      });
    const response = await promote(1);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ platformRole: 'admin', version: 2 });
    expect((await promote(1)).statusCode).toBe(409);
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, person.user.id));
    expect(entries.map((entry) => entry.action)).toContain('user.platform_role_changed');
  });

  it('does not let a member change roles', async () => {
    const response = await as(
      t.app,
      member,
    )({
      method: 'PATCH',
      url: `/api/admin/users/${member.id}`,
      payload: { platformRole: 'admin', version: 1 },
    });
    expect(response.statusCode).toBe(403);
  });

  it('never demotes the last platform admin', async () => {
    const fresh = await createTestApp();
    try {
      const only = await createTestUser(fresh.database.db, { platformRole: 'admin' });
      const response = await as(
        fresh.app,
        only,
      )({
        method: 'PATCH',
        url: `/api/admin/users/${only.id}`,
        payload: { platformRole: 'member', version: 1 },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().errors[0].field).toBe('body.platformRole');
    } finally {
      await fresh.close();
    }
  });
});
