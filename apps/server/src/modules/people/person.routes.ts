import {
  countryCodeSchema,
  languageCodeSchema,
  pageQuerySchema,
  personProfileSchema,
} from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { signedIn } from '../../lib/actor.ts';
import { sdgQuery, searchPageOf } from '../../lib/schemas.ts';
import { personOut, personSummaryOut } from './person.dto.ts';
import { personView, saveMyProfile, searchPeople } from './person.service.ts';

const tags = ['people'];

export function registerPersonRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'Search people by name, expertise, country, language and the goals they are open to',
        description:
          'Text matches names and the public parts of profiles; filters match a part only where its owner ' +
          'lets you see it (public, or signed-in users when you are signed in).',
        querystring: pageQuerySchema.extend({
          q: z.string().trim().max(200).optional(),
          country: countryCodeSchema.optional(),
          language: languageCodeSchema.optional(),
          sdg: sdgQuery.optional(),
          expertise: z.string().trim().toLowerCase().max(40).optional(),
        }),
        response: { 200: searchPageOf(personSummaryOut) },
      },
    },
    (request) => searchPeople(db, request.actor, request.query),
  );

  r.get(
    '/api/people/:userId',
    {
      schema: {
        tags,
        summary: 'A person’s directory profile, as far as they let you see it',
        params: z.object({ userId: z.uuid() }),
        response: { 200: personOut },
      },
    },
    (request) => personView(db, request.actor, request.params.userId),
  );

  r.get(
    '/api/me/profile',
    { schema: { tags, summary: 'My directory profile', response: { 200: personOut } } },
    (request) =>
      personView(db, request.actor, signedIn(request.actor, 'Sign in to see your profile.').userId),
  );

  r.put(
    '/api/me/profile',
    {
      schema: {
        tags,
        summary: 'Create or edit my directory profile and who may see each part',
        body: personProfileSchema.extend({
          version: z.number().int().min(1).optional().describe('Required once the profile exists'),
        }),
        response: { 200: personOut },
      },
    },
    (request) => saveMyProfile(db, request.actor, request.body),
  );
}
