import { drawFromLottery } from '@crossgov/sortition';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssembly, poolCsv } from '../../../test/assembly-fixtures.ts';
import { as, createOrganisation, createTestUser, type TestUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { latestMailTo } from '../../../test/outbox-reader.ts';
import { auditLog } from '../audit/audit.table.ts';
import { assemblyVolunteers } from './assembly.table.ts';
import { eraseDuePersonalData } from './assembly-retention.service.ts';

const registration = {
  name: 'Aino Virtanen',
  email: 'aino.retention@example.org',
  household: 'Strandgatan 4, 65100 Vasa',
  features: { gender: 'woman', country: 'fi' },
  consent: true,
  language: 'sv',
};

/** A calendar date `days` from today, in UTC as the erasure date is kept. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('assembly personal data retention', () => {
  let t: TestApp;
  let manager: TestUser;
  let outsider: TestUser;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestApp();
    manager = await createTestUser(t.database.db, { name: 'Manager' });
    outsider = await createTestUser(t.database.db, { name: 'Outsider' });
    orgId = (await createOrganisation(t.app, manager, { country: 'FI' })).id;
  });
  afterAll(() => t.close());

  const url = (slug: string, path = '') => `/api/spaces/${slug}/assembly${path}`;
  const eraseNow = (user: TestUser | null, slug: string) =>
    as(t.app, user)({ method: 'POST', url: url(slug, '/personal-data/erase') });
  const view = async (slug: string) => (await as(t.app, null)({ method: 'GET', url: url(slug) })).json();
  const setEraseOn = async (slug: string, personalDataEraseOn: string | null) => {
    const { version } = await view(slug);
    return as(t.app, manager)({ method: 'PATCH', url: url(slug), payload: { personalDataEraseOn, version } });
  };
  const erasureAudits = (spaceId: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.spaceId, spaceId), eq(auditLog.action, 'assembly.personal_data_erased')));
  const volunteerRows = (spaceId: string) =>
    t.database.db.select().from(assemblyVolunteers).where(eq(assemblyVolunteers.spaceId, spaceId));

  async function drawnAssembly() {
    const space = await createAssembly(t.app, manager, [orgId], { poolSize: 12 });
    const call = as(t.app, manager);
    const started = await call({
      method: 'POST',
      url: url(space.slug, '/runs'),
      payload: { algorithm: 'leximin', lotterySize: 100 },
    });
    const runId = started.json().id as string;
    for (;;) {
      const run = (await call({ method: 'GET', url: url(space.slug, `/runs/${runId}`) })).json();
      if (run.status === 'failed') throw new Error(run.error);
      if (run.status === 'succeeded') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(
      (await call({ method: 'POST', url: url(space.slug, `/runs/${runId}/publish`), payload: {} }))
        .statusCode,
    ).toBe(200);
    expect((await call({ method: 'POST', url: url(space.slug, '/draw'), payload: {} })).statusCode).toBe(200);
    return { ...space, runId };
  }

  describe('the erasure date', () => {
    it('is kept with the settings and shown to anyone', async () => {
      const space = await createAssembly(t.app, manager, [orgId]);
      const eraseOn = dayFromToday(90);
      expect((await setEraseOn(space.slug, eraseOn)).statusCode).toBe(200);
      expect(await view(space.slug)).toMatchObject({
        personalDataEraseOn: eraseOn,
        personalDataErasedAt: null,
      });
    });

    it('refuses a date before recruitment closes, naming the field', async () => {
      const space = await createAssembly(t.app, manager, [orgId]);
      const response = await as(
        t.app,
        manager,
      )({
        method: 'PATCH',
        url: url(space.slug),
        payload: {
          recruitmentClosesAt: '2030-03-01T00:00:00Z',
          personalDataEraseOn: '2030-02-28',
          version: 3,
        },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].field).toBe('body.personalDataEraseOn');
      expect((await view(space.slug)).personalDataEraseOn).toBeNull();
    });

    it('refuses a date before the last session, naming the field', async () => {
      const space = await createAssembly(t.app, manager, [orgId]);
      const session = (date: string) => ({
        titles: { en: { text: `Session ${date}` } },
        date,
        place: 'Vaasa',
        online: false,
      });
      const response = await as(
        t.app,
        manager,
      )({
        method: 'PATCH',
        url: url(space.slug),
        payload: {
          sessions: [session('2030-05-02'), session('2030-06-13')],
          personalDataEraseOn: '2030-06-01',
          version: 3,
        },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0]).toMatchObject({
        field: 'body.personalDataEraseOn',
        message: expect.stringContaining('2030-06-13'),
      });
    });

    it('refuses a later edit that would move the last session past the date', async () => {
      const space = await createAssembly(t.app, manager, [orgId]);
      expect((await setEraseOn(space.slug, '2030-06-01')).statusCode).toBe(200);
      const response = await as(
        t.app,
        manager,
      )({
        method: 'PATCH',
        url: url(space.slug),
        payload: {
          sessions: [{ titles: { en: { text: 'Last' } }, date: '2030-07-01', place: null, online: true }],
          version: 4,
        },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].field).toBe('body.personalDataEraseOn');
    });
  });

  describe('erasing now', () => {
    it('is for managers only', async () => {
      const space = await createAssembly(t.app, manager, [orgId], { poolSize: 3 });
      const anonymous = await eraseNow(null, space.slug);
      expect(anonymous.statusCode).toBe(401);
      const stranger = await eraseNow(outsider, space.slug);
      expect(stranger.statusCode).toBe(403);
      expect((await volunteerRows(space.id)).every((row) => row.name !== null)).toBe(true);
    });

    it('removes names, e-mails, households, external ids and private links, keeping the pool', async () => {
      const space = await createAssembly(t.app, manager, [orgId], { poolSize: 4 });
      const before = await volunteerRows(space.id);
      const response = await eraseNow(manager, space.slug);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ erased: 4 });
      const after = await volunteerRows(space.id);
      expect(after.map((row) => [row.publicId, row.features, row.status]).sort()).toEqual(
        before.map((row) => [row.publicId, row.features, row.status]).sort(),
      );
      for (const row of after)
        expect([row.name, row.email, row.householdHash, row.externalId, row.accessTokenHash]).toEqual([
          null,
          null,
          null,
          null,
          null,
        ]);
      const pool = (await as(t.app, manager)({ method: 'GET', url: url(space.slug, '/volunteers') })).json();
      expect(pool.items.map((item: { name: string | null }) => item.name)).toEqual([null, null, null, null]);
      expect((await view(space.slug)).personalDataErasedAt).toEqual(response.json().erasedAt);
    });

    it('writes one audit entry saying who erased how many rows', async () => {
      const space = await createAssembly(t.app, manager, [orgId], { poolSize: 5 });
      await eraseNow(manager, space.slug);
      const entries = await erasureAudits(space.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actorId: manager.id,
        after: { erasedBy: 'manager', volunteers: 5 },
      });
      expect(JSON.stringify(entries[0])).not.toContain('example.org');
    });

    it('closes registration, import and the private link, and refuses a second erasure', async () => {
      const space = await createAssembly(t.app, manager, [orgId]);
      const registered = await as(
        t.app,
        null,
      )({
        method: 'POST',
        url: url(space.slug, '/registrations'),
        payload: registration,
      });
      expect(registered.statusCode).toBe(201);
      const mail = await latestMailTo(t.database.db, registration.email);
      const token = /registration\/(asm_[A-Za-z0-9_-]+)/.exec(mail?.bodyText ?? '')?.[1];
      expect(token).toBeDefined();
      const erased = await eraseNow(manager, space.slug);
      expect(erased.statusCode).toBe(200);

      const again = await as(
        t.app,
        null,
      )({ method: 'POST', url: url(space.slug, '/registrations'), payload: registration });
      expect(again.statusCode).toBe(409);
      expect(again.json().detail).toContain('erased');
      const imported = await as(
        t.app,
        manager,
      )({
        method: 'POST',
        url: url(space.slug, '/volunteers/import'),
        payload: { csv: poolCsv(2) },
      });
      expect(imported.statusCode).toBe(409);
      expect(imported.json().detail).toContain('erased');
      const second = await eraseNow(manager, space.slug);
      expect(second.statusCode).toBe(409);
      expect(await erasureAudits(space.id)).toHaveLength(1);
      expect((await view(space.slug)).recruitmentOpen).toBe(false);
      const mine = await as(
        t.app,
        null,
      )({ method: 'GET', url: url(space.slug, `/my-registration/${token}`) });
      expect(mine.statusCode).toBe(404);
    });

    it('keeps the published lottery, its verification and the fairness report working', async () => {
      const space = await drawnAssembly();
      const call = as(t.app, manager);
      const lotteryBefore = (
        await as(t.app, null)({ method: 'GET', url: url(space.slug, '/lottery') })
      ).json();
      const reportBefore = (
        await call({ method: 'GET', url: url(space.slug, `/runs/${space.runId}`) })
      ).json();
      expect((await call({ method: 'POST', url: url(space.slug, '/personal-data/erase') })).statusCode).toBe(
        200,
      );

      const lottery = (await as(t.app, null)({ method: 'GET', url: url(space.slug, '/lottery') })).json();
      expect(lottery).toEqual(lotteryBefore);
      expect(drawFromLottery(lottery.lottery, lottery.seed).members).toEqual(lottery.members);
      const verified = await as(
        t.app,
        outsider,
      )({
        method: 'POST',
        url: url(space.slug, '/lottery/verify'),
        payload: { seed: lottery.seed },
      });
      expect(verified.statusCode).toBe(200);
      expect(verified.json()).toMatchObject({ members: lottery.members, matchesPublishedDraw: true });
      const report = (await call({ method: 'GET', url: url(space.slug, `/runs/${space.runId}`) })).json();
      expect(report.result).toEqual(reportBefore.result);
      const pool = (await call({ method: 'GET', url: url(space.slug, '/volunteers') })).json();
      const selected = pool.items
        .filter((item: { status: string }) => item.status === 'selected')
        .map((item: { publicId: string }) => item.publicId);
      expect(selected.sort()).toEqual([...lottery.members].sort());
    });
  });

  describe('the retention sweep', () => {
    it('erases only the assemblies whose date has come, and says it was the sweep', async () => {
      const due = await createAssembly(t.app, manager, [orgId], { poolSize: 3 });
      const today = await createAssembly(t.app, manager, [orgId], { poolSize: 3 });
      const later = await createAssembly(t.app, manager, [orgId], { poolSize: 3 });
      const undated = await createAssembly(t.app, manager, [orgId], { poolSize: 3 });
      expect((await setEraseOn(due.slug, dayFromToday(-3))).statusCode).toBe(200);
      expect((await setEraseOn(today.slug, dayFromToday(0))).statusCode).toBe(200);
      expect((await setEraseOn(later.slug, dayFromToday(2))).statusCode).toBe(200);

      expect(await eraseDuePersonalData(t.database.db)).toBeGreaterThanOrEqual(2);
      for (const space of [due, today])
        expect((await volunteerRows(space.id)).map((row) => row.name)).toEqual([null, null, null]);
      for (const space of [later, undated]) {
        expect((await volunteerRows(space.id)).every((row) => row.name && row.email)).toBe(true);
        expect((await view(space.slug)).personalDataErasedAt).toBeNull();
      }
      const [entry] = await erasureAudits(due.id);
      expect(entry).toMatchObject({ actorId: null, after: { erasedBy: 'retention sweep', volunteers: 3 } });
    });

    it('erases once when two sweeps run at the same time, and does nothing on the next one', async () => {
      const space = await createAssembly(t.app, manager, [orgId], { poolSize: 3 });
      expect((await setEraseOn(space.slug, dayFromToday(-1))).statusCode).toBe(200);
      await Promise.all([eraseDuePersonalData(t.database.db), eraseDuePersonalData(t.database.db)]);
      expect(await erasureAudits(space.id)).toHaveLength(1);
      expect(await eraseDuePersonalData(t.database.db)).toBe(0);
      expect(await erasureAudits(space.id)).toHaveLength(1);
    });
  });
});
