import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { users } from '../accounts/account.table.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { auditLog } from '../audit/audit.table.ts';
import { organisations } from '../organisations/organisation.table.ts';
import { spaces } from '../spaces/space.table.ts';
import { type DemoSeedResult, seedDemoWorld } from './demo-seed.service.ts';
import { DEMO_LOGIN_EMAIL, DEMO_LOGIN_PASSWORD } from './demo-world.data.ts';

async function rowCounts(t: TestApp) {
  const db = t.database.db;
  const [orgs] = await db.select({ n: count() }).from(organisations);
  const [people] = await db.select({ n: count() }).from(users);
  const [workspaces] = await db.select({ n: count() }).from(spaces);
  const [entries] = await db.select({ n: count() }).from(auditLog);
  return { orgs: orgs?.n, people: people?.n, workspaces: workspaces?.n, entries: entries?.n };
}

describe('the demo world', () => {
  let t: TestApp;
  let first: DemoSeedResult;
  beforeAll(async () => {
    t = await createTestApp();
    first = await seedDemoWorld(t.database.db, { adminPassword: 'a-known-admin-password' });
  });
  afterAll(() => t.close());

  it('reports what it seeded and both logins', () => {
    expect(first.seeded).toBe(true);
    expect(first.login).toEqual({ email: DEMO_LOGIN_EMAIL, password: DEMO_LOGIN_PASSWORD });
    expect(first.admin?.password).toBe('a-known-admin-password');
  });

  it('does nothing the second time', async () => {
    const before = await rowCounts(t);
    const again = await seedDemoWorld(t.database.db);
    expect(again.seeded).toBe(false);
    expect(again.admin).toBeNull();
    expect(await rowCounts(t)).toEqual(before);
  });

  it('marks every organisation and workspace as demo data', async () => {
    const flags = await t.database.db.select({ isDemo: organisations.isDemo }).from(organisations);
    const spaceFlags = await t.database.db.select({ isDemo: spaces.isDemo }).from(spaces);
    expect(flags.length).toBeGreaterThan(10);
    expect([...flags, ...spaceFlags].every((row) => row.isDemo)).toBe(true);
  });

  it('keeps the audit chain valid, with an entry per organisation and workspace', async () => {
    const report = await verifyAuditChain(t.database.db);
    expect(report.ok).toBe(true);
    const created = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'organisation.created'));
    expect(created[0]?.n).toBe((await rowCounts(t)).orgs);
  });

  it('lets the demo visitor sign in and see their Kvarken Council membership', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: DEMO_LOGIN_EMAIL, password: DEMO_LOGIN_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((entry) => entry.name === 'crossgov_session');
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/me/organisations',
      cookies: { crossgov_session: cookie?.value ?? '' },
    });
    const slugs = mine.json().items.map((item: { organisation: { slug: string } }) => item.organisation.slug);
    expect(slugs).toContain('kvarken-council');
  });

  it('shows the public Kvarken workspace co-owned by Swedish and Finnish bodies to anyone', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/spaces/kvarken-cross-border-mobility' });
    expect(response.statusCode).toBe(200);
    const space = response.json();
    expect(space.isDemo).toBe(true);
    expect(space.titles.sv.text).toBeTruthy();
    expect(space.titles.fi.text).toBeTruthy();
    const countries = new Set(space.owners.map((owner: { country: string }) => owner.country));
    expect(countries).toEqual(new Set(['SE', 'FI']));
  });

  it('names Kvarken Council in Swedish and Finnish', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/organisations/kvarken-council' });
    expect(response.json().names).toMatchObject({
      sv: { text: 'Kvarkenrådet' },
      fi: { text: 'Merenkurkun neuvosto' },
    });
  });
});
