import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsultationFixture,
  en,
  startConsultationFixture,
} from '../../../test/consultation-fixture.ts';
import {
  as,
  createOrganisation,
  createSpace,
  createTestUser,
  type TestUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { latestMailTo, mailCountTo } from '../../../test/outbox-reader.ts';
import type { TranslationStub } from '../../../test/translation-stub.ts';
import { auditLog } from '../audit/audit.table.ts';
import { consultationIdeas } from './consultation.table.ts';

describe('moderation, translations and official answers', () => {
  let f: ConsultationFixture;
  let t: TestApp;
  let stub: TranslationStub;
  let host: TestUser;
  let citizen: TestUser;
  let neighbour: TestUser;
  const consultation = (settings?: Record<string, unknown>) => f.consultation(settings);
  const submit = (slug: string, user: TestUser, overrides?: Record<string, unknown>) =>
    f.submit(slug, user, overrides);
  const idea = (slug: string, user: TestUser | null, id: string) => f.idea(slug, user, id);

  beforeAll(async () => {
    f = await startConsultationFixture();
    ({ t, stub, host, citizen, neighbour } = f);
  });
  afterAll(() => f.close());
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
    const approvedMail = await latestMailTo(t.database.db, citizen.email);
    expect(approvedMail?.subject).toBe('Your idea is published: Fler färjor till Vasa');
    expect(approvedMail?.bodyText).toContain(`/spaces/${slug}/ideas/${created.id}`);
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
    const mailsBefore = await mailCountTo(t.database.db, citizen.email);
    expect((await moderate({ action: 'hide', reason: 'Commercial advertising' })).statusCode).toBe(200);
    const hiddenMail = await latestMailTo(t.database.db, citizen.email);
    expect(hiddenMail?.subject).toBe('Your idea was hidden: Fler färjor till Vasa');
    expect(hiddenMail?.bodyText).toContain('Reason: Commercial advertising');
    expect(await mailCountTo(t.database.db, citizen.email)).toBe(mailsBefore + 1);
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
    expect(await mailCountTo(t.database.db, citizen.email)).toBe(mailsBefore + 1);
    expect((await idea(slug, null, created.id)).json()).toMatchObject({
      state: 'published',
      hiddenReason: null,
    });
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

  it('tells each supporter of an answered idea in their own language', async () => {
    const slug = await consultation();
    const created = (await submit(slug, citizen)).json();
    const francophone = await createTestUser(t.database.db, { name: 'Claire Dubois', language: 'fr' });
    await as(
      t.app,
      francophone,
    )({ method: 'PUT', url: `/api/spaces/${slug}/consultation/ideas/${created.id}/support` });
    const answered = await as(
      t.app,
      host,
    )({
      method: 'POST',
      url: `/api/spaces/${slug}/consultation/ideas/${created.id}/answers`,
      payload: {
        status: 'accepted',
        reason: {
          en: { text: 'Two more ferries from May.', provenance: 'original' },
          fr: { text: 'Deux ferries de plus dès mai.', provenance: 'human' },
        },
        version: 1,
      },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const french = await latestMailTo(t.database.db, francophone.email);
    expect(french?.subject).toBe('Réponse officielle : l’idée « Fler färjor till Vasa » est acceptée');
    expect(french?.bodyText).toContain('Motif : Deux ferries de plus dès mai.');
    expect(french?.bodyText).toContain(`/ideas/${created.id}`);
    const english = await latestMailTo(t.database.db, citizen.email);
    expect(english?.subject).toBe('Official answer: "Fler färjor till Vasa" is accepted');
    expect(english?.bodyText).toContain('Reason: Two more ferries from May.');
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

describe("authors' own ideas", () => {
  let f: ConsultationFixture;
  let t: TestApp;
  let host: TestUser;
  let citizen: TestUser;
  let neighbour: TestUser;
  const ideaUrl = (slug: string, id: string) => `/api/spaces/${slug}/consultation/ideas/${id}`;
  const edit = (slug: string, user: TestUser | null, id: string, payload: object) =>
    as(t.app, user)({ method: 'PATCH', url: ideaUrl(slug, id), payload });
  const withdraw = (slug: string, user: TestUser | null, id: string, version: number) =>
    as(t.app, user)({ method: 'POST', url: `${ideaUrl(slug, id)}/withdrawal`, payload: { version } });
  const auditActions = async (id: string) =>
    (
      await t.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id))
    ).map((row) => row.action);

  beforeAll(async () => {
    f = await startConsultationFixture();
    ({ t, host, citizen, neighbour } = f);
  });
  afterAll(() => f.close());

  it('lets the author edit, versioned and audited, and discards machine translations of the old text', async () => {
    const slug = await f.consultation();
    const created = (
      await f.submit(slug, citizen, { title: 'En gemensam biljett', body: 'En gemensam biljett för buss.' })
    ).json();
    const translated = await as(
      t.app,
      neighbour,
    )({
      method: 'POST',
      url: `/api/spaces/${slug}/consultation/contributions/${created.id}/machine-translations`,
      payload: { language: 'en' },
    });
    expect(translated.statusCode, translated.body).toBe(201);
    const changes = { title: 'En gemensam biljett', body: 'En gemensam biljett för buss och färja.' };
    expect((await edit(slug, neighbour, created.id, { ...changes, version: 1 })).statusCode).toBe(404);
    expect((await edit(slug, null, created.id, { ...changes, version: 1 })).statusCode).toBe(401);
    const short = await edit(slug, citizen, created.id, { title: 'x', body: changes.body, version: 1 });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('body.title');
    const edited = await edit(slug, citizen, created.id, { ...changes, version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ body: changes.body, version: 2, translations: [] });
    const stale = await edit(slug, citizen, created.id, { ...changes, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await f.idea(slug, null, created.id)).json().body).toBe(changes.body);
    expect(await auditActions(created.id)).toContain('consultation.idea_edited');
  });

  it('refuses an edit once someone else supported or commented, or the hosts answered', async () => {
    const slug = await f.consultation();
    const supported = (await f.submit(slug, citizen)).json();
    await as(t.app, citizen)({ method: 'PUT', url: `${ideaUrl(slug, supported.id)}/support` });
    const payload = { title: 'Fler färjor till Vasa', body: 'Fler färjor till Vasa, också på vintern.' };
    expect((await edit(slug, citizen, supported.id, { ...payload, version: 1 })).statusCode).toBe(200);
    await as(t.app, neighbour)({ method: 'PUT', url: `${ideaUrl(slug, supported.id)}/support` });
    const afterSupport = await edit(slug, citizen, supported.id, { ...payload, version: 2 });
    expect(afterSupport.statusCode).toBe(409);
    expect(afterSupport.json().detail).toContain('supports');

    const commented = (await f.submit(slug, citizen)).json();
    await as(
      t.app,
      neighbour,
    )({
      method: 'POST',
      url: `${ideaUrl(slug, commented.id)}/comments`,
      payload: { body: 'Bra idé!', language: 'sv' },
    });
    const afterComment = await edit(slug, citizen, commented.id, { ...payload, version: 1 });
    expect(afterComment.statusCode).toBe(409);
    expect(afterComment.json().detail).toContain('commented');

    const answered = (await f.submit(slug, citizen)).json();
    await as(
      t.app,
      host,
    )({
      method: 'POST',
      url: `${ideaUrl(slug, answered.id)}/answers`,
      payload: { status: 'under_review', reason: en('We are looking at it.'), version: 1 },
    });
    const afterAnswer = await edit(slug, citizen, answered.id, { ...payload, version: 2 });
    expect(afterAnswer.statusCode).toBe(409);
    expect(afterAnswer.json().detail).toContain('answered');
  });

  it('withdraws an idea: still readable, marked, no new supports, out of the scoreboard', async () => {
    const slug = await f.consultation();
    const kept = (await f.submit(slug, neighbour)).json();
    const created = (await f.submit(slug, citizen)).json();
    const board = async () =>
      (await as(t.app, null)({ method: 'GET', url: `/api/spaces/${slug}/consultation/scoreboard` })).json();
    expect((await board()).ideas).toBe(2);
    expect((await withdraw(slug, neighbour, created.id, 1)).statusCode).toBe(404);
    const done = await withdraw(slug, citizen, created.id, 1);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().withdrawnAt).not.toBeNull();
    expect((await withdraw(slug, citizen, created.id, 2)).statusCode).toBe(409);
    const read = (await f.idea(slug, null, created.id)).json();
    expect(read).toMatchObject({ title: 'Fler färjor till Vasa', state: 'published', version: 2 });
    expect(read.withdrawnAt).toBe(done.json().withdrawnAt);
    const support = await as(
      t.app,
      neighbour,
    )({ method: 'PUT', url: `${ideaUrl(slug, created.id)}/support` });
    expect(support.statusCode).toBe(409);
    expect((await f.idea(slug, null, created.id)).json().supportCount).toBe(0);
    const edited = await edit(slug, citizen, created.id, {
      title: 'Fler färjor',
      body: 'Fler färjor till Vasa, också på vintern.',
      version: 2,
    });
    expect(edited.statusCode).toBe(409);
    expect((await board()).ideas).toBe(1);
    expect(kept.withdrawnAt).toBeNull();
    expect(await auditActions(created.id)).toContain('consultation.idea_withdrawn');
  });

  it('lets the author edit a comment: versioned, marked edited, machine translations dropped, audited', async () => {
    const slug = await f.consultation();
    const created = (await f.submit(slug, citizen)).json();
    const commentsUrl = `${ideaUrl(slug, created.id)}/comments`;
    const posted = await as(
      t.app,
      neighbour,
    )({
      method: 'POST',
      url: commentsUrl,
      payload: { body: 'En gemensam biljett för buss.', language: 'sv' },
    });
    const comment = posted.json().comments[0] as { id: string; version: number; editedAt: string | null };
    expect(comment).toMatchObject({ version: 1, editedAt: null });
    const translated = await as(
      t.app,
      citizen,
    )({
      method: 'POST',
      url: `/api/spaces/${slug}/consultation/contributions/${comment.id}/machine-translations`,
      payload: { language: 'en' },
    });
    expect(translated.statusCode, translated.body).toBe(201);
    const editComment = (user: TestUser | null, payload: object) =>
      as(t.app, user)({ method: 'PATCH', url: `${commentsUrl}/${comment.id}`, payload });
    const body = 'En gemensam biljett för buss och färja.';
    expect((await editComment(citizen, { body, version: 1 })).statusCode).toBe(403);
    expect((await editComment(null, { body, version: 1 })).statusCode).toBe(401);
    const short = await editComment(neighbour, { body: 'x', version: 1 });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('body.body');
    const edited = await editComment(neighbour, { body, version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ body, version: 2, state: 'published', translations: [] });
    expect(edited.json().editedAt).not.toBeNull();
    // A second device still holding version 1 does not overwrite the edit.
    const stale = await editComment(neighbour, { body: 'En annan text helt och hållet.', version: 1 });
    expect(stale.statusCode).toBe(409);
    const listed = (await as(t.app, null)({ method: 'GET', url: `${commentsUrl}?limit=5` })).json();
    expect(listed.items[0]).toMatchObject({ id: comment.id, body, version: 2 });
    expect(await auditActions(comment.id)).toEqual(['consultation.comment_edited']);

    const moderate = (payload: object) =>
      as(
        t.app,
        host,
      )({
        method: 'POST',
        url: `/api/spaces/${slug}/consultation/contributions/${comment.id}/moderation`,
        payload,
      });
    expect((await moderate({ action: 'hide', reason: 'Off topic' })).statusCode).toBe(200);
    const hidden = await editComment(neighbour, { body: 'Ett nytt försök att säga samma sak.', version: 2 });
    expect(hidden.statusCode).toBe(409);
    expect(hidden.json().detail).toMatch(/hid/);
  });

  it('sends an edited comment back to the moderators under pre-moderation', async () => {
    const slug = await f.consultation({ preModeration: true });
    const created = (await f.submit(slug, citizen)).json();
    const approve = (id: string) =>
      as(
        t.app,
        host,
      )({
        method: 'POST',
        url: `/api/spaces/${slug}/consultation/contributions/${id}/moderation`,
        payload: { action: 'approve' },
      });
    expect((await approve(created.id)).statusCode).toBe(200);
    const commentsUrl = `${ideaUrl(slug, created.id)}/comments`;
    const posted = await as(
      t.app,
      neighbour,
    )({ method: 'POST', url: commentsUrl, payload: { body: 'Ja, gärna!', language: 'sv' } });
    const commentId = posted.json().comments[0].id as string;
    expect((await approve(commentId)).statusCode).toBe(200);
    const shown = async () =>
      (await as(t.app, citizen)({ method: 'GET', url: `${commentsUrl}?limit=5` })).json().items as unknown[];
    expect(await shown()).toHaveLength(1);
    const edited = await as(
      t.app,
      neighbour,
    )({
      method: 'PATCH',
      url: `${commentsUrl}/${commentId}`,
      payload: { body: 'Ja, gärna, men bara på vintern!', version: 1 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().state).toBe('pending');
    expect(await shown()).toHaveLength(0);
  });
});
