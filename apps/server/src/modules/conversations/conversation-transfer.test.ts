import { readFileSync } from 'node:fs';
import { parseCommentsCsv, parseVotesCsv } from '@crossgov/deliberation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createOrganisation,
  createSpace,
  createTestUser,
  type TestUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';

// Polis open data, CC BY 4.0 (see fixtures/README.md).
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const comments = fixture('comments.csv');
const votes = fixture('votes.csv');

describe('Polis import and export', () => {
  let t: TestApp;
  let manager: TestUser;
  let orgId: string;
  const conversation = async (visibility = 'members') =>
    (await createSpace(t.app, manager, [orgId], { kind: 'conversation', visibility })).slug;
  const post = (user: TestUser | null, slug: string, payload: object) =>
    as(t.app, user)({ method: 'POST', url: `/api/spaces/${slug}/conversation/import`, payload });
  const get = (user: TestUser | null, url: string) => as(t.app, user)({ method: 'GET', url });

  beforeAll(async () => {
    t = await createTestApp();
    manager = await createTestUser(t.database.db, { name: 'Host' });
    orgId = (await createOrganisation(t.app, manager)).id;
  });
  afterAll(() => t.close());

  it('imports a Polis export, maps it off the request path and exports the same votes', async () => {
    const slug = await conversation();
    const imported = await post(manager, slug, { comments, votes, language: 'en' });
    expect(imported.statusCode).toBe(201);
    const latest = new Map<string, number>();
    for (const vote of parseVotesCsv(votes)) latest.set(`${vote.participantId}:${vote.commentId}`, vote.vote);
    expect(imported.json()).toMatchObject({ statements: 54, votes: latest.size });

    await t.app.conversationAnalysis.idle();
    const results = (await get(manager, `/api/spaces/${slug}/conversation/results`)).json() as {
      version: number;
      results: { participants: number; groups: unknown[] };
    };
    expect(results.version).toBe(1);
    expect(results.results.participants).toBe(339);
    expect(results.results.groups.length).toBeGreaterThanOrEqual(2);

    const exported = await get(manager, `/api/spaces/${slug}/conversation/export/votes.csv`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    const roundTrip = new Map(
      parseVotesCsv(exported.body).map((v) => [`${v.participantId}:${v.commentId}`, v.vote]),
    );
    expect(roundTrip).toEqual(latest);
    const exportedComments = parseCommentsCsv(
      (await get(manager, `/api/spaces/${slug}/conversation/export/comments.csv`)).body,
    );
    const original = parseCommentsCsv(comments);
    // Unmoderated comments (0) are imported as accepted (1); moderated-out ones stay out.
    const shape = (c: { commentId: string; moderated?: number; text?: string }) =>
      [c.commentId, c.moderated === -1 ? 'out' : 'in', c.text].join('|');
    expect(exportedComments.map(shape).sort()).toEqual(original.map(shape).sort());
    const participantsVotes = await get(
      manager,
      `/api/spaces/${slug}/conversation/export/participants-votes.csv`,
    );
    expect(participantsVotes.body.split('\n')[0]).toMatch(/^participant,group-id,/);

    const again = await post(manager, slug, { comments, votes, language: 'en' });
    expect(again.statusCode).toBe(409);
  });

  it('names the file and the line of a bad record and writes nothing', async () => {
    const slug = await conversation();
    const badVotes = `${votes.split('\n').slice(0, 3).join('\n')}\n1403054214196,x,0,5,maybe\n`;
    const response = await post(manager, slug, { comments, votes: badVotes, language: 'en' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('votes.csv line 4');
    const unknownComment = `timestamp,datetime,comment-id,voter-id,vote\n1,x,999,1,1\n`;
    const second = await post(manager, slug, { comments, votes: unknownComment, language: 'en' });
    expect(second.statusCode).toBe(422);
    expect(second.body).toContain('votes.csv line 2');
    const state = (await get(manager, `/api/spaces/${slug}/conversation`)).json() as { voteCount: number };
    expect(state.voteCount).toBe(0);
  });

  it('lets only managers export a conversation that is not public', async () => {
    const slug = await conversation('signed_in');
    const reader = await createTestUser(t.database.db);
    expect((await get(reader, `/api/spaces/${slug}/conversation/export/votes.csv`)).statusCode).toBe(403);
    expect((await get(manager, `/api/spaces/${slug}/conversation/export/votes.csv`)).statusCode).toBe(200);
    expect((await post(reader, slug, { comments, votes, language: 'en' })).statusCode).toBe(403);
  });

  it('lets anyone export a public conversation, without the text of rejected statements', async () => {
    const slug = await conversation('public');
    expect((await post(manager, slug, { comments, votes, language: 'en' })).statusCode).toBe(201);
    const rejected = parseCommentsCsv(comments).filter((c) => c.moderated === -1);
    expect(rejected.length).toBeGreaterThan(0);
    const response = await get(null, `/api/spaces/${slug}/conversation/export/comments.csv`);
    expect(response.statusCode).toBe(200);
    const exported = new Map(parseCommentsCsv(response.body).map((c) => [c.commentId, c]));
    for (const statement of rejected) expect(exported.get(statement.commentId)?.text).toBe('');
    const managers = new Map(
      parseCommentsCsv((await get(manager, `/api/spaces/${slug}/conversation/export/comments.csv`)).body).map(
        (c) => [c.commentId, c],
      ),
    );
    for (const statement of rejected) expect(managers.get(statement.commentId)?.text).toBe(statement.text);
    await t.app.conversationAnalysis.idle();
  });
});
