import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseHandle } from '../../db/database.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    migrations: z.object({ applied: z.number(), available: z.number(), latest: z.string().nullable() }),
  }),
  version: z.string(),
});

export function registerHealthRoutes(app: FastifyInstance, database: DatabaseHandle): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Liveness, database kind and migration version',
        security: [],
        response: { 200: healthSchema },
      },
    },
    async () => {
      const migrations = await database.migrationStatus();
      return {
        status: migrations.applied === migrations.available ? ('ok' as const) : ('degraded' as const),
        database: { kind: database.kind, migrations },
        version: '0.1.0',
      };
    },
  );
}
