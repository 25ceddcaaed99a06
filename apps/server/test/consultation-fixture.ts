import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { users } from '../src/modules/accounts/account.table.ts';
import { as, createOrganisation, createSpace, createTestUser, type TestUser } from './factories.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { startTranslationStub, type TranslationStub } from './translation-stub.ts';

export const en = (text: string) => ({ en: { text, provenance: 'original' } });

export interface ConsultationFixture {
  t: TestApp;
  stub: TranslationStub;
  /** Owner of the organisation that hosts every consultation made here. */
  host: TestUser;
  /** The host's organisation. */
  orgId: string;
  /** Two signed-in people who are not members of any consultation space. */
  citizen: TestUser;
  neighbour: TestUser;
  /** Makes an account older (accounts younger than 24 hours have a small budget of ideas). */
  age(user: TestUser, days: number): Promise<void>;
  /** A public consultation, with settings applied by the host when given; answers its slug. */
  consultation(settings?: Record<string, unknown>): Promise<string>;
  submit(
    slug: string,
    user: TestUser,
    overrides?: Record<string, unknown>,
  ): ReturnType<ReturnType<typeof as>>;
  idea(slug: string, user: TestUser | null, id: string): ReturnType<ReturnType<typeof as>>;
  close(): Promise<void>;
}

/** A test app with a dictionary translation service, a host organisation and two people (accounts 3 days old). */
export async function startConsultationFixture(): Promise<ConsultationFixture> {
  const stub = await startTranslationStub();
  const t = await createTestApp({
    env: {
      TRANSLATION_URL: stub.url,
      TRANSLATION_PROVIDER_NAME: 'Dictionary stub',
      ANONYMOUS_READ_RATE_LIMIT: '25',
    },
  });
  const age = async (user: TestUser, days: number) => {
    await t.database.db
      .update(users)
      .set({ createdAt: sql`now() - make_interval(days => ${days})` })
      .where(eq(users.id, user.id));
  };
  const host = await createTestUser(t.database.db, { name: 'Host' });
  const citizen = await createTestUser(t.database.db, { name: 'Citizen' });
  const neighbour = await createTestUser(t.database.db, { name: 'Neighbour' });
  for (const user of [host, citizen, neighbour]) await age(user, 3);
  const orgId = (await createOrganisation(t.app, host)).id;
  let counter = 0;
  return {
    t,
    stub,
    host,
    orgId,
    citizen,
    neighbour,
    age,
    async consultation(settings = {}) {
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
    },
    submit: (slug, user, overrides = {}) =>
      as(
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
      }),
    idea: (slug, user, id) =>
      as(t.app, user)({ method: 'GET', url: `/api/spaces/${slug}/consultation/ideas/${id}` }),
    close: async () => {
      await t.close();
      await stub.close();
    },
  };
}
