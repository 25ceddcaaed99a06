import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../src/db/database.ts';
import { newSecret, sha256 } from '../src/lib/tokens.ts';
import { apiTokens, users } from '../src/modules/accounts/account.table.ts';
import { createSession } from '../src/modules/accounts/session.service.ts';
import { organisationMembers } from '../src/modules/organisations/organisation.table.ts';

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
  token: string;
  /** A signed-in browser of this person: the session cookie's value and its CSRF token. */
  session: { cookie: string; csrfToken: string };
}

/**
 * A person with a write-scoped API token and a browser session, created straight in the tables (no e-mail
 * round trip).
 */
export async function createTestUser(
  db: Database,
  options: { name?: string; platformRole?: 'admin' | 'member'; email?: string; language?: string } = {},
): Promise<TestUser> {
  const suffix = randomBytes(4).toString('hex');
  const displayName = options.name ?? `Person ${suffix}`;
  const email =
    options.email ?? `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${suffix}@example.org`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      displayName,
      platformRole: options.platformRole ?? 'member',
      language: options.language ?? 'en',
      emailVerifiedAt: new Date(),
    })
    .returning();
  if (!user) throw new Error('user not created');
  const token = newSecret('cg_');
  await db.insert(apiTokens).values({
    userId: user.id,
    name: 'test',
    prefix: token.slice(0, 8),
    tokenHash: sha256(token),
    scopes: ['read', 'write'],
  });
  const session = await createSession(db, user.id, { sessionDays: 1 });
  return {
    id: user.id,
    email,
    displayName,
    token,
    session: { cookie: session.secret, csrfToken: session.csrfToken },
  };
}

/** `app.inject` from this user's signed-in browser: the session cookie, and the CSRF header on every request. */
export function inBrowserOf(app: FastifyInstance, user: TestUser | null) {
  return (options: InjectOptions) =>
    app.inject({
      ...options,
      cookies: { ...(options.cookies ?? {}), ...(user ? { crossgov_session: user.session.cookie } : {}) },
      headers: { ...(options.headers ?? {}), ...(user ? { 'x-csrf-token': user.session.csrfToken } : {}) },
    });
}

/** `app.inject` as this user with their API token (or anonymously with null). */
export function as(app: FastifyInstance, user: TestUser | null) {
  return (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: { ...(options.headers ?? {}), ...(user ? { authorization: `Bearer ${user.token}` } : {}) },
    });
}

let counter = 0;
export function organisationBody(overrides: Record<string, unknown> = {}) {
  counter++;
  return {
    slug: `org-${counter}-${randomBytes(3).toString('hex')}`,
    names: { en: { text: `Test Agency ${counter}`, provenance: 'original' } },
    type: 'ministry_or_agency',
    country: 'SE',
    website: 'https://example.org',
    ...overrides,
  };
}

export function spaceBody(ownerOrganisationIds: string[], overrides: Record<string, unknown> = {}) {
  counter++;
  return {
    kind: 'workspace',
    slug: `space-${counter}-${randomBytes(3).toString('hex')}`,
    titles: { en: { text: `Shared workspace ${counter}`, provenance: 'original' } },
    visibility: 'members',
    ownerOrganisationIds,
    ...overrides,
  };
}

export async function createOrganisation(
  app: FastifyInstance,
  owner: TestUser,
  overrides: Record<string, unknown> = {},
) {
  const response = await as(
    app,
    owner,
  )({ method: 'POST', url: '/api/organisations', payload: organisationBody(overrides) });
  if (response.statusCode !== 201) throw new Error(`organisation not created: ${response.body}`);
  return response.json() as { id: string; slug: string; version: number };
}

export async function createSpace(
  app: FastifyInstance,
  manager: TestUser,
  ownerIds: string[],
  overrides: Record<string, unknown> = {},
) {
  const response = await as(
    app,
    manager,
  )({ method: 'POST', url: '/api/spaces', payload: spaceBody(ownerIds, overrides) });
  if (response.statusCode !== 201) throw new Error(`space not created: ${response.body}`);
  return response.json() as { id: string; slug: string; version: number };
}

/** A new person in an organisation, for tests about what members do (joining itself is tested elsewhere). */
export async function addOrganisationMember(
  db: Database,
  organisationId: string,
  role: 'owner' | 'admin' | 'member',
  name = 'Colleague',
): Promise<TestUser> {
  const person = await createTestUser(db, { name });
  await db.insert(organisationMembers).values({ organisationId, userId: person.id, role });
  return person;
}

/** A manager invites someone to a space; the answer is the invitation. */
export async function inviteToSpace(
  app: FastifyInstance,
  manager: TestUser,
  slug: string,
  invitation: { email: string; role: string; organisationId?: string },
) {
  const response = await as(
    app,
    manager,
  )({ method: 'POST', url: `/api/spaces/${slug}/invitations`, payload: invitation });
  if (response.statusCode !== 201) throw new Error(`invitation not sent: ${response.body}`);
  return response.json() as { id: string; email: string; role: string };
}
