import {
  getJurisdiction,
  groupingMembers,
  groupingsOf,
  type Jurisdiction,
  jurisdictionName,
  LAND_NEIGHBOURS,
  languageCodeSchema,
  listJurisdictions,
} from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';

const tags = ['directory'];

const jurisdictionOut = z
  .object({
    code: z.string().describe('ISO 3166-1 alpha-2, ISO 3166-2, or a grouping such as EU or NORDIC'),
    kind: z.enum(['country', 'subdivision', 'grouping']),
    parent: z.string().nullable(),
    country: z.string().nullable(),
    name: z
      .string()
      .describe('In the requested language for countries and groupings; ISO name for subdivisions'),
  })
  .meta({ id: 'Jurisdiction' });

const view = (jurisdiction: Jurisdiction, language: string) => ({
  code: jurisdiction.code,
  kind: jurisdiction.kind,
  parent: jurisdiction.parent,
  country: jurisdiction.country,
  name: jurisdictionName(jurisdiction.code, language),
});

/**
 * The code lists organisations and people point at: ISO 3166-1 countries, ISO 3166-2 subdivisions and
 * supranational groupings, with names in the reader's language. Static data from @crossgov/shared.
 */
export function registerJurisdictionRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/jurisdictions',
    {
      schema: {
        tags,
        summary: 'Countries, subdivisions and groupings, searchable by code or name in a language',
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          kind: z.enum(['country', 'subdivision', 'grouping']).optional(),
          parent: z.string().max(10).optional().describe('Direct parent: "FI" lists Finland’s regions'),
          language: languageCodeSchema.default('en'),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: z.object({ items: z.array(jurisdictionOut) }) },
      },
    },
    (request) => {
      const { language, ...options } = request.query;
      return { items: listJurisdictions({ ...options, language }).map((item) => view(item, language)) };
    },
  );

  r.get(
    '/api/jurisdictions/:code',
    {
      schema: {
        tags,
        summary: 'One jurisdiction with its groupings, members and land neighbours',
        params: z.object({ code: z.string().min(2).max(20) }),
        querystring: z.object({ language: languageCodeSchema.default('en') }),
        response: {
          200: jurisdictionOut.extend({
            groupings: z.array(z.string()).describe('Groupings a country belongs to'),
            members: z.array(z.string()).describe('Member countries of a grouping'),
            neighbours: z.array(z.string()).describe('Countries across a land border'),
          }),
        },
      },
    },
    (request) => {
      const { code } = request.params;
      const found = getJurisdiction(code);
      if (!found) throw notFound(`Jurisdiction "${code}"`);
      const country = found.kind === 'country' ? found.code : null;
      return {
        ...view(found, request.query.language),
        groupings: country ? [...groupingsOf(country)] : [],
        members: found.kind === 'grouping' ? [...groupingMembers(found.code)] : [],
        neighbours: country ? [...(LAND_NEIGHBOURS[country] ?? [])] : [],
      };
    },
  );
}
