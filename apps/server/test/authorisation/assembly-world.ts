import { lotteryDocument } from '@crossgov/sortition';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/database.ts';
import { assemblyRuns, assemblyVolunteers } from '../../src/modules/assemblies/assembly.table.ts';
import { createAssembly } from '../assembly-fixtures.ts';
import { as, type TestUser } from '../factories.ts';

export interface AssemblyWorld {
  /** A public assembly co-owned by A and D: the manager manages it, the member contributes. */
  assembly: { id: string; slug: string; runId: string; volunteerId: string; recommendationId: string };
}

/**
 * The assembly part of the matrix world: a pool of 12 and a finished run whose lottery is published (not
 * drawn). The run's result is written directly, a one-panel lottery over the pool, so that building the world
 * costs no solver time; the selection itself is tested in assembly.test.ts.
 */
export async function buildAssemblyWorld(
  app: FastifyInstance,
  db: Database,
  w: { manager: TestUser; member: TestUser; orgIds: string[]; invite: (slug: string) => Promise<void> },
): Promise<AssemblyWorld> {
  const space = await createAssembly(app, w.manager, w.orgIds, { poolSize: 12 });
  await w.invite(space.slug);
  const pool = await db
    .select()
    .from(assemblyVolunteers)
    .where(eq(assemblyVolunteers.spaceId, space.id))
    .orderBy(asc(assemblyVolunteers.createdAt), asc(assemblyVolunteers.publicId));
  const people = pool.map((row) => ({ id: row.publicId, features: row.features }));
  const panel = [0, 1, 2, 3, 4, 5];
  const fairness = { minProbability: 0, gini: 0, geometricMean: 0 };
  const lottery = lotteryDocument(
    { size: 10, panels: [{ panel, tickets: 10 }], maxDeviation: 0, method: 'ilp' },
    people,
    'leximin',
    6,
  );
  const [run] = await db
    .insert(assemblyRuns)
    .values({
      spaceId: space.id,
      algorithm: 'leximin',
      lotterySize: 10,
      status: 'succeeded',
      stage: 'done',
      progress: 1,
      result: {
        report: { algorithm: 'leximin', fairness, legacy: { ...fairness, runs: 0, seed: 0 } },
        probabilities: Object.fromEntries(people.map((person, i) => [person.id, i < 6 ? 1 : 0])),
        panels: 1,
        seconds: 0,
        poolSize: people.length,
        lottery,
      },
      finishedAt: new Date(),
    })
    .returning();
  if (!run) throw new Error('world setup failed: assembly run');
  const call = as(app, w.manager);
  const published = await call({
    method: 'POST',
    url: `/api/spaces/${space.slug}/assembly/runs/${run.id}/publish`,
    payload: {},
  });
  if (published.statusCode !== 200) throw new Error(`world setup failed: publish ${published.body}`);
  const recommendation = await call({
    method: 'POST',
    url: `/api/spaces/${space.slug}/assembly/recommendations`,
    payload: {
      titles: { en: { text: 'Matrix recommendation' } },
      texts: { en: { text: 'Matrix text' } },
      votesFor: 1,
      votesAgainst: 0,
      votesAbstain: 0,
    },
  });
  if (recommendation.statusCode !== 201) throw new Error(`world setup failed: ${recommendation.body}`);
  const [volunteer] = pool;
  if (!volunteer) throw new Error('world setup failed: no volunteer');
  return {
    assembly: {
      id: space.id,
      slug: space.slug,
      runId: run.id,
      volunteerId: volunteer.id,
      recommendationId: (recommendation.json() as { id: string }).id,
    },
  };
}
