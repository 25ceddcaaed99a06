import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../lib/errors.ts';
import { listOf, slugParam } from '../../lib/schemas.ts';
import {
  ballotIn,
  ballotOut,
  budgetOut,
  budgetProjectOut,
  deliveryIn,
  importIn,
  importOut,
  projectEditIn,
  projectIn,
  resultsOut,
  reviewIn,
  settingsIn,
  withdrawIn,
} from './budget.dto.ts';
import {
  budgetView,
  editProject,
  listBudgetProjects,
  proposeProject,
  reviewProject,
  updateSettings,
  withdrawProject,
} from './budget.service.ts';
import { castBallot, myBallot } from './budget-ballot.service.ts';
import { addDeliveryUpdate, makeInitiative } from './budget-delivery.service.ts';
import {
  budgetResultsView,
  computeBudgetResults,
  exportBudgetPb,
  importBudgetPb,
  publishBudgetResults,
} from './budget-results.service.ts';

const tags = ['budgets'];
const projectParams = slugParam.extend({ id: z.uuid() });
const base = '/api/spaces/:slug/budgets';

/**
 * Writes any signed-in person may make in a public budget are limited per person (per address when anonymous),
 * scaled with LOGIN_RATE_LIMIT like the other limits.
 */
function perPerson(max: number) {
  return {
    max,
    timeWindow: '1 hour',
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => `budget|${request.actor?.userId ?? request.ip}`,
    errorResponseBuilder: (_request: FastifyRequest, context: { after: string }) =>
      new AppError(429, 'rate_limited', `Too many attempts. Try again in ${context.after}.`),
  };
}

/** Participatory budgets: a space of kind `budget` (404 for other kinds). */
export function registerBudgetRoutes(app: FastifyInstance, deps: { db: Database; config: Config }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: 'A budget: settings, pot per host, current phase, and what you may do',
        params: slugParam,
        response: { 200: budgetOut },
      },
    },
    (request) => budgetView(db, request.actor, request.params.slug),
  );

  r.put(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: 'Change the settings of a budget (managers; versioned)',
        params: slugParam,
        body: settingsIn,
        response: { 200: budgetOut },
      },
    },
    (request) => updateSettings(db, request.actor, request.params.slug, request.body),
  );

  r.get(
    `${base}/projects`,
    {
      schema: {
        tags,
        summary: 'Every proposed project, with its feasibility review and delivery',
        params: slugParam,
        response: { 200: listOf(budgetProjectOut) },
      },
    },
    (request) => listBudgetProjects(db, request.actor, request.params.slug),
  );

  r.post(
    `${base}/projects`,
    {
      schema: {
        tags,
        summary: 'Propose a project (residents during the proposals phase; managers at any time)',
        params: slugParam,
        body: projectIn,
        response: { 201: budgetProjectOut },
      },
      config: { rateLimit: perPerson(deps.config.loginRateLimit * 3) },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeProject(db, request.actor, request.params.slug, request.body)),
  );

  r.put(
    `${base}/projects/:id`,
    {
      schema: {
        tags,
        summary: 'Edit a project (its proposer until it is reviewed; managers until voting opens; versioned)',
        params: projectParams,
        body: projectEditIn,
        response: { 200: budgetProjectOut },
      },
      config: { rateLimit: perPerson(deps.config.loginRateLimit * 6) },
    },
    (request) => editProject(db, request.actor, request.params.slug, request.params.id, request.body),
  );

  r.post(
    `${base}/projects/:id/withdraw`,
    {
      schema: {
        tags,
        summary: 'Withdraw your own project before it is reviewed (its proposer; versioned)',
        params: projectParams,
        body: withdrawIn,
        response: { 200: budgetProjectOut },
      },
      config: { rateLimit: perPerson(deps.config.loginRateLimit * 3) },
    },
    (request) => withdrawProject(db, request.actor, request.params.slug, request.params.id, request.body),
  );

  r.post(
    `${base}/projects/:id/review`,
    {
      schema: {
        tags,
        summary: 'Feasibility review: feasible, or not with a public reason (managers)',
        params: projectParams,
        body: reviewIn,
        response: { 200: budgetProjectOut },
      },
    },
    (request) => reviewProject(db, request.actor, request.params.slug, request.params.id, request.body),
  );

  r.post(
    `${base}/projects/:id/delivery`,
    {
      schema: {
        tags,
        summary: 'A dated public update on a funded project’s delivery (managers)',
        params: projectParams,
        body: deliveryIn,
        response: { 200: budgetProjectOut },
      },
    },
    (request) => addDeliveryUpdate(db, request.actor, request.params.slug, request.params.id, request.body),
  );

  r.post(
    `${base}/projects/:id/initiative`,
    {
      schema: {
        tags,
        summary:
          'Turn a funded project into its own workspace, co-owned by the same organisations (managers)',
        params: projectParams,
        response: { 200: budgetProjectOut },
      },
    },
    (request) =>
      makeInitiative(db, request.actor, request.params.slug, request.params.id, deps.config.publicUrl),
  );

  r.get(
    `${base}/ballot`,
    {
      schema: {
        tags,
        summary: 'Your ballot in this budget, if you have voted',
        params: slugParam,
        response: { 200: z.object({ ballot: ballotOut.nullable() }) },
      },
    },
    (request) => myBallot(db, request.actor, request.params.slug),
  );

  r.put(
    `${base}/ballot`,
    {
      schema: {
        tags,
        summary: 'Cast or replace your ballot (verified e-mail, residence in a host, until voting closes)',
        params: slugParam,
        body: ballotIn,
        response: { 200: z.object({ ballot: ballotOut }) },
      },
      config: { rateLimit: perPerson(deps.config.loginRateLimit * 6) },
    },
    (request) => castBallot(db, request.actor, request.params.slug, request.body),
  );

  r.get(
    `${base}/results`,
    {
      schema: {
        tags,
        summary: 'The stored results: public once published, managers see them before',
        params: slugParam,
        response: { 200: resultsOut },
      },
    },
    (request) => budgetResultsView(db, request.actor, request.params.slug),
  );

  r.post(
    `${base}/results`,
    {
      schema: {
        tags,
        summary: 'Compute and store the results after voting has closed (managers)',
        params: slugParam,
        response: { 200: resultsOut },
      },
    },
    (request) => computeBudgetResults(db, request.actor, request.params.slug),
  );

  r.post(
    `${base}/results/publish`,
    {
      schema: {
        tags,
        summary: 'Publish the computed results (managers)',
        params: slugParam,
        response: { 200: resultsOut },
      },
    },
    (request) => publishBudgetResults(db, request.actor, request.params.slug),
  );

  r.get(
    `${base}/export`,
    {
      schema: {
        tags,
        summary: 'The budget as a pabulib .pb file, with anonymous voter ids (managers)',
        params: slugParam,
        produces: ['text/plain'],
        response: { 200: z.string().describe('A .pb file') },
      },
    },
    async (request, reply) => {
      const text = await exportBudgetPb(db, request.actor, request.params.slug);
      return reply
        .type('text/plain; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.slug}.pb"`)
        .send(text);
    },
  );

  r.post(
    `${base}/import`,
    {
      bodyLimit: 25 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import a .pb file: its projects and ballots, to replay a past vote (managers)',
        params: slugParam,
        body: importIn,
        response: { 200: importOut },
      },
    },
    (request) => importBudgetPb(db, request.actor, request.params.slug, request.body.pb),
  );
}
