import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { users } from '../accounts/account.table.ts';
import { createSession } from '../accounts/session.service.ts';
import { seedDemoWorld } from '../seed/demo-seed.service.ts';
import { DEMO_LOGIN_EMAIL } from '../seed/demo-world.data.ts';

describe('the demo assembly', () => {
  let t: TestApp;
  let cookie: { crossgov_session: string };
  let csrf: string;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoWorld(t.database.db, { adminPassword: 'a-known-admin-password' });
    const [demo] = await t.database.db.select().from(users).where(eq(users.email, DEMO_LOGIN_EMAIL));
    const session = await createSession(t.database.db, demo?.id ?? '', { sessionDays: 1 });
    cookie = { crossgov_session: session.secret };
    csrf = session.csrfToken;
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, payload, cookies: cookie, headers: { 'x-csrf-token': csrf } });

  it('is public, hosted across the border, with quotas from population shares and an open recruitment', async () => {
    const view = (
      await t.app.inject({ method: 'GET', url: '/api/spaces/kvarken-climate-assembly/assembly' })
    ).json();
    expect(view.hosts.map((host: { country: string }) => host.country).sort()).toEqual(['FI', 'SE']);
    expect(view).toMatchObject({
      panelSize: 24,
      poolSize: 240,
      recruitmentOpen: true,
      languages: ['sv', 'fi', 'en'],
    });
    // country: 55% of 24 = 13.2 -> [13 - 1, 14 + 1]
    expect(view.quotas).toContainEqual({ category: 'country', feature: 'se', min: 12, max: 15 });
    expect(view.canManage).toBe(false);
  });

  it('says when the volunteers’ personal data will be erased: after the last session', async () => {
    const view = (
      await t.app.inject({ method: 'GET', url: '/api/spaces/kvarken-climate-assembly/assembly' })
    ).json();
    const lastSession = view.sessions
      .map((session: { date: string }) => session.date)
      .sort()
      .at(-1);
    expect(view.personalDataEraseOn > lastSession).toBe(true);
    expect(view.personalDataErasedAt).toBeNull();
  });

  it('lets the demo login manage it, and its quotas are feasible on its pool', async () => {
    const view = (await call('GET', '/api/spaces/kvarken-climate-assembly/assembly')).json();
    expect(view.canManage).toBe(true);
    const check = await call('POST', '/api/spaces/kvarken-climate-assembly/assembly/quotas/check', {
      categories: view.categories,
      quotas: view.quotas,
      panelSize: view.panelSize,
    });
    expect(check.json()).toMatchObject({ feasible: true, poolSize: 240 });
  });
});
