import { countryCodeSchema, findPartnersSchema, slugSchema } from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { findPartnersOut, graphOut } from './directory.dto.ts';
import { findPartners } from './find-partners.service.ts';
import { ecosystemGraph } from './graph.service.ts';

const tags = ['directory'];

export function registerDirectoryRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.post(
    '/api/directory/find-partners',
    {
      schema: {
        tags,
        summary: 'Find partners abroad for a problem, ranked and explained',
        description:
          'Ranks organisations outside `country` by topic fit (shared Sustainable Development Goals, read from ' +
          'the problem when not given, and text match in every language), complementary location (neighbours, ' +
          'shared groupings such as the EU or the Nordic Council) and shared working languages.',
        body: findPartnersSchema,
        response: { 200: findPartnersOut },
      },
    },
    (request) => findPartners(db, request.body),
  );

  r.get(
    '/api/directory/graph',
    {
      schema: {
        tags,
        summary: 'The ecosystem graph: networks, member organisations, memberships and joint work',
        querystring: z.object({
          network: slugSchema.optional(),
          country: countryCodeSchema.optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(300),
        }),
        response: { 200: graphOut },
      },
    },
    (request) => ecosystemGraph(db, request.query),
  );
}
