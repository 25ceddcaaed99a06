import { countryCodeSchema } from '@crossgov/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { idParam, listOf, slugParam, versionField } from '../../lib/schemas.ts';
import { pairingCohortOut, pairingCohortSummaryOut } from './pairing.dto.ts';
import {
  adjustPairs,
  confirmCohort,
  createCohort,
  getCohort,
  listCohorts,
  proposePairs,
  replaceParticipants,
} from './pairing.service.ts';

const tags = ['pairing'];
const people = z.array(z.uuid()).max(500);
const members = { cohort: people, pool: people };

export function registerPairingRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/api/organisations/:slug/pairing-cohorts',
    {
      schema: {
        tags,
        summary: 'The organisation’s pairing cohorts (owners and admins)',
        params: slugParam,
        response: { 200: listOf(pairingCohortSummaryOut) },
      },
    },
    (request) => listCohorts(db, request.actor, request.params.slug),
  );

  r.post(
    '/api/organisations/:slug/pairing-cohorts',
    {
      schema: {
        tags,
        summary: 'Start a cohort: people from one country, and a pool of counterparts abroad',
        params: slugParam,
        body: z.object({ name: z.string().trim().min(2).max(200), country: countryCodeSchema, ...members }),
        response: { 201: pairingCohortOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCohort(db, request.actor, request.params.slug, request.body)),
  );

  r.get(
    '/api/pairing-cohorts/:id',
    {
      schema: {
        tags,
        summary: 'A cohort with its people and pairs',
        params: idParam,
        response: { 200: pairingCohortOut },
      },
    },
    (request) => getCohort(db, request.actor, request.params.id),
  );

  r.put(
    '/api/pairing-cohorts/:id/participants',
    {
      schema: {
        tags,
        summary: 'Replace the cohort and the pool (clears the pairs)',
        params: idParam,
        body: z.object({ ...members, version: versionField }),
        response: { 200: pairingCohortOut },
      },
    },
    (request) => replaceParticipants(db, request.actor, request.params.id, request.body),
  );

  r.post(
    '/api/pairing-cohorts/:id/proposal',
    {
      schema: {
        tags,
        summary: 'Propose the one-to-one pairs with the greatest total fit (solved exactly)',
        params: idParam,
        body: z.object({ version: versionField }),
        response: { 200: pairingCohortOut },
      },
    },
    (request) => proposePairs(db, request.actor, request.params.id, request.body.version),
  );

  r.put(
    '/api/pairing-cohorts/:id/pairs',
    {
      schema: {
        tags,
        summary: 'Set the pairs by hand (each is checked and scored)',
        params: idParam,
        body: z.object({
          pairs: z.array(z.object({ personId: z.uuid(), counterpartId: z.uuid() })).max(500),
          version: versionField,
        }),
        response: { 200: pairingCohortOut },
      },
    },
    (request) => adjustPairs(db, request.actor, request.params.id, request.body),
  );

  r.post(
    '/api/pairing-cohorts/:id/confirmation',
    {
      schema: {
        tags,
        summary: 'Confirm the pairs; the cohort no longer changes',
        params: idParam,
        body: z.object({ version: versionField }),
        response: { 200: pairingCohortOut },
      },
    },
    (request) => confirmCohort(db, request.actor, request.params.id, request.body.version),
  );
}
