import { count, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createOrganisation,
  createSpace,
  createTestUser,
  type TestUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { latestMailTo, mailCountTo } from '../../../test/outbox-reader.ts';
import { startTranslationStub, type TranslationStub } from '../../../test/translation-stub.ts';
import { users } from '../accounts/account.table.ts';
import { consultationIdeas } from './consultation.table.ts';

const en = (text: string) => ({ en: { text, provenance: 'original' } });

describe('consultations with official answers', () => {
  let t: TestApp;
  let stub: TranslationStub;
  let host: TestUser;
  let citizen: TestUser;
  let neighbour: TestUser;
  let orgId: string;
  let counter = 0;

  async function age(user: TestUser, days: number) {
    await t.database.db
      .update(users)
      .set({ createdAt: sql`now() - make_interval(days => ${days})` })
      .where(eq(users.id, user.id));
  }

  /** A public consultation, with settings applied by the host when given. */
  async function consultation(settings: Record<string, unknown> = {}) {
    counter++;
    const space = await createSpace(t.app, host, [orgId], {
      kind: 'consultation',
      visibility: 'public',
      slug: `kvarken-${counter}-${Date.now().toString(36)}`,
    });
    if (Object.keys(settings).length > 0) {
      const response = await as(
        t.app,
        host,
      )({
        method: 'PUT',
        url: `/api/spaces/${space.slug}/consultation`,
        payload: {
          question: en('How to commute?'),
          opensAt: null,
          closesAt: null,
          preModeration: false,
          version: 1,
          ...settings,
        },
      });
      expect(response.statusCode, response.body).toBe(200);
    }
    return space.slug;
  }

  async function submit(slug: string, user: TestUser, overrides: Record<string, unknown> = {}) {
    return as(
      t.app,
      user,
    )({
      method: 'POST',
      url: `/api/spaces/${slug}/consultation/ideas`,
      payload: {
        title: 'Fler färjor till Vasa',
        body: 'Fler färjor på morgonen, tack.',
        language: 'sv',
        ...overrides,
      },
    });
  }

  async function idea(slug: string, user: TestUser | null, id: string) {
    return as(t.app, user)({ method: 'GET', url: `/api/spaces/${slug}/consultation/ideas/${id}` });
  }

  beforeAll(async () => {
    stub = await startTranslationStub();
    t = await createTestApp({
      env: {
        TRANSLATION_URL: stub.url,
        TRANSLATION_PROVIDER_NAME: 'Dictionary stub',
        ANONYMOUS_READ_RATE_LIMIT: '25',
      },
    });
    host = await createTestUser(t.database.db, { name: 'Host' });
    citizen = await createTestUser(t.database.db, { name: 'Citizen' });
    neighbour = await createTestUser(t.database.db, { name: 'Neighbour' });
    for (const user of [host, citizen, neighbour]) await age(user, 3);
    orgId = (await createOrganisation(t.app, host)).id;
  });
  afterAll(async () => {
    await t.close();
    await stub.close();
  });

  it('lets a signed-in person who is not a member submit an idea in a public consultation', async () => {
    const slug = await consultation();
    const response = await submit(slug, citizen);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      language: 'sv',
      state: 'published',
      status: null,
      author: { displayName: 'Citizen' },
    });
    const list = await as(t.app, null)({ method: 'GET', url: `/api/spaces/${slug}/consultation/ideas` });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([created.id]);
  });

  it('refuses ideas before the consultation opens and after it closes', async () => {
    const future = await consultation({ opensAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect((await submit(future, citizen)).statusCode).toBe(409);
    const past = await consultation({
      opensAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      closesAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    const closed = await submit(past, citizen);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().detail).toContain('not open');
    const view = await as(t.app, null)({ method: 'GET', url: `/api/spaces/${past}/consultation` });
    expect(view.json().isOpen).toBe(false);
  });

  it('names the field when the window closes before it opens, and refuses a stale version', async () => {
    const slug = await consultation({ preModeration: false });
    const put = (payload: Record<string, unknown>) =>
      as(
        t.app,
        host,
      )({
        method: 'PUT',
        url: `/api/spaces/${slug}/consultation`,
        payload: {
          question: en('Q'),
          opensAt: null,
          closesAt: null,
          preModeration: false,
          version: 2,
          ...payload,
        },
      });
    const backwards = await put({ opensAt: '2026-06-02T00:00:00Z', closesAt: '2026-06-01T00:00:00Z' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().errors[0].field).toBe('body.closesAt');
    expect(
      (await put({ question: { sv: { text: 'Hur pendlar vi?', provenance: 'original' } } })).statusCode,
    ).toBe(200);
    expect((await put({ question: en('Stale') })).statusCode).toBe(409);
    const view = (await as(t.app, null)({ method: 'GET', url: `/api/spaces/${slug}/consultation` })).json();
    expect(view.question.sv.text).toBe('Hur pendlar vi?');
    expect(view.version).toBe(3);
  });

  it('answers 404 for a space of another kind', async () => {
    const workspace = await createSpace(t.app, host, [orgId], { visibility: 'public' });
    const response = await as(
      t.app,
      host,
    )({ method: 'GET', url: `/api/spaces/${workspace.slug}/consultation` });
    expect(response.statusCode).toBe(404);
  });

  it('holds new ideas and comments for approval under pre-moderation', async () => {
    const slug = await consultation({ preModeration: true });
    const created = (await submit(slug, citizen)).json();
    expect(created.state).toBe('pending');
    expect((await idea(slug, neighbour, created.id)).statusCode).toBe(404);
    expect((await idea(slug, citizen, created.id)).statusCode).toBe(200);
    const queue = (
      await as(t.app, host)({ method: 'GET', url: `/api/spaces/${slug}/consultation/moderation` })
    ).json();
    expect(queue.items.map((item: { contributionId: string }) => item.contributionId)).toEqual([created.id]);
    const approve = await as(
      t.app,
      host,
    )({
      method: 'POST',
      url: `/api/spaces/${slug}/consultation/contributions/${created.id}/moderation`,
      payload: { action: 'approve' },
    });
    expect(approve.statusCode, approve.body).toBe(200);
    expect((await idea(slug, neighbour, created.id)).json().state).toBe('published');
    const comment = await as(
      t.app,
      neighbour,
    )({
      method: 'POST',
      url: `/api/spaces/${slug}/consultation/ideas/${created.id}/comments`,
      payload: { body: 'Ja, gärna!', language: 'sv' },
    });
    expect(comment.json().comments[0].state).toBe('pending');
    expect((await idea(slug, citizen, created.id)).json().comments).toEqual([]);
  });

  it('hides a flagged idea with a public reason and restores it', async () => {
    const slug = await consultation();
    const created = (await submit(slug, citizen)).json();
    const flag = await as(
      t.app,
      neighbour,
    )({
      method: 'POST',
      url: `/api/spaces/${slug}/consultation/contributions/${created.id}/flags`,
      payload: { reason: 'Advertising' },
    });
    expect(flag.statusCode).toBe(204);
    const anonymousFlag = await as(
      t.app,
      null,
    )({
      method: 'POST',
      url: `/api/spaces/${slug}/consultation/contributions/${created.id}/flags`,
      payload: { reason: 'Advertising' },
    });
    expect(anonymousFlag.statusCode).toBe(401);
    const queue = (
      await as(t.app, host)({ method: 'GET', url: `/api/spaces/${slug}/consultation/moderation` })
    ).json();
    expect(queue.items[0].flags.map((f: { reason: string }) => f.reason)).toEqual(['Advertising']);
    const moderate = (payload: object) =>
      as(
        t.app,
        host,
      )({
        method: 'POST',
        url: `/api/spaces/${slug}/consultation/contributions/${created.id}/moderation`,
        payload,
      });
    const noReason = await moderate({ action: 'hide' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].field).toBe('body.reason');
    expect((await moderate({ action: 'hide', reason: 'Commercial advertising' })).statusCode).toBe(200);
    const hidden = (await idea(slug, null, created.id)).json();
    expect(hidden).toMatchObject({
      state: 'hidden',
      hiddenReason: 'Commercial advertising',
      title: null,
      body: null,
    });
    expect((await idea(slug, host, created.id)).json().title).toBe('Fler färjor till Vasa');
    const queueAfter = (
      await as(t.app, host)({ method: 'GET', url: `/api/spaces/${slug}/consultation/moderation` })
    ).json();
    expect(queueAfter.items).toEqual([]);
    expect((await moderate({ action: 'restore' })).statusCode).toBe(200);
    expect((await idea(slug, null, created.id)).json()).toMatchObject({
      state: 'published',
      hiddenReason: null,
    });
  });

  it('limits accounts younger than 24 hours to three ideas an hour', async () => {
    const slug = await consultation();
    const newcomer = await createTestUser(t.database.db, { name: 'Newcomer' });
    for (let i = 0; i < 3; i++)
      expect((await submit(slug, newcomer, { title: `Idea number ${i}` })).statusCode).toBe(201);
    const fourth = await submit(slug, newcomer);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().detail).toContain('younger than 24 hours');
    await age(newcomer, 2);
    expect((await submit(slug, newcomer)).statusCode).toBe(201);
  });

  it('limits anonymous reads per address with a clear 429', async () => {
    const slug = await consultation();
    let last = 0;
    for (let i = 0; i < 26; i++)
      last = (await as(t.app, null)({ method: 'GET', url: `/api/spaces/${slug}/consultation/scoreboard` }))
        .statusCode;
    expect(last).toBe(429);
    const signedIn = await as(
      t.app,
      citizen,
    )({ method: 'GET', url: `/api/spaces/${slug}/consultation/scoreboard` });
    expect(signedIn.statusCode).toBe(200);
  });

  it('keeps one support per person, withdrawable, and sorts by supports', async () => {
    const slug = await consultation();
    const first = (await submit(slug, citizen, { title: 'First idea here' })).json();
    const second = (await submit(slug, citizen, { title: 'Second idea here' })).json();
    const support = (user: TestUser, method: 'PUT' | 'DELETE') =>
      as(t.app, user)({ method, url: `/api/spaces/${slug}/consultation/ideas/${first.id}/support` });
    await support(neighbour, 'PUT');
    expect((await support(neighbour, 'PUT')).json()).toEqual({ supportCount: 1, supportedByMe: true });
    const sorted = (
      await as(
        t.app,
        null,
      )({ method: 'GET', url: `/api/spaces/${slug}/consultation/ideas?sort=most_supported` })
    ).json();
    expect(sorted.items.map((item: { id: string }) => item.id)).toEqual([first.id, second.id]);
    const recent = (
      await as(t.app, null)({ method: 'GET', url: `/api/spaces/${slug}/consultation/ideas` })
    ).json();
    expect(recent.items.map((item: { id: string }) => item.id)).toEqual([second.id, first.id]);
    expect((await support(neighbour, 'DELETE')).json()).toEqual({ supportCount: 0, supportedByMe: false });
    expect(
      (
        await as(
          t.app,
          null,
        )({ method: 'PUT', url: `/api/spaces/${slug}/consultation/ideas/${first.id}/support` })
      ).statusCode,
    ).toBe(401);
  });

  it('keeps replies one level deep', async () => {
    const slug = await consultation();
    const created = (await submit(slug, citizen)).json();
    const comment = (payload: object) =>
      as(
        t.app,
        neighbour,
      )({ method: 'POST', url: `/api/spaces/${slug}/consultation/ideas/${created.id}/comments`, payload });
    const top = (await comment({ body: 'Good idea', language: 'en' })).json().comments[0];
    const reply = (await comment({ body: 'Agreed', language: 'en', parentId: top.id })).json().comments[1];
    expect(reply.parentId).toBe(top.id);
    const deeper = await comment({ body: 'Too deep', language: 'en', parentId: reply.id });
    expect(deeper.statusCode).toBe(422);
    expect(deeper.json().errors[0].field).toBe('body.parentId');
  });

  it('records each official answer in a dated history and e-mails the author and supporters', async () => {
    const slug = await consultation();
    const created = (await submit(slug, citizen)).json();
    await as(
      t.app,
      neighbour,
    )({ method: 'PUT', url: `/api/spaces/${slug}/consultation/ideas/${created.id}/support` });
    const answer = (payload: object) =>
      as(
        t.app,
        host,
      )({ method: 'POST', url: `/api/spaces/${slug}/consultation/ideas/${created.id}/answers`, payload });
    const beforeNeighbour = await mailCountTo(t.database.db, neighbour.email);
    const first = await answer({
      status: 'under_review',
      reason: en('We are studying the timetable.'),
      version: 1,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect((await answer({ status: 'accepted', reason: en('Stale'), version: 1 })).statusCode).toBe(409);
    const forbidden = await as(
      t.app,
      citizen,
    )({
      method: 'POST',
      url: `/api/spaces/${slug}/consultation/ideas/${created.id}/answers`,
      payload: { status: 'accepted', reason: en('Mine'), version: 2 },
    });
    expect(forbidden.statusCode).toBe(403);
    const second = (
      await answer({ status: 'accepted', reason: en('Two more ferries from May.'), version: 2 })
    ).json();
    expect(second.status).toBe('accepted');
    expect(second.answers.map((a: { status: string }) => a.status)).toEqual(['accepted', 'under_review']);
    const mail = await latestMailTo(t.database.db, citizen.email);
    expect(mail?.subject).toContain('accepted');
    expect(mail?.bodyText).toContain('Two more ferries from May.');
    expect(mail?.bodyText).toContain(`/ideas/${created.id}`);
    expect((await mailCountTo(t.database.db, neighbour.email)) - beforeNeighbour).toBe(2);
    const accepted = (
      await as(t.app, null)({ method: 'GET', url: `/api/spaces/${slug}/consultation/ideas?status=accepted` })
    ).json();
    expect(accepted.total).toBe(1);
  });

  it('computes the scoreboard: answered ideas per status, median and 90th percentile days', async () => {
    const slug = await consultation();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await submit(slug, neighbour, { title: `Scoreboard idea ${i}` })).json().id);
    const statuses = ['accepted', 'not_pursued', 'accepted'];
    for (const [i, status] of statuses.entries()) {
      const response = await as(
        t.app,
        host,
      )({
        method: 'POST',
        url: `/api/spaces/${slug}/consultation/ideas/${ids[i]}/answers`,
        payload: { status, reason: en('Because.'), version: 1 },
      });
      expect(response.statusCode).toBe(201);
    }
    // Submitted 2, 4 and 10 days before their first answer.
    for (const [i, days] of [2, 4, 10].entries())
      await t.database.db
        .update(consultationIdeas)
        .set({ createdAt: sql`first_answered_at - make_interval(days => ${days})` })
        .where(eq(consultationIdeas.id, ids[i] ?? ''));
    const board = (
      await as(t.app, citizen)({ method: 'GET', url: `/api/spaces/${slug}/consultation/scoreboard` })
    ).json();
    expect(board).toEqual({
      ideas: 4,
      answered: 3,
      byStatus: { under_review: 0, accepted: 2, partly: 0, not_pursued: 1, implemented: 0 },
      medianDaysToAnswer: 4,
      p90DaysToAnswer: 10,
    });
  });

  it('translates through the provider once, stores it, and labels it with the provider', async () => {
    const slug = await consultation();
    const created = (
      await submit(slug, citizen, {
        title: 'En gemensam biljett',
        body: 'En gemensam biljett för buss och färja.',
      })
    ).json();
    const ask = () =>
      as(
        t.app,
        neighbour,
      )({
        method: 'POST',
        url: `/api/spaces/${slug}/consultation/contributions/${created.id}/machine-translations`,
        payload: { language: 'en' },
      });
    const callsBefore = stub.calls();
    const first = await ask();
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      language: 'en',
      title: 'one shared ticket',
      body: 'one shared ticket for bus and ferry.',
      provenance: 'machine',
      provider: 'Dictionary stub',
    });
    expect((await ask()).statusCode).toBe(200);
    expect(stub.calls() - callsBefore).toBe(2);
    const same = await as(
      t.app,
      neighbour,
    )({
      method: 'POST',
      url: `/api/spaces/${slug}/consultation/contributions/${created.id}/machine-translations`,
      payload: { language: 'sv' },
    });
    expect(same.json().errors[0].field).toBe('body.language');
    const view = (await idea(slug, null, created.id)).json();
    expect(view.translations).toHaveLength(1);
    expect(
      (await as(t.app, null)({ method: 'GET', url: `/api/spaces/${slug}/consultation` })).json()
        .machineTranslation,
    ).toEqual({
      provider: 'Dictionary stub',
    });
  });

  it('takes a human translation with its translator, and a host makes it official', async () => {
    const slug = await consultation();
    const created = (await submit(slug, citizen)).json();
    const url = `/api/spaces/${slug}/consultation/contributions/${created.id}/translations`;
    const noTitle = await as(
      t.app,
      neighbour,
    )({ method: 'POST', url, payload: { language: 'fi', body: 'Lisää lauttoja' } });
    expect(noTitle.json().errors[0].field).toBe('body.title');
    const human = await as(
      t.app,
      neighbour,
    )({
      method: 'POST',
      url,
      payload: { language: 'fi', title: 'Lisää lauttoja Vaasaan', body: 'Lisää lauttoja aamulla, kiitos.' },
    });
    expect(human.statusCode, human.body).toBe(201);
    expect(human.json()).toMatchObject({
      provenance: 'human',
      translator: { displayName: 'Neighbour' },
      official: false,
    });
    const officialUrl = `/api/spaces/${slug}/consultation/translations/${human.json().id}/official`;
    expect((await as(t.app, neighbour)({ method: 'POST', url: officialUrl })).statusCode).toBe(403);
    const official = await as(t.app, host)({ method: 'POST', url: officialUrl });
    expect(official.json()).toMatchObject({ provenance: 'official', official: true });
    const [translation] = (await idea(slug, null, created.id)).json().translations;
    expect(translation).toMatchObject({ language: 'fi', provenance: 'official' });
  });

  it('answers hostile idea and answer bodies with 2xx or a 4xx problem, writing nothing on refusal', async () => {
    const slug = await consultation();
    const target = (await submit(slug, citizen)).json();
    const ideaCount = async () =>
      (await t.database.db.select({ n: count() }).from(consultationIdeas))[0]?.n ?? 0;
    const valid = { title: 'A valid idea title', body: 'A valid idea body, long enough.', language: 'en' };
    const bodies = fc.oneof(
      fc.anything(),
      fc
        .record({ key: fc.constantFrom(...Object.keys(valid)), value: fc.anything() })
        .map(({ key, value }) => ({ ...valid, [key]: value })),
    );
    await fc.assert(
      fc.asyncProperty(bodies, fc.anything(), async (idea, answer) => {
        const before = await ideaCount();
        const response = await as(
          t.app,
          citizen,
        )({
          method: 'POST',
          url: `/api/spaces/${slug}/consultation/ideas`,
          payload: JSON.stringify(idea) ?? 'null',
          headers: { 'content-type': 'application/json' },
        });
        expect(response.statusCode).not.toBeGreaterThanOrEqual(500);
        if (response.statusCode >= 400) expect(await ideaCount()).toBe(before);
        const answered = await as(
          t.app,
          host,
        )({
          method: 'POST',
          url: `/api/spaces/${slug}/consultation/ideas/${target.id}/answers`,
          payload: JSON.stringify(answer) ?? 'null',
          headers: { 'content-type': 'application/json' },
        });
        expect(answered.statusCode).toBeGreaterThanOrEqual(400);
        expect(answered.statusCode).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
    expect((await idea(slug, null, target.id)).json().answers).toEqual([]);
  });

  it('exports ideas with statuses and supports as CSV for managers only', async () => {
    const slug = await consultation();
    const created = (
      await submit(slug, citizen, { title: '=HYPERLINK("x") idea', body: 'Quotes "here", and commas.' })
    ).json();
    await as(
      t.app,
      neighbour,
    )({ method: 'PUT', url: `/api/spaces/${slug}/consultation/ideas/${created.id}/support` });
    expect(
      (await as(t.app, citizen)({ method: 'GET', url: `/api/spaces/${slug}/consultation/export.csv` }))
        .statusCode,
    ).toBe(403);
    const csv = await as(t.app, host)({ method: 'GET', url: `/api/spaces/${slug}/consultation/export.csv` });
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, row] = csv.body.trim().split('\r\n');
    expect(header).toBe(
      'id,submitted_at,language,title,body,state,hidden_reason,status,status_reason,first_answered_at,supports,comments',
    );
    expect(row).toContain(`${created.id},`);
    expect(row).toContain(`"'=HYPERLINK(""x"") idea","Quotes ""here"", and commas.",published,,,,,1,0`);
  });
});

describe('consultations without a translation service', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('offers no machine translation and answers 503 when asked', async () => {
    const host = await createTestUser(t.database.db, { name: 'Host' });
    const org = await createOrganisation(t.app, host);
    const space = await createSpace(t.app, host, [org.id], { kind: 'consultation', visibility: 'public' });
    const view = (
      await as(t.app, host)({ method: 'GET', url: `/api/spaces/${space.slug}/consultation` })
    ).json();
    expect(view.machineTranslation).toBeNull();
    const created = (
      await as(
        t.app,
        host,
      )({
        method: 'POST',
        url: `/api/spaces/${space.slug}/consultation/ideas`,
        payload: { title: 'A shared ticket', body: 'A shared ticket for bus and ferry.', language: 'en' },
      })
    ).json();
    const response = await as(
      t.app,
      host,
    )({
      method: 'POST',
      url: `/api/spaces/${space.slug}/consultation/contributions/${created.id}/machine-translations`,
      payload: { language: 'sv' },
    });
    expect(response.statusCode).toBe(503);
  });
});
