import type { FastifyInstance } from 'fastify';
import { as, createSpace, type TestUser } from './factories.ts';

const HOUR = 3600_000;
export const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();

/** Settings of a Sweden + Finland budget: SE pledges 1,100,000 SEK at 0.09, FI 100,000 EUR (pot 199,000 EUR). */
export function budgetSettingsBody(overrides: Record<string, unknown> = {}) {
  return {
    descriptions: { en: { text: 'Kvarken shared budget', provenance: 'original' } },
    currency: 'EUR',
    hosts: [
      { jurisdiction: 'SE', currency: 'SEK', pledge: 1_100_000, rate: 0.09 },
      { jurisdiction: 'FI', currency: 'EUR', pledge: 100_000, rate: 1 },
    ],
    phases: {
      proposalsOpen: at(-48),
      proposalsClose: at(24),
      reviewClose: at(24),
      votingOpen: at(-24),
      votingClose: at(24),
      resultsOn: at(48),
    },
    method: { type: 'approval', minProjects: null, maxProjects: null },
    rule: { rule: 'mes', completion: 'add1', satisfaction: 'cost' },
    ...overrides,
  };
}

export function projectBody(cost: number, overrides: Record<string, unknown> = {}) {
  return {
    titles: { sv: { text: `Projekt ${cost}`, provenance: 'original' } },
    descriptions: { sv: { text: 'En beskrivning', provenance: 'original' } },
    cost,
    category: 'environment',
    latitude: 63.1,
    longitude: 21.6,
    jurisdiction: 'SE',
    ...overrides,
  };
}

async function ok<T>(promise: Promise<{ statusCode: number; body: string; json(): T }>): Promise<T> {
  const response = await promise;
  if (response.statusCode >= 300)
    throw new Error(`budget setup failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/**
 * A public budget space with settings and feasible projects of the given costs (voting open, proposals open).
 */
export async function createBudget(
  app: FastifyInstance,
  manager: TestUser,
  ownerIds: string[],
  costs: number[],
  settings: Record<string, unknown> = {},
) {
  const space = await createSpace(app, manager, ownerIds, {
    kind: 'budget',
    visibility: 'public',
    titles: { en: { text: 'Test budget', provenance: 'original' } },
  });
  const call = as(app, manager);
  const url = `/api/spaces/${space.slug}/budgets`;
  await ok(
    call({ method: 'PUT', url: `${url}/settings`, payload: { ...budgetSettingsBody(settings), version: 1 } }),
  );
  const projects: { id: string; version: number; cost: number }[] = [];
  for (const cost of costs) {
    const project = await ok<{ id: string; version: number }>(
      call({ method: 'POST', url: `${url}/projects`, payload: projectBody(cost) }),
    );
    const reviewed = await ok<{ id: string; version: number }>(
      call({
        method: 'POST',
        url: `${url}/projects/${project.id}/review`,
        payload: { feasibility: 'feasible', version: project.version },
      }),
    );
    projects.push({ ...reviewed, cost });
  }
  return { slug: space.slug, id: space.id, url, projects };
}

/** Moves the voting deadline into the past (managers may change phases at any time). */
export async function closeVoting(app: FastifyInstance, manager: TestUser, url: string) {
  const current = await ok<{ settings: { phases: Record<string, string | null> }; version: number }>(
    as(app, manager)({ method: 'GET', url: `${url}/settings` }),
  );
  const { settings } = current as unknown as { settings: Record<string, unknown> };
  await ok(
    as(
      app,
      manager,
    )({
      method: 'PUT',
      url: `${url}/settings`,
      payload: {
        ...settings,
        phases: {
          proposalsOpen: at(-72),
          proposalsClose: at(-48),
          reviewClose: at(-48),
          votingOpen: at(-24),
          votingClose: at(-1),
          resultsOn: at(-1),
        },
        version: current.version,
      },
    }),
  );
}
