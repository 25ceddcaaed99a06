import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createOrganisation,
  createSpace,
  createTestUser,
  type TestUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { latestMailTo } from '../../../test/outbox-reader.ts';
import { pickNext, UNSEEN_PRIORITY } from './conversation-participation.service.ts';

type Next = { statement: { id: number; text: string } | null; votedCount: number; statementCount: number };
type Results = {
  version: number;
  results: {
    inConversation: number;
    points: { participant: number; group: number | null; country: string | null }[];
    groups: { id: number; size: number; representative: unknown[] }[];
    countries: { country: string }[];
    priorities: Record<string, number>;
  } | null;
};

describe('conversations', () => {
  let t: TestApp;
  let manager: TestUser;
  let orgId: string;
  let slug: string;
  const call = (
    user: TestUser | null,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: object,
  ) =>
    as(
      t.app,
      user,
    )({ method, url: `/api/spaces/${slug}/conversation${url}`, ...(payload ? { payload } : {}) });

  const newConversation = async (overrides: Record<string, unknown> = {}) => {
    const space = await createSpace(t.app, manager, [orgId], {
      kind: 'conversation',
      visibility: 'public',
      ...overrides,
    });
    return space.slug;
  };
  const seed = async (texts: string[]) => {
    for (const text of texts) {
      const response = await call(manager, 'POST', '/statements', { text, language: 'en' });
      expect(response.statusCode).toBe(201);
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    manager = await createTestUser(t.database.db, { name: 'Host' });
    orgId = (await createOrganisation(t.app, manager)).id;
  });
  afterAll(() => t.close());

  it('answers 404 for a space of another kind', async () => {
    const workspace = await createSpace(t.app, manager, [orgId], { visibility: 'public' });
    const response = await as(
      t.app,
      manager,
    )({ method: 'GET', url: `/api/spaces/${workspace.slug}/conversation` });
    expect(response.statusCode).toBe(404);
  });

  it('edits the settings with a version and refuses a stale one', async () => {
    slug = await newConversation();
    const read = (await call(manager, 'GET', '')).json() as { version: number; isOpen: boolean };
    expect(read).toMatchObject({ version: 1, isOpen: true });
    const topics = { en: { text: 'The ferry link', provenance: 'original' } };
    const edited = await call(manager, 'PATCH', '', { topics, preModeration: true, version: 1 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, preModeration: true, topics });
    const stale = await call(manager, 'PATCH', '', { isOpen: false, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(((await call(manager, 'GET', '')).json() as { isOpen: boolean }).isOpen).toBe(true);
    const participant = await createTestUser(t.database.db);
    expect((await call(participant, 'PATCH', '', { isOpen: false, version: 2 })).statusCode).toBe(403);
  });

  it('holds participants’ statements for a moderator when pre-moderation is on', async () => {
    slug = await newConversation();
    await call(manager, 'PATCH', '', { preModeration: true, version: 1 });
    await seed(['The ferry should run all year round']);
    const participant = await createTestUser(t.database.db);
    const added = await call(participant, 'POST', '/statements', {
      text: 'Tickets cost too much',
      language: 'en',
    });
    expect(added.statusCode).toBe(201);
    const statement = added.json() as { id: number; status: string; version: number };
    expect(statement.status).toBe('pending');
    const other = await createTestUser(t.database.db);
    const seen = (await call(other, 'GET', '/statements')).json() as { items: { id: number }[] };
    expect(seen.items.map((s) => s.id)).not.toContain(statement.id);
    const next = (await call(other, 'GET', '/next')).json() as Next;
    expect(next.statementCount).toBe(1);

    const noReason = await call(manager, 'POST', `/statements/${statement.id}/moderation`, {
      status: 'rejected',
      version: statement.version,
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('body.reason');
    const rejected = await call(manager, 'POST', `/statements/${statement.id}/moderation`, {
      status: 'rejected',
      reason: 'Duplicate of a seed statement',
      version: statement.version,
    });
    expect(rejected.statusCode).toBe(200);
    const mail = await latestMailTo(t.database.db, participant.email);
    expect(mail?.bodyText).toContain('Duplicate of a seed statement');
    expect(mail?.bodyText).toContain(`${t.config.publicUrl}/spaces/`);
    const own = (await call(participant, 'GET', '/statements')).json() as {
      items: { id: number; status: string; moderationReason: string | null }[];
    };
    expect(own.items.find((s) => s.id === statement.id)).toMatchObject({
      status: 'rejected',
      moderationReason: 'Duplicate of a seed statement',
    });
    const staleModeration = await call(manager, 'POST', `/statements/${statement.id}/moderation`, {
      status: 'accepted',
      version: statement.version,
    });
    expect(staleModeration.statusCode).toBe(409);
  });

  it('routes every statement once and never one already voted on', async () => {
    slug = await newConversation();
    await seed(Array.from({ length: 9 }, (_, i) => `Seed statement number ${i + 1}`));
    const participant = await createTestUser(t.database.db);
    let next = (await call(participant, 'GET', '/next')).json() as Next;
    const shown: number[] = [];
    while (next.statement) {
      shown.push(next.statement.id);
      const response = await call(participant, 'POST', '/votes', { statementId: next.statement.id, vote: 1 });
      expect(response.statusCode).toBe(201);
      next = response.json() as Next;
    }
    expect(shown).toHaveLength(9);
    expect(new Set(shown).size).toBe(9);
    expect(next).toMatchObject({ votedCount: 9, statementCount: 9 });
  });

  it('weights the choice by routing priority and skips statements without candidates', () => {
    expect(pickNext([], {})).toBeNull();
    expect(pickNext([3, 4], { '3': 0, '4': 100 }, () => 0.5)).toBe(4);
    expect(pickNext([3, 4], { '3': 100 }, () => 0)).toBe(3);
    expect(UNSEEN_PRIORITY).toBeCloseTo(5.0625);
  });

  it('refuses votes when closed and on statements that are not accepted', async () => {
    slug = await newConversation();
    await seed(['A statement to vote on']);
    const participant = await createTestUser(t.database.db);
    expect((await call(participant, 'POST', '/votes', { statementId: 99, vote: 1 })).statusCode).toBe(404);
    expect((await call(participant, 'POST', '/votes', { statementId: 0, vote: 2 })).statusCode).toBe(400);
    await call(manager, 'PATCH', '', { isOpen: false, version: 1 });
    expect((await call(participant, 'POST', '/votes', { statementId: 0, vote: 1 })).statusCode).toBe(409);
    expect((await call(null, 'POST', '/votes', { statementId: 0, vote: 1 })).statusCode).toBe(401);
  });

  it('recomputes off the request path and counts only participants with 7 votes', async () => {
    slug = await newConversation();
    const statements = Array.from({ length: 10 }, (_, i) => `Statement about the ferry ${i + 1}`);
    await seed(statements);
    const camps: TestUser[] = [];
    for (let p = 0; p < 20; p++) {
      const person = await createTestUser(t.database.db);
      camps.push(person);
      const countryAnswer = await call(person, 'PUT', '/me/country', { country: p % 2 ? 'SE' : 'FI' });
      expect(countryAnswer.statusCode).toBe(204);
      for (let s = 0; s < 10; s++) {
        const agrees = s < 5 === p < 10;
        const response = await call(person, 'POST', '/votes', { statementId: s, vote: agrees ? 1 : -1 });
        expect(response.statusCode).toBe(201);
      }
    }
    const few = await createTestUser(t.database.db);
    for (let s = 0; s < 6; s++) await call(few, 'POST', '/votes', { statementId: s, vote: 1 });
    // The vote has been answered; the map is still being computed in the worker thread.
    const during = (await call(few, 'GET', '/results')).json() as Results & {
      computing: boolean;
      votes: number;
    };
    expect(during.computing).toBe(true);
    await t.app.conversationAnalysis.idle();
    const results = (await call(null, 'GET', '/results')).json() as Results & { votes: number };
    expect(results.version).toBeGreaterThan(during.version);
    expect(results.votes).toBe(206);
    const map = results.results;
    expect(map?.inConversation).toBe(20);
    const me = (await call(few, 'GET', '')).json() as { me: { participant: number } };
    expect(map?.points.map((p) => p.participant)).not.toContain(me.me.participant);
    expect(map?.groups.length).toBeGreaterThanOrEqual(2);
    expect(map?.countries.map((c) => c.country)).toEqual(['FI', 'SE']);
    expect(Object.keys(map?.priorities ?? {})).toHaveLength(10);
    const again = await call(camps[0] ?? null, 'PUT', '/me/country', { country: 'NO' });
    expect(again.statusCode).toBe(409);
  });
});
