import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createOrganisation,
  createSpace,
  createTestUser,
  type TestUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';

const text = (language: string, value: string) => ({ [language]: { text: value, provenance: 'original' } });

describe('directory search and find partners', () => {
  let t: TestApp;
  let owner: TestUser;
  const slugs: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    owner = await createTestUser(t.database.db, { name: 'Owner' });
    const make = async (key: string, body: Record<string, unknown>) => {
      slugs[key] = (await createOrganisation(t.app, owner, body)).slug;
    };
    await make('swedishAgency', {
      names: text('sv', 'Myndigheten för samhällsskydd'),
      descriptions: text('sv', 'Vi arbetar med klimatanpassning och översvämningar i kommunerna.'),
      country: 'SE',
      jurisdiction: 'SE-AC',
      workingLanguages: ['sv', 'en'],
      sdgs: [11, 13],
      tags: ['flooding'],
    });
    await make('frenchRegion', {
      names: text('fr', 'Région des rivières'),
      descriptions: text('fr', 'Coopération transfrontalière et adaptation au changement climatique.'),
      country: 'FR',
      workingLanguages: ['fr'],
      sdgs: [13],
      type: 'regional_or_local_government',
    });
    await make('finnishCity', {
      names: text('fi', 'Rannikkokaupunki'),
      descriptions: text('fi', 'Ilmastonmuutokseen sopeutuminen rannikolla.'),
      country: 'FI',
      workingLanguages: ['fi', 'sv'],
      sdgs: [11, 13],
    });
    await make('japaneseLab', {
      names: text('en', 'Tokyo Health Lab'),
      descriptions: text('en', 'Public health services and hospitals.'),
      country: 'JP',
      workingLanguages: ['ja', 'en'],
      sdgs: [3],
      type: 'innovation_lab',
    });
  });
  afterAll(() => t.close());

  const search = async (query: string) => {
    const response = await as(t.app, null)({ method: 'GET', url: `/api/organisations?${query}` });
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: { slug: string }[]; total: number }).items.map((item) => item.slug);
  };

  it('finds a record by an inflected word in its own language (Swedish stemming)', async () => {
    expect(await search('q=klimatanpassningen')).toContain(slugs.swedishAgency);
  });

  it('finds French text with a French inflection and Finnish text with a Finnish one', async () => {
    expect(await search('q=climatiques')).toContain(slugs.frenchRegion);
    expect(await search('q=rannikon')).toContain(slugs.finnishCity);
    expect(await search('q=ilmastonmuutoksen')).toContain(slugs.finnishCity);
  });

  it('matches the start of a name, as people type it', async () => {
    expect(await search('q=myndig')).toEqual([slugs.swedishAgency]);
  });

  it('does not match words the record does not contain', async () => {
    expect(await search('q=hospitals')).toEqual([slugs.japaneseLab]);
    expect(await search('q=satellite')).toEqual([]);
  });

  it('filters by goal, working language, subdivision and type', async () => {
    expect(await search('sdg=3')).toEqual([slugs.japaneseLab]);
    expect((await search('sdg=13')).sort()).toEqual(
      [slugs.finnishCity, slugs.frenchRegion, slugs.swedishAgency].sort(),
    );
    expect(await search('language=fr')).toEqual([slugs.frenchRegion]);
    expect(await search('jurisdiction=SE-AC')).toEqual([slugs.swedishAgency]);
    expect(await search('country=FR&type=regional_or_local_government')).toEqual([slugs.frenchRegion]);
  });

  it('refuses a subdivision outside the organisation’s country, naming the field', async () => {
    const response = await as(
      t.app,
      owner,
    )({
      method: 'POST',
      url: '/api/organisations',
      payload: {
        slug: 'wrong-place',
        names: text('en', 'Wrong place'),
        type: 'company',
        country: 'SE',
        jurisdiction: 'FI-12',
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('body.jurisdiction');
  });

  it('refuses an unknown goal and a malformed theme', async () => {
    const response = await as(
      t.app,
      owner,
    )({
      method: 'PATCH',
      url: `/api/organisations/${slugs.japaneseLab}`,
      payload: { sdgs: [18], tags: ['Not a tag!'], version: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('sdgs');
  });

  const findPartners = async (payload: Record<string, unknown>) => {
    const response = await as(t.app, null)({ method: 'POST', url: '/api/directory/find-partners', payload });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      inferredSdgs: { sdg: number }[];
      matches: {
        organisation: { slug: string; country: string };
        score: number;
        reasons: Record<string, unknown>;
        explanation: string;
      }[];
    };
  };

  it('finds a Swedish agency described in Swedish for a problem written in French, from Finland', async () => {
    const result = await findPartners({
      problem: 'Adaptation au changement climatique et aux inondations dans les villes frontalières',
      language: 'fr',
      country: 'FI',
      languages: ['fr', 'sv'],
    });
    expect(result.inferredSdgs.map((theme) => theme.sdg)).toContain(13);
    const found = result.matches.map((match) => match.organisation.slug);
    expect(found).toContain(slugs.swedishAgency);
    expect(found).not.toContain(slugs.finnishCity);
    expect(result.matches.every((match) => match.organisation.country !== 'FI')).toBe(true);
  });

  it('ranks a neighbour with a shared language and goals above a distant partner, and explains why', async () => {
    const result = await findPartners({
      problem: 'climate adaptation for coastal towns',
      country: 'FI',
      languages: ['sv'],
      sdgs: [11, 13],
    });
    const [first] = result.matches;
    expect(first?.organisation.slug).toBe(slugs.swedishAgency);
    expect(first?.reasons).toMatchObject({
      location: 'neighbour',
      sharedLanguages: ['sv'],
      sharedSdgs: [11, 13],
    });
    expect(first?.explanation).toMatch(/Sustainable cities.*Sweden.*sv/s);
    const scores = result.matches.map((match) => match.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('leaves out organisations that share nothing with the problem', async () => {
    const result = await findPartners({ problem: 'hospital waiting lists', country: 'FI', sdgs: [3] });
    expect(result.matches.map((match) => match.organisation.slug)).toEqual([slugs.japaneseLab]);
  });

  it('draws networks and co-owned public spaces as edges of the ecosystem graph', async () => {
    const [a, b] = await Promise.all([createOrganisation(t.app, owner), createOrganisation(t.app, owner)]);
    if (!a || !b) throw new Error('no organisations');
    await createSpace(t.app, owner, [a.id, b.id], { visibility: 'public' });
    await createSpace(t.app, owner, [a.id, b.id], { visibility: 'members' });
    const network = await as(
      t.app,
      owner,
    )({
      method: 'POST',
      url: '/api/networks',
      payload: {
        slug: 'graph-net',
        names: text('en', 'Graph network'),
        kind: 'city_network',
        joinPolicy: 'open',
        foundingOrganisationId: a.id,
      },
    });
    expect(network.statusCode).toBe(201);
    await as(
      t.app,
      owner,
    )({ method: 'POST', url: '/api/networks/graph-net/join', payload: { organisationId: b.id } });
    const response = await as(t.app, null)({ method: 'GET', url: '/api/directory/graph?network=graph-net' });
    const graph = response.json() as {
      nodes: { id: string; kind: string }[];
      edges: { source: string; target: string; kind: string; weight: number }[];
    };
    expect(graph.nodes.map((node) => node.kind).sort()).toEqual(['network', 'organisation', 'organisation']);
    expect(graph.edges.filter((edge) => edge.kind === 'member_of')).toHaveLength(2);
    // Only the public space counts as visible joint work.
    expect(graph.edges.filter((edge) => edge.kind === 'joint_work')).toEqual([
      expect.objectContaining({ weight: 1 }),
    ]);
  });

  it('lists jurisdictions with names in the reader’s language, and a country’s groupings and neighbours', async () => {
    const list = await as(
      t.app,
      null,
    )({ method: 'GET', url: '/api/jurisdictions?parent=FI&language=sv&limit=500' });
    expect((list.json() as { items: { code: string }[] }).items.map((item) => item.code)).toContain('FI-12');
    const finland = (
      await as(t.app, null)({ method: 'GET', url: '/api/jurisdictions/FI?language=sv' })
    ).json();
    expect(finland).toMatchObject({ kind: 'country', name: 'Finland' });
    expect(finland.groupings).toEqual(expect.arrayContaining(['EU', 'NORDIC']));
    expect(finland.neighbours).toEqual(expect.arrayContaining(['SE', 'NO', 'RU']));
    const france = (
      await as(t.app, null)({ method: 'GET', url: '/api/jurisdictions/FR?language=sv' })
    ).json();
    expect(france.name).toBe('Frankrike');
    expect((await as(t.app, null)({ method: 'GET', url: '/api/jurisdictions/XX-99' })).statusCode).toBe(404);
  });
});
