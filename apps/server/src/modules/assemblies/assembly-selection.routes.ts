import { ASSEMBLY_ALGORITHMS } from '@crossgov/shared';
import { LOTTERY_FORMAT } from '@crossgov/sortition';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../lib/errors.ts';
import { listOf, slugParam, timestampOut } from '../../lib/schemas.ts';
import { drawOut, runOut } from './assembly.dto.ts';
import {
  drawPanel,
  publicLottery,
  publishLottery,
  replaceMembers,
  verifyDraw,
} from './assembly-lottery.service.ts';
import { getRun, listRuns, startRun } from './assembly-selection.service.ts';

const tags = ['assemblies'];
const base = '/api/spaces/:slug/assembly';
const idParams = slugParam.extend({ id: z.uuid() });
const rateLimited = (_request: FastifyRequest, context: { after: string }) =>
  new AppError(429, 'rate_limited', `Too many requests from this address. Try again in ${context.after}.`);

const lotteryOut = z
  .object({
    lottery: z.object({
      format: z.literal(LOTTERY_FORMAT),
      algorithm: z.enum(ASSEMBLY_ALGORITHMS),
      panelSize: z.number().int(),
      size: z.number().int(),
      seedHash: z.string().nullable(),
      maxDeviation: z.number(),
      method: z.enum(['ilp', 'largest-remainder']),
      drawProcedure: z.string(),
      panels: z.array(z.object({ members: z.array(z.string()), tickets: z.number().int() })),
    }),
    seed: z.string().nullable().describe('Revealed by the draw; null before it'),
    ticket: z.number().int().nullable(),
    members: z.array(z.string()).nullable(),
    drawnAt: timestampOut.nullable(),
  })
  .meta({ id: 'AssemblyLottery' });

/** Selection runs, the published lottery, the draw, its public verification and replacements. */
export function registerAssemblySelectionRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    `${base}/runs`,
    {
      schema: {
        tags,
        summary: 'Start a selection run in the background (managers); poll it for progress',
        params: slugParam,
        body: z.object({
          algorithm: z.enum(ASSEMBLY_ALGORITHMS).default('leximin'),
          lotterySize: z.number().int().min(10).max(100_000).default(1000),
        }),
        response: { 202: runOut },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await startRun(db, request.actor, request.params.slug, request.body)),
  );

  r.get(
    `${base}/runs`,
    {
      schema: {
        tags,
        summary: 'Selection runs, newest first (managers)',
        params: slugParam,
        response: { 200: listOf(runOut) },
      },
    },
    (request) => listRuns(db, request.actor, request.params.slug),
  );

  r.get(
    `${base}/runs/:id`,
    {
      schema: {
        tags,
        summary: 'A selection run: progress, fairness report (managers)',
        params: idParams,
        response: { 200: runOut },
      },
    },
    (request) => getRun(db, request.actor, request.params.slug, request.params.id),
  );

  r.post(
    `${base}/runs/:id/publish`,
    {
      schema: {
        tags,
        summary: 'Publish the run’s lottery with the SHA-256 commitment of a seed (managers)',
        params: idParams,
        body: z.object({
          seedHash: z
            .string()
            .regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits (SHA-256)')
            .optional()
            .describe('SHA-256 of a seed from a public ceremony; without it the server draws a random seed'),
        }),
        response: { 200: runOut },
      },
    },
    (request) =>
      publishLottery(db, request.actor, request.params.slug, request.params.id, request.body.seedHash),
  );

  r.get(
    `${base}/lottery`,
    {
      schema: {
        tags,
        summary: 'The published lottery (opaque ids), the seed once revealed, the drawn panel',
        params: slugParam,
        response: { 200: lotteryOut },
      },
    },
    (request) => publicLottery(db, request.actor, request.params.slug),
  );

  r.post(
    `${base}/lottery/verify`,
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute', errorResponseBuilder: rateLimited } },
      schema: {
        tags,
        summary: 'Re-run the draw from a seed: anyone can check the published panel',
        params: slugParam,
        body: z.object({ seed: z.string().trim().min(32).max(256) }),
        response: { 200: drawOut },
      },
    },
    (request) => verifyDraw(db, request.actor, request.params.slug, request.body.seed),
  );

  r.post(
    `${base}/draw`,
    {
      schema: {
        tags,
        summary: 'Reveal the seed and draw the panel; the selected are e-mailed (managers)',
        params: slugParam,
        body: z.object({
          seed: z
            .string()
            .trim()
            .min(32)
            .max(256)
            .optional()
            .describe(
              'The ceremony seed, when the lottery was published with its hash; else the server reveals its own',
            ),
        }),
        response: { 200: drawOut },
      },
    },
    (request) => drawPanel(db, request.actor, request.params.slug, request.body.seed),
  );

  r.post(
    `${base}/replacements`,
    {
      schema: {
        tags,
        summary:
          'Mark one or several dropouts and choose, in one solve, replacements that restore the quotas (managers)',
        params: slugParam,
        body: z.object({ dropoutIds: z.array(z.uuid()).min(1).max(100) }),
        response: { 200: z.object({ droppedOut: z.array(z.uuid()), replacements: z.array(z.uuid()) }) },
      },
    },
    (request) => replaceMembers(db, request.actor, request.params.slug, request.body.dropoutIds),
  );
}
