import type { AddressInfo } from 'node:net';
import { type DatabaseHandle, seedScaleWorld } from '@crossgov/server';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';

export async function rows<T>(database: DatabaseHandle, query: ReturnType<typeof sql>): Promise<T[]> {
  // Both drivers answer raw SQL with { rows }.
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The reference point: bare Fastify and one indexed query by slug, on the same database. */
export async function buildCeiling(database: DatabaseHandle): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get<{ Params: { slug: string } }>('/ceiling/organisations/:slug', async (request, reply) => {
    const [found] = await rows<Record<string, unknown>>(
      database,
      sql`select id, slug, names, type, country from organisations where slug = ${request.params.slug}`,
    );
    if (!found) return reply.status(404).send({ status: 404 });
    return found;
  });
  return app;
}

export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

export const slugOf = (prefix: string, index: number) => `${prefix}-${String(index).padStart(6, '0')}`;

/** One request before the load, so the benchmark never measures a stream of errors. */
export async function expectOk(url: string, init?: RequestInit): Promise<void> {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(
      `${url} answered ${response.status}; the benchmark would measure errors: ${await response.text()}`,
    );
}

/** Seeds `scale` organisations (and the rest of the scale world), printing progress by tenths. */
export async function seedWithProgress(database: DatabaseHandle, kind: string, scale: number, seed: number) {
  const started = performance.now();
  let reported = 0;
  const seeded = await seedScaleWorld(database.db, {
    organisations: scale,
    seed,
    onProgress: (done, total) => {
      const tenth = Math.floor((done / total) * 10);
      if (tenth > reported) process.stderr.write(`  ${kind}: seeded ${tenth * 10}%\n`);
      reported = tenth;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.error(`${kind}: seeded ${scale} organisations in ${seconds.toFixed(1)} s`);
  // What autovacuum does soon after a bulk load: statistics for the planner, GIN pending lists merged.
  await database.db.execute(sql`vacuum analyze`);
  return { seeded, seconds };
}
