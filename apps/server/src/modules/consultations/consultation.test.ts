import { count, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsultationFixture,
  en,
  startConsultationFixture,
} from '../../../test/consultation-fixture.ts';
import { as, createSpace, createTestUser, type TestUser } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/harness.ts';
import { consultationComments, consultationIdeas } from './consultation.table.ts';

describe('taking part in a consultation', () => {
  let f: ConsultationFixture;
  let t: TestApp;
  let host: TestUser;
  let citizen: TestUser;
  let neighbour: TestUser;
  const consultation = (settings?: Record<string, unknown>) => f.consultation(settings);
  const submit = (slug: string, user: TestUser, overrides?: Record<string, unknown>) =>
    f.submit(slug, user, overrides);
  const idea = (slug: string, user: TestUser | null, id: string) => f.idea(slug, user, id);
  const age = (user: TestUser, days: number) => f.age(user, days);

  beforeAll(async () => {
    f = await startConsultationFixture();
    ({ t, host, citizen, neighbour } = f);
  });
  afterAll(() => f.close());
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
    const workspace = await createSpace(t.app, host, [f.orgId], { visibility: 'public' });
    const response = await as(
      t.app,
      host,
    )({ method: 'GET', url: `/api/spaces/${workspace.slug}/consultation` });
    expect(response.statusCode).toBe(404);
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
});

describe('comment pages', () => {
  let f: ConsultationFixture;
  let t: TestApp;
  let citizen: TestUser;
  let neighbour: TestUser;

  beforeAll(async () => {
    f = await startConsultationFixture();
    ({ t, citizen, neighbour } = f);
  });
  afterAll(() => f.close());

  it('pages first-level comments oldest first, each with its replies, and counts them', async () => {
    const slug = await f.consultation();
    const created = (await f.submit(slug, citizen)).json();
    const [space] = await t.database.db
      .select({ spaceId: consultationIdeas.spaceId })
      .from(consultationIdeas)
      .where(eq(consultationIdeas.id, created.id));
    const base = Date.parse('2026-01-01T00:00:00Z');
    const threads = await t.database.db
      .insert(consultationComments)
      .values(
        Array.from({ length: 25 }, (_, i) => ({
          spaceId: space?.spaceId ?? '',
          ideaId: created.id,
          authorId: neighbour.id,
          language: 'en',
          body: `Comment ${i + 1}`,
          createdAt: new Date(base + i * 60_000),
        })),
      )
      .returning({ id: consultationComments.id });
    await t.database.db.insert(consultationComments).values([
      {
        spaceId: space?.spaceId ?? '',
        ideaId: created.id,
        parentId: threads[21]?.id,
        authorId: citizen.id,
        language: 'en',
        body: 'A reply to comment 22',
        createdAt: new Date(base + 90 * 60_000),
      },
      {
        spaceId: space?.spaceId ?? '',
        ideaId: created.id,
        authorId: neighbour.id,
        language: 'en',
        body: 'Waiting for a moderator',
        state: 'pending',
        createdAt: new Date(base + 95 * 60_000),
      },
    ]);
    const detail = (await f.idea(slug, null, created.id)).json();
    expect(detail.commentThreads).toBe(25);
    expect(detail.comments.map((c: { body: string }) => c.body)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Comment ${i + 1}`),
    );
    const page = await as(
      t.app,
      null,
    )({
      method: 'GET',
      url: `/api/spaces/${slug}/consultation/ideas/${created.id}/comments?limit=4&offset=20`,
    });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().total).toBe(25);
    expect(page.json().items.map((c: { body: string }) => c.body)).toEqual([
      'Comment 21',
      'Comment 22',
      'A reply to comment 22',
      'Comment 23',
      'Comment 24',
    ]);
    const last = await as(
      t.app,
      neighbour,
    )({ method: 'GET', url: `/api/spaces/${slug}/consultation/ideas/${created.id}/comments?offset=24` });
    expect(last.json().items.map((c: { body: string }) => c.body)).toEqual([
      'Comment 25',
      'Waiting for a moderator',
    ]);
    expect(last.json().total).toBe(26);
    const unknown = await as(
      t.app,
      null,
    )({
      method: 'GET',
      url: `/api/spaces/${slug}/consultation/ideas/00000000-0000-4000-8000-000000000000/comments`,
    });
    expect(unknown.statusCode).toBe(404);
  });
});
