import { drawFromLottery, type LotteryDocument, seedCommitment } from '@crossgov/sortition';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssembly, TEST_CATEGORIES, testQuotas } from '../../../test/assembly-fixtures.ts';
import {
  addOrganisationMember,
  as,
  createOrganisation,
  createSpace,
  createTestUser,
  type TestUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { latestMailTo, mailCountTo } from '../../../test/outbox-reader.ts';
import { assemblyRuns, assemblyVolunteers } from './assembly.table.ts';
import { failInterruptedRuns } from './assembly-selection.service.ts';

interface Run {
  id: string;
  status: string;
  error: string | null;
  result: {
    fairness: { minProbability: number };
    legacy: { minProbability: number };
    probabilities: number[];
  } | null;
}
interface Volunteer {
  id: string;
  publicId: string;
  name: string;
  email: string | null;
  features: Record<string, string>;
  externalId: string | null;
  status: string;
  householdSize: number;
  duplicateEmail: boolean;
}

const registration = (overrides: Record<string, unknown> = {}) => ({
  name: 'Aino Virtanen',
  email: 'aino@example.org',
  household: 'Strandgatan 4, 65100 Vasa',
  features: { gender: 'woman', country: 'fi' },
  consent: true,
  language: 'sv',
  ...overrides,
});

describe('assemblies', () => {
  let t: TestApp;
  let manager: TestUser;
  let outsider: TestUser;
  let orgA: { id: string; slug: string };
  let orgB: { id: string; slug: string };
  beforeAll(async () => {
    t = await createTestApp();
    manager = await createTestUser(t.database.db, { name: 'Manager' });
    outsider = await createTestUser(t.database.db, { name: 'Outsider' });
    orgA = await createOrganisation(t.app, manager, { country: 'FI' });
    orgB = await createOrganisation(t.app, manager, { country: 'SE' });
  });
  afterAll(() => t.close());

  const url = (slug: string, path = '') => `/api/spaces/${slug}/assembly${path}`;
  const volunteers = async (slug: string) =>
    (await as(t.app, manager)({ method: 'GET', url: url(slug, '/volunteers?limit=500') })).json() as {
      items: Volunteer[];
      total: number;
      duplicateEmails: number;
      sharedHouseholds: number;
    };

  async function finishedRun(slug: string, algorithm = 'leximin'): Promise<Run> {
    const started = await as(
      t.app,
      manager,
    )({ method: 'POST', url: url(slug, '/runs'), payload: { algorithm, lotterySize: 200 } });
    expect(started.statusCode).toBe(202);
    const id = (started.json() as Run).id;
    // Polls as the web page does; the test's own timeout bounds it.
    for (;;) {
      const run = (await as(t.app, manager)({ method: 'GET', url: url(slug, `/runs/${id}`) })).json() as Run;
      if (run.status === 'succeeded' || run.status === 'failed') return run;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  describe('settings and quotas', () => {
    it('answers 404 for a space of another kind', async () => {
      const workspace = await createSpace(t.app, manager, [orgA.id], { visibility: 'public' });
      const response = await as(t.app, manager)({ method: 'GET', url: url(workspace.slug) });
      expect(response.statusCode).toBe(404);
    });

    it('refuses a stale version with 409 and keeps the newer edit', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id, orgB.id]);
      const stale = await as(
        t.app,
        manager,
      )({ method: 'PATCH', url: url(space.slug), payload: { panelSize: 30, version: 1 } });
      expect(stale.statusCode).toBe(409);
      const view = (await as(t.app, null)({ method: 'GET', url: url(space.slug) })).json() as {
        panelSize: number;
        hosts: unknown[];
      };
      expect(view.panelSize).toBe(6);
      expect(view.hosts).toHaveLength(2);
    });

    it('stores the stipend, sessions and purpose', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id]);
      const response = await as(
        t.app,
        manager,
      )({
        method: 'PATCH',
        url: url(space.slug),
        payload: {
          purposes: {
            en: { text: 'How should the Kvarken region adapt to rising seas?', provenance: 'original' },
          },
          stipend: { amountMinor: 30000, currency: 'EUR', note: {} },
          sessions: [
            {
              titles: { en: { text: 'Opening weekend', provenance: 'original' } },
              date: '2027-03-06',
              place: 'Vaasa',
              online: false,
            },
          ],
          version: 3,
        },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json() as {
        stipend: { amountMinor: number };
        sessions: unknown[];
        version: number;
      };
      expect(body.stipend.amountMinor).toBe(30000);
      expect(body.sessions).toHaveLength(1);
      expect(body.version).toBe(4);
    });

    it('refuses quotas for an unknown feature, naming the quota', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id]);
      const response = await as(
        t.app,
        manager,
      )({
        method: 'PUT',
        url: url(space.slug, '/quotas'),
        payload: {
          categories: TEST_CATEGORIES,
          quotas: [...testQuotas(1, 3), { category: 'gender', feature: 'other', min: 0, max: 1 }],
          version: 3,
        },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([
        { field: 'body.quotas.4', message: '"gender=other" is not a feature of the categories' },
      ]);
    });

    it('names the clashing quotas when the minimums exceed the panel', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id]);
      const response = await as(
        t.app,
        manager,
      )({
        method: 'POST',
        url: url(space.slug, '/quotas/check'),
        payload: { categories: TEST_CATEGORIES, quotas: testQuotas(4, 5), panelSize: 6 },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json() as {
        feasible: boolean;
        clashes: { kind: string; quotas: { category: string }[] }[];
      };
      expect(body.feasible).toBe(false);
      expect(body.clashes.map((clash) => clash.kind)).toEqual(['mins-exceed-size', 'mins-exceed-size']);
      expect(body.clashes[0]?.quotas.map((quota) => quota.category)).toEqual(['gender', 'gender']);
    });

    it('checks quotas against the pool: too few volunteers of a feature clash', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id], { poolSize: 12 });
      // 12 people: 4 in Finland (every third), and a minimum of 5 from Finland.
      const quotas = testQuotas(1, 5).map((quota) => (quota.feature === 'fi' ? { ...quota, min: 5 } : quota));
      const response = await as(
        t.app,
        manager,
      )({
        method: 'POST',
        url: url(space.slug, '/quotas/check'),
        payload: { categories: TEST_CATEGORIES, quotas, panelSize: 6 },
      });
      const body = response.json() as {
        feasible: boolean;
        poolSize: number;
        clashes: { quotas: { feature: string }[] }[];
      };
      expect(body).toMatchObject({ feasible: false, poolSize: 12 });
      expect(body.clashes.flatMap((clash) => clash.quotas.map((quota) => quota.feature))).toContain('fi');
    });
  });

  describe('recruitment', () => {
    it('registers an anonymous volunteer, e-mails a private link, and deletes on request', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id]);
      const email = 'aino.registers@example.org';
      const response = await as(
        t.app,
        null,
      )({ method: 'POST', url: url(space.slug, '/registrations'), payload: registration({ email }) });
      expect(response.statusCode).toBe(201);
      const mail = await latestMailTo(t.database.db, email);
      const token = /registration\/(asm_[A-Za-z0-9_-]+)/.exec(mail?.bodyText ?? '')?.[1];
      expect(token).toBeDefined();
      const mine = await as(
        t.app,
        null,
      )({ method: 'GET', url: url(space.slug, `/my-registration/${token}`) });
      expect(mine.json()).toMatchObject({
        name: 'Aino Virtanen',
        features: { gender: 'woman', country: 'fi' },
      });
      const [stored] = await t.database.db
        .select()
        .from(assemblyVolunteers)
        .where(eq(assemblyVolunteers.email, email));
      expect(stored?.householdHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(stored)).not.toContain('Strandgatan');

      const deleted = await as(
        t.app,
        null,
      )({ method: 'DELETE', url: url(space.slug, `/my-registration/${token}`) });
      expect(deleted.statusCode).toBe(204);
      expect(
        await t.database.db.select().from(assemblyVolunteers).where(eq(assemblyVolunteers.email, email)),
      ).toEqual([]);
      expect(
        (await as(t.app, null)({ method: 'GET', url: url(space.slug, `/my-registration/${token}`) }))
          .statusCode,
      ).toBe(404);
    });

    it('confirms a registration in the language the volunteer registered in', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id]);
      const languages = await as(
        t.app,
        manager,
      )({ method: 'PATCH', url: url(space.slug), payload: { languages: ['sv', 'fi', 'en'], version: 3 } });
      expect(languages.statusCode, languages.body).toBe(200);
      const email = 'aino.suomeksi@example.org';
      const response = await as(
        t.app,
        null,
      )({
        method: 'POST',
        url: url(space.slug, '/registrations'),
        payload: registration({ email, language: 'fi' }),
      });
      expect(response.statusCode).toBe(201);
      const mail = await latestMailTo(t.database.db, email);
      // The space has no Finnish title: it is picked in English, the text around it is Finnish.
      expect(mail?.subject).toBe('Kvarken climate assembly: ilmoittautumisesi');
      expect(mail?.bodyText).toContain('Kiitos, että ilmoittauduit vapaaehtoiseksi');
      expect(mail?.bodyText).toMatch(/registration\/asm_[A-Za-z0-9_-]+/);
    });

    it('requires consent, and exactly the features the quotas need', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id]);
      const response = await as(
        t.app,
        null,
      )({
        method: 'POST',
        url: url(space.slug, '/registrations'),
        payload: registration({ consent: false, features: { gender: 'robot', income: 'high' } }),
      });
      expect(response.statusCode).toBe(422);
      const fields = (response.json().errors as { field: string }[]).map((problem) => problem.field).sort();
      expect(fields).toEqual([
        'body.consent',
        'body.features.country',
        'body.features.gender',
        'body.features.income',
      ]);
      expect((await volunteers(space.slug)).total).toBe(0);
    });

    it('refuses registrations once recruitment has closed', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id]);
      await as(
        t.app,
        manager,
      )({
        method: 'PATCH',
        url: url(space.slug),
        payload: {
          recruitmentOpensAt: '2020-01-01T00:00:00Z',
          recruitmentClosesAt: '2020-02-01T00:00:00Z',
          version: 3,
        },
      });
      const response = await as(
        t.app,
        null,
      )({ method: 'POST', url: url(space.slug, '/registrations'), payload: registration() });
      expect(response.statusCode).toBe(409);
    });

    it('refuses a CSV with a bad row, naming its line, and imports nothing', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id]);
      const csv = 'id,gender,country\na1,woman,se\na2,robot,fi\na3,man,se\n';
      const response = await as(
        t.app,
        manager,
      )({ method: 'POST', url: url(space.slug, '/volunteers/import'), payload: { csv } });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([
        {
          field: 'body.csv.line3.gender',
          message: 'line 3, column "gender": "robot" is not one of the choices',
        },
      ]);
      expect((await volunteers(space.slug)).total).toBe(0);
    });

    it('refuses a CSV whose header misses a category', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id]);
      const response = await as(
        t.app,
        manager,
      )({
        method: 'POST',
        url: url(space.slug, '/volunteers/import'),
        payload: { csv: 'id,gender,postcode\na1,woman,65100\n' },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors.map((problem: { message: string }) => problem.message)).toEqual([
        'column "country" is missing',
        'column "postcode" is not a category of this assembly',
      ]);
    });

    it('finds volunteers by part of a name, e-mail or public id, and pages the pool', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id], { poolSize: 12 });
      const find = async (query: string) => {
        const response = await as(
          t.app,
          manager,
        )({ method: 'GET', url: url(space.slug, `/volunteers?${query}`) });
        expect(response.statusCode, response.body).toBe(200);
        return response.json() as { items: Volunteer[]; total: number };
      };
      const named = await find('q=volunteer 1');
      expect(named.items.map((person) => person.name).sort()).toEqual([
        'Volunteer 1',
        'Volunteer 10',
        'Volunteer 11',
      ]);
      expect((await find('q=VOLUNTEER10%40EXAMPLE')).items.map((person) => person.name)).toEqual([
        'Volunteer 10',
      ]);
      const first = named.items[0];
      expect((await find(`q=${first?.publicId}`)).items.map((person) => person.id)).toEqual([first?.id]);
      expect((await find('status=selected')).total).toBe(0);
      const pages = [
        await find('limit=5&offset=0'),
        await find('limit=5&offset=5'),
        await find('limit=5&offset=10'),
      ];
      expect(pages.map((page) => page.items.length)).toEqual([5, 5, 2]);
      expect(new Set(pages.flatMap((page) => page.items.map((person) => person.id))).size).toBe(12);
      expect(pages.every((page) => page.total === 12)).toBe(true);
      const tooLong = await as(
        t.app,
        manager,
      )({ method: 'GET', url: url(space.slug, `/volunteers?q=${'x'.repeat(101)}`) });
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().errors[0].field).toBe('querystring.q');
    });

    it('flags duplicate e-mails and shared households to managers', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id], { poolSize: 10 });
      await as(
        t.app,
        null,
      )({
        method: 'POST',
        url: url(space.slug, '/registrations'),
        payload: registration({ email: 'volunteer3@example.org' }),
      });
      const pool = await volunteers(space.slug);
      expect(pool.total).toBe(11);
      expect(pool.duplicateEmails).toBe(2);
      // Households "Storgatan 0" (people 0, 1) and "Storgatan 5" (5, 6).
      expect(pool.sharedHouseholds).toBe(2);
      expect(
        pool.items
          .filter((person) => person.householdSize === 2)
          .map((person) => person.name)
          .sort(),
      ).toEqual(['Volunteer 0', 'Volunteer 1', 'Volunteer 5', 'Volunteer 6']);
    });
  });

  describe('selection, lottery and draw', () => {
    let slug: string;
    let run: Run;
    beforeAll(async () => {
      slug = (await createAssembly(t.app, manager, [orgA.id, orgB.id], { poolSize: 30 })).slug;
      run = await finishedRun(slug);
    });

    it('runs LEXIMIN in the background and reports fairness beside LEGACY', () => {
      expect(run.status).toBe('succeeded');
      const result = run.result;
      expect(result?.probabilities).toHaveLength(30);
      // Probabilities add up to the panel size.
      expect(result?.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(6, 6);
      expect(result?.fairness.minProbability).toBeGreaterThan(0);
      expect(result?.fairness.minProbability).toBeGreaterThanOrEqual(
        (result?.legacy.minProbability ?? 1) - 1e-9,
      );
    });

    it('fails a run whose quotas cannot hold, saying which quotas clash', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id], { poolSize: 6 });
      await as(
        t.app,
        manager,
      )({
        method: 'PUT',
        url: url(space.slug, '/quotas'),
        payload: {
          categories: TEST_CATEGORIES,
          quotas: testQuotas(3, 3).map((q) => (q.feature === 'fi' ? { ...q, min: 0, max: 1 } : q)),
          version: 3,
        },
      });
      const failed = await finishedRun(space.slug);
      expect(failed.status).toBe('failed');
      expect(failed.error).toContain('country');
    });

    it('fails a run whose process went quiet, and leaves one another process is still computing', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id]);
      const minuteAgo = new Date(Date.now() - 60_000);
      const [stopped, alive] = await t.database.db
        .insert(assemblyRuns)
        .values([
          {
            spaceId: space.id,
            algorithm: 'leximin',
            lotterySize: 10,
            status: 'running',
            heartbeatAt: minuteAgo,
          },
          {
            spaceId: space.id,
            algorithm: 'leximin',
            lotterySize: 10,
            status: 'running',
            heartbeatAt: new Date(),
          },
        ])
        .returning();
      expect(await failInterruptedRuns(t.database.db)).toBeGreaterThanOrEqual(1);
      const statusOf = async (id: string | undefined) =>
        (
          await t.database.db
            .select()
            .from(assemblyRuns)
            .where(eq(assemblyRuns.id, id ?? ''))
        )[0]?.status;
      expect(await statusOf(stopped?.id)).toBe('failed');
      expect(await statusOf(alive?.id)).toBe('running');
      await t.database.db.delete(assemblyRuns).where(eq(assemblyRuns.id, alive?.id ?? ''));
    });

    it('publishes the lottery with a seed commitment, draws, and lets anyone re-run the draw', async () => {
      const published = await as(
        t.app,
        manager,
      )({ method: 'POST', url: url(slug, `/runs/${run.id}/publish`), payload: {} });
      expect(published.statusCode).toBe(200);
      const before = (await as(t.app, null)({ method: 'GET', url: url(slug, '/lottery') })).json() as {
        lottery: LotteryDocument;
        seed: string | null;
      };
      expect(before.seed).toBeNull();
      expect(before.lottery.seedHash).toMatch(/^[0-9a-f]{64}$/);
      expect(before.lottery.panels.reduce((sum, panel) => sum + panel.tickets, 0)).toBe(200);

      // Addresses are shared with other assemblies of this file (one registered on its own): count new mail only.
      const poolBefore = await volunteers(slug);
      const mailsBefore = new Map<string, number>();
      for (const person of poolBefore.items)
        mailsBefore.set(person.email ?? '', await mailCountTo(t.database.db, person.email ?? ''));
      const drawn = await as(t.app, manager)({ method: 'POST', url: url(slug, '/draw'), payload: {} });
      expect(drawn.statusCode).toBe(200);
      const after = (await as(t.app, null)({ method: 'GET', url: url(slug, '/lottery') })).json() as {
        lottery: LotteryDocument;
        seed: string;
        members: string[];
      };
      expect(seedCommitment(after.seed)).toBe(before.lottery.seedHash);
      // An independent re-run from the published document and the revealed seed gives the same panel.
      expect(drawFromLottery(after.lottery, after.seed).members).toEqual(after.members);
      const verified = await as(
        t.app,
        outsider,
      )({ method: 'POST', url: url(slug, '/lottery/verify'), payload: { seed: after.seed } });
      expect(verified.json()).toMatchObject({ members: after.members, matchesPublishedDraw: true });
      const wrong = await as(
        t.app,
        outsider,
      )({ method: 'POST', url: url(slug, '/lottery/verify'), payload: { seed: 'ab'.repeat(32) } });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().errors[0].field).toBe('body.seed');

      const pool = await volunteers(slug);
      const selected = pool.items.filter((person) => person.status === 'selected');
      expect(selected.map((person) => person.publicId).sort()).toEqual([...after.members].sort());
      for (const person of pool.items) {
        const sent =
          (await mailCountTo(t.database.db, person.email ?? '')) - (mailsBefore.get(person.email ?? '') ?? 0);
        expect(sent).toBe(person.status === 'selected' ? 1 : 0);
      }
      const again = await as(t.app, manager)({ method: 'POST', url: url(slug, '/draw'), payload: {} });
      expect(again.statusCode).toBe(409);
    });

    it('draws from a seed of a public ceremony: only its hash is published, the draw needs the seed', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id], { poolSize: 12 });
      const ceremonyRun = await finishedRun(space.slug);
      const ceremonySeed = '00112233445566778899aabbccddeeff';
      const call = as(t.app, manager);
      const published = await call({
        method: 'POST',
        url: url(space.slug, `/runs/${ceremonyRun.id}/publish`),
        payload: { seedHash: seedCommitment(ceremonySeed) },
      });
      expect(published.statusCode).toBe(200);
      const view = (await as(t.app, null)({ method: 'GET', url: url(space.slug) })).json();
      expect(view.lottery).toMatchObject({
        seedHash: seedCommitment(ceremonySeed),
        seedFromCeremony: true,
        seed: null,
      });
      const withoutSeed = await call({ method: 'POST', url: url(space.slug, '/draw'), payload: {} });
      expect(withoutSeed.statusCode).toBe(422);
      const wrongSeed = await call({
        method: 'POST',
        url: url(space.slug, '/draw'),
        payload: { seed: 'ff'.repeat(16) },
      });
      expect(wrongSeed.statusCode).toBe(422);
      const drawn = await call({
        method: 'POST',
        url: url(space.slug, '/draw'),
        payload: { seed: ceremonySeed },
      });
      expect(drawn.statusCode).toBe(200);
      const lottery = (await as(t.app, null)({ method: 'GET', url: url(space.slug, '/lottery') })).json();
      expect(lottery.seed).toBe(ceremonySeed);
      expect(drawFromLottery(lottery.lottery, ceremonySeed).members).toEqual(lottery.members);
    });

    it('replaces a dropout with someone who restores the quotas, and notifies them', async () => {
      const pool = await volunteers(slug);
      const panel = pool.items.filter((person) => person.status === 'selected');
      const dropout = panel[0];
      if (!dropout) throw new Error('no panel');
      const response = await as(
        t.app,
        manager,
      )({ method: 'POST', url: url(slug, '/replacements'), payload: { dropoutIds: [dropout.id] } });
      expect(response.statusCode).toBe(200);
      const { replacements } = response.json() as { replacements: string[] };
      expect(replacements).toHaveLength(1);
      const after = await volunteers(slug);
      const seated = after.items.filter(
        (person) => person.status === 'selected' || person.status === 'replacement',
      );
      expect(seated).toHaveLength(6);
      expect(seated.map((person) => person.id)).not.toContain(dropout.id);
      for (const quota of testQuotas(2, 4)) {
        const count = seated.filter((person) => person.features[quota.category] === quota.feature).length;
        expect(count).toBeGreaterThanOrEqual(quota.min);
        expect(count).toBeLessThanOrEqual(quota.max);
      }
      const added = after.items.find((person) => person.id === replacements[0]);
      expect((await latestMailTo(t.database.db, added?.email ?? ''))?.subject).toContain('selected');
    });

    it('replaces several drop-outs in one request, all or nothing, and the quotas still hold', async () => {
      const call = as(t.app, manager);
      const before = await volunteers(slug);
      const seatedBefore = before.items.filter(
        (person) => person.status === 'selected' || person.status === 'replacement',
      );
      const [first, second, third] = seatedBefore;
      if (!first || !second || !third) throw new Error('no panel');
      const outsiderId = before.items.find((person) => person.status === 'pool')?.id;
      if (!outsiderId) throw new Error('no one outside the panel');
      // One id that is not on the panel refuses the whole request and changes nothing.
      const refused = await call({
        method: 'POST',
        url: url(slug, '/replacements'),
        payload: { dropoutIds: [first.id, outsiderId] },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors[0].field).toBe('body.dropoutIds.1');
      const twice = await call({
        method: 'POST',
        url: url(slug, '/replacements'),
        payload: { dropoutIds: [first.id, first.id] },
      });
      expect(twice.statusCode).toBe(422);
      expect(twice.json().errors[0].field).toBe('body.dropoutIds.1');
      const unchanged = await volunteers(slug);
      expect(unchanged.items.map((person) => person.status)).toEqual(
        before.items.map((person) => person.status),
      );

      const dropped = [first.id, second.id, third.id];
      const response = await call({
        method: 'POST',
        url: url(slug, '/replacements'),
        payload: { dropoutIds: dropped },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json() as { droppedOut: string[]; replacements: string[] };
      expect([...body.droppedOut].sort()).toEqual([...dropped].sort());
      expect(body.replacements).toHaveLength(3);
      expect(new Set(body.replacements).size).toBe(3);
      const after = await volunteers(slug);
      const seated = after.items.filter(
        (person) => person.status === 'selected' || person.status === 'replacement',
      );
      expect(seated).toHaveLength(6);
      for (const id of dropped) {
        expect(seated.map((person) => person.id)).not.toContain(id);
        expect(after.items.find((person) => person.id === id)?.status).toBe('dropped_out');
      }
      for (const id of body.replacements) {
        const person = after.items.find((p) => p.id === id);
        expect(person?.status).toBe('replacement');
        // Nobody who dropped out earlier comes back.
        expect(before.items.find((p) => p.id === id)?.status).toBe('pool');
        expect((await latestMailTo(t.database.db, person?.email ?? ''))?.subject).toContain('selected');
      }
      for (const quota of testQuotas(2, 4)) {
        const count = seated.filter((person) => person.features[quota.category] === quota.feature).length;
        expect(count).toBeGreaterThanOrEqual(quota.min);
        expect(count).toBeLessThanOrEqual(quota.max);
      }
      // poolCsv: p0 and p1 share a household, p5 and p6, and so on; never two of one household on the panel.
      const household = (externalId: string | null) => {
        const i = Number(externalId?.slice(1));
        return i % 5 === 1 ? i - 1 : i;
      };
      const households = seated.map((person) => household(person.externalId));
      expect(new Set(households).size).toBe(households.length);
    });

    it('never shows volunteers’ names or e-mails in public answers', async () => {
      const bodies = await Promise.all(
        [url(slug), url(slug, '/lottery')].map(
          async (path) => (await as(t.app, outsider)({ method: 'GET', url: path })).body,
        ),
      );
      for (const body of bodies) {
        expect(body).not.toMatch(/Volunteer \d|volunteer\d+@example.org/);
        expect(body).not.toContain('"p1"');
      }
      const denied = await as(t.app, outsider)({ method: 'GET', url: url(slug, '/volunteers') });
      expect(denied.statusCode).toBe(403);
      const anonymous = await as(t.app, null)({ method: 'GET', url: url(slug, `/runs/${run.id}`) });
      expect(anonymous.statusCode).toBe(401);
    });
  });

  describe('recommendations and official responses', () => {
    it('records a vote and a response from each host, shown publicly', async () => {
      const space = await createAssembly(t.app, manager, [orgA.id, orgB.id]);
      const created = await as(
        t.app,
        manager,
      )({
        method: 'POST',
        url: url(space.slug, '/recommendations'),
        payload: {
          titles: { en: { text: 'A shared flood warning system', provenance: 'original' } },
          texts: {
            en: {
              text: 'Both countries should run one warning service for the Kvarken coast.',
              provenance: 'original',
            },
          },
          votesFor: 38,
          votesAgainst: 4,
          votesAbstain: 2,
        },
      });
      expect(created.statusCode).toBe(201);
      const id = (created.json() as { id: string }).id;
      const answer = (organisationId: string, user: TestUser, version?: number) =>
        as(
          t.app,
          user,
        )({
          method: 'PUT',
          url: url(space.slug, `/recommendations/${id}/responses/${organisationId}`),
          payload: {
            stance: 'partly',
            reasons: { en: { text: 'Funding is agreed for 2028.', provenance: 'official' } },
            ...(version ? { version } : {}),
          },
        });
      expect((await answer(orgA.id, manager)).statusCode).toBe(200);
      expect((await answer(orgA.id, manager)).statusCode).toBe(409);
      expect((await answer(orgA.id, manager, 1)).statusCode).toBe(200);
      const staff = await addOrganisationMember(t.database.db, orgB.id, 'member');
      expect((await answer(orgB.id, staff)).statusCode).toBe(403);
      const foreign = await createOrganisation(t.app, outsider);
      expect((await answer(foreign.id, outsider)).statusCode).toBe(404);

      const view = (await as(t.app, null)({ method: 'GET', url: url(space.slug) })).json() as {
        recommendations: {
          votes: { for: number };
          responses: { organisationId: string; stance: string; version: number }[];
        }[];
      };
      expect(view.recommendations[0]?.votes.for).toBe(38);
      expect(view.recommendations[0]?.responses).toEqual([
        expect.objectContaining({ organisationId: orgA.id, stance: 'partly', version: 2 }),
      ]);
    });
  });
});
