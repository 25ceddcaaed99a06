import { count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { organisationMembers, organisations } from '../organisations/organisation.table.ts';
import { spaceOwners, spaces } from '../spaces/space.table.ts';
import { generateOrganisation } from './scale-organisations.generator.ts';
import { generatePerson, scalePlan } from './scale-people.generator.ts';
import { type ScaleSeedResult, seedScaleWorld } from './scale-seed.service.ts';
import { generateSpace } from './scale-spaces.generator.ts';

describe('the scale generator', () => {
  it('gives the same rows for the same seed and different ones for another seed', () => {
    const plan = scalePlan(500);
    expect(generateOrganisation(7, 42)).toEqual(generateOrganisation(7, 42));
    expect(generatePerson(7, plan, 3)).toEqual(generatePerson(7, plan, 3));
    expect(generateSpace(7, plan, 9)).toEqual(generateSpace(7, plan, 9));
    expect(generateOrganisation(8, 42).id).not.toBe(generateOrganisation(7, 42).id);
  });

  it('names organisations in their countries’ languages', () => {
    const languagesByCountry = new Map<string, Set<string>>();
    for (let index = 0; index < 400; index++) {
      const organisation = generateOrganisation(1, index);
      const seen = languagesByCountry.get(organisation.country) ?? new Set();
      for (const language of Object.keys(organisation.names)) seen.add(language);
      languagesByCountry.set(organisation.country, seen);
    }
    expect(languagesByCountry.get('SE')).toEqual(new Set(['sv']));
    expect(languagesByCountry.get('FI')).toEqual(new Set(['fi', 'sv']));
    expect(languagesByCountry.get('AE')).toEqual(new Set(['ar', 'en']));
  });
});

describe('seeding at scale', () => {
  let t: TestApp;
  let result: ScaleSeedResult;
  const progress: number[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    result = await seedScaleWorld(t.database.db, {
      organisations: 301,
      seed: 5,
      batchSize: 64,
      onProgress: (done) => progress.push(done),
    });
  });
  afterAll(() => t.close());

  it('writes N organisations, N/2 people and N/10 spaces', async () => {
    expect(result).toMatchObject({ organisations: 301, people: 150, spaces: 30, seed: 5 });
    const [orgs] = await t.database.db.select({ n: count() }).from(organisations);
    const [workspaces] = await t.database.db.select({ n: count() }).from(spaces);
    expect(orgs?.n).toBe(301);
    expect(workspaces?.n).toBe(30);
    expect(progress.at(-1)).toBe(301 + 150 + 30);
  });

  it('uses predictable slugs from org-000000', async () => {
    const last = await t.database.db.select().from(organisations).where(eq(organisations.slug, 'org-000300'));
    expect(last).toHaveLength(1);
    const response = await t.app.inject({ method: 'GET', url: '/api/organisations/org-000042' });
    expect(response.statusCode).toBe(200);
    expect(response.json().isDemo).toBe(true);
  });

  it('gives every organisation an owner and every space one to three owners', async () => {
    const owned = await t.database.db
      .selectDistinct({ id: organisationMembers.organisationId })
      .from(organisationMembers)
      .where(eq(organisationMembers.role, 'owner'));
    expect(owned).toHaveLength(301);
    const perSpace = await t.database.db
      .select({ n: count() })
      .from(spaceOwners)
      .groupBy(spaceOwners.spaceId);
    expect(perSpace.every((row) => row.n >= 1 && row.n <= 3)).toBe(true);
    expect(perSpace.some((row) => row.n > 1)).toBe(true);
  });

  it('serves a public generated space', async () => {
    const [space] = await t.database.db
      .select({ slug: spaces.slug })
      .from(spaces)
      .where(eq(spaces.visibility, 'public'))
      .limit(1);
    const response = await t.app.inject({ method: 'GET', url: `/api/spaces/${space?.slug}` });
    expect(response.statusCode).toBe(200);
    expect(response.json().owners.length).toBeGreaterThan(0);
  });

  it('gives people directory profiles and organisations searchable descriptions and goals', async () => {
    const people = await t.app.inject({ method: 'GET', url: '/api/people?limit=1' });
    expect((people.json() as { total: number }).total).toBe(150);
    const organisations = (
      await t.app.inject({ method: 'GET', url: '/api/organisations?sdg=13&limit=100' })
    ).json() as {
      items: { sdgs: number[]; workingLanguages: string[] }[];
    };
    expect(organisations.items.length).toBeGreaterThan(0);
    expect(
      organisations.items.every((item) => item.sdgs.includes(13) && item.workingLanguages.length > 0),
    ).toBe(true);
    const networks = await t.app.inject({ method: 'GET', url: '/api/networks' });
    expect((networks.json() as { total: number }).total).toBe(1);
  });

  it('keeps the audit chain valid', async () => {
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('refuses to run twice on the same database and writes nothing more', async () => {
    await expect(seedScaleWorld(t.database.db, { organisations: 10, seed: 6 })).rejects.toThrow(
      /already here/,
    );
    const [orgs] = await t.database.db
      .select({ n: count() })
      .from(organisations)
      .where(like(organisations.slug, 'org-%'));
    expect(orgs?.n).toBe(301);
  });
});
