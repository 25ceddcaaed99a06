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
import { AppError } from '../../lib/errors.ts';
import { parsePolisExport } from './conversation-transfer.service.ts';

const header = 'timestamp,datetime,comment-id,voter-id,vote';
const comments = 'comment-id,moderated,comment-body\n0,1,Hourly ferries\n1,-1,Spam\n';

describe('Polis import under hostile input', () => {
  it('either parses a file or rejects it with a problem that names the file', () => {
    const line = fc
      .tuple(fc.string(), fc.string(), fc.constantFrom('0', '1', '7', 'x', ''), fc.string(), fc.string())
      .map((fields) => fields.join(','));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.string(), (lines, noise) => {
        const votes = [header, ...lines, noise].join('\n');
        try {
          const parsed = parsePolisExport({ comments, votes });
          for (const vote of parsed.votes) expect([0, 1]).toContain(vote.statement);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).status).toBe(422);
          expect((error as AppError).message).toMatch(/^(votes|comments)\.csv line \d+/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the import route under hostile bodies', () => {
  let t: TestApp;
  let manager: TestUser;
  let slug: string;
  beforeAll(async () => {
    t = await createTestApp();
    manager = await createTestUser(t.database.db);
    const orgId = (await createOrganisation(t.app, manager)).id;
    slug = (await createSpace(t.app, manager, [orgId], { kind: 'conversation' })).slug;
  });
  afterAll(() => t.close());

  it('answers 201 or a 4xx problem, never a 500', async () => {
    const body = fc.oneof(
      fc.anything(),
      fc.record({ comments: fc.string(), votes: fc.string(), language: fc.constantFrom('en', 'xx-', '') }),
      fc.record({
        comments: fc.constant(comments),
        votes: fc.string().map((v) => `${header}\n${v}`),
        language: fc.constant('en'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const response = await as(
          t.app,
          manager,
        )({
          method: 'POST',
          url: `/api/spaces/${slug}/conversation/import`,
          payload: payload as object,
        });
        if (response.statusCode === 201) return;
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
