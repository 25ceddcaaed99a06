import type { JurisdictionShare, ProjectExplanation } from '@crossgov/budgeting';
import {
  getJurisdiction,
  jurisdictionCodeSchema,
  type Multilingual,
  multilingualSchema,
} from '@crossgov/shared';
import { z } from 'zod';

/** The settings of one budget, validated at the edge and stored as one versioned document. */
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as "EUR" or "SEK"')
  .describe('ISO 4217');

export const hostSchema = z.object({
  jurisdiction: jurisdictionCodeSchema.describe('ISO 3166-1 or 3166-2 code of the host'),
  currency: currencySchema.describe('The currency the host pledges in'),
  pledge: z.number().int().min(0).max(1e12).describe('Whole units of the host currency'),
  rate: z.number().positive().max(1e6).describe('1 unit of the host currency in budget currency'),
});

const dateTime = z.iso.datetime({ offset: true }).nullable();
export const phasesSchema = z.object({
  proposalsOpen: dateTime,
  proposalsClose: dateTime,
  reviewClose: dateTime,
  votingOpen: dateTime,
  votingClose: dateTime,
  resultsOn: dateTime,
});
/** Dates that must come in this order; proposals may stay open while voting runs. */
const PHASE_PAIRS = [
  ['proposalsOpen', 'proposalsClose'],
  ['proposalsClose', 'reviewClose'],
  ['proposalsOpen', 'votingOpen'],
  ['votingOpen', 'votingClose'],
  ['votingClose', 'resultsOn'],
] as const;

export const VOTING_METHODS = ['approval', 'cumulative', 'ranking', 'choose-one'] as const;
export const methodSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('approval'),
    minProjects: z.number().int().min(0).max(500).nullable().default(null),
    maxProjects: z.number().int().min(1).max(500).nullable().default(null),
  }),
  z.object({
    type: z.literal('cumulative'),
    totalPoints: z.number().int().min(1).max(1000),
    maxPerProject: z.number().int().min(1).max(1000),
  }),
  z.object({ type: z.literal('ranking'), maxRanks: z.number().int().min(1).max(100) }),
  z.object({ type: z.literal('choose-one') }),
]);

export const ruleSchema = z.object({
  rule: z.enum(['mes', 'greedy']),
  completion: z.enum(['none', 'add1', 'add1e', 'utilitarian', 'add1u']).default('add1'),
  satisfaction: z.enum(['cost', 'cardinality']).default('cost'),
});

export const settingsSchema = z.object({
  descriptions: z.union([multilingualSchema, z.object({}).strict()]).default({}),
  currency: currencySchema,
  hosts: z.array(hostSchema).max(30),
  phases: phasesSchema,
  method: methodSchema,
  rule: ruleSchema,
});
export type BudgetSettings = z.infer<typeof settingsSchema>;
export type VotingMethod = BudgetSettings['method'];
export type Host = BudgetSettings['hosts'][number];

export const DEFAULT_SETTINGS: BudgetSettings = {
  descriptions: {},
  currency: 'EUR',
  hosts: [],
  phases: {
    proposalsOpen: null,
    proposalsClose: null,
    reviewClose: null,
    votingOpen: null,
    votingClose: null,
    resultsOn: null,
  },
  method: { type: 'approval', minProjects: null, maxProjects: null },
  rule: { rule: 'mes', completion: 'add1', satisfaction: 'cost' },
};

export interface FieldProblemLike {
  field: string;
  message: string;
}

/** What Zod cannot say alone: dates in order, one pledge per host, a consistent method and rule. */
export function settingsProblems(settings: BudgetSettings): FieldProblemLike[] {
  const problems: FieldProblemLike[] = [];
  for (const [earlier, later] of PHASE_PAIRS) {
    const from = settings.phases[earlier];
    const to = settings.phases[later];
    if (from && to && Date.parse(to) < Date.parse(from))
      problems.push({ field: `body.phases.${later}`, message: `must not be before ${earlier}` });
  }
  settings.hosts.forEach((host, index) => {
    if (settings.hosts.findIndex((other) => other.jurisdiction === host.jurisdiction) !== index)
      problems.push({ field: `body.hosts.${index}.jurisdiction`, message: 'this host is listed twice' });
    if (getJurisdiction(host.jurisdiction)?.kind === 'grouping')
      problems.push({
        field: `body.hosts.${index}.jurisdiction`,
        message: 'a host is a country or a subdivision',
      });
  });
  const { method } = settings;
  if (method.type === 'approval' && method.minProjects !== null && method.maxProjects !== null)
    if (method.minProjects > method.maxProjects)
      problems.push({ field: 'body.method.minProjects', message: 'must not exceed maxProjects' });
  if (method.type === 'cumulative' && method.maxPerProject > method.totalPoints)
    problems.push({ field: 'body.method.maxPerProject', message: 'must not exceed totalPoints' });
  if (settings.rule.rule === 'greedy' && settings.rule.completion !== 'none')
    problems.push({ field: 'body.rule.completion', message: 'greedy has no completion: use "none"' });
  return problems;
}

/** The pot: every host's pledge converted to the budget currency, rounded down to whole units. */
export function potOf(settings: BudgetSettings) {
  const hosts = settings.hosts.map((host) => ({
    ...host,
    converted: host.currency === settings.currency ? host.pledge : Math.floor(host.pledge * host.rate),
  }));
  return { total: hosts.reduce((sum, host) => sum + host.converted, 0), hosts };
}

export type Phase = 'upcoming' | 'proposals' | 'review' | 'voting' | 'closed';

function within(now: number, from: string | null, to: string | null): boolean {
  if (!from || !to) return false;
  return now >= Date.parse(from) && now < Date.parse(to);
}

export function proposalsOpen(settings: BudgetSettings, now: Date): boolean {
  return within(now.getTime(), settings.phases.proposalsOpen, settings.phases.proposalsClose);
}

export function votingOpen(settings: BudgetSettings, now: Date): boolean {
  return within(now.getTime(), settings.phases.votingOpen, settings.phases.votingClose);
}

export function votingClosed(settings: BudgetSettings, now: Date): boolean {
  const close = settings.phases.votingClose;
  return close !== null && now.getTime() >= Date.parse(close);
}

export function currentPhase(settings: BudgetSettings, now: Date): Phase {
  if (votingClosed(settings, now)) return 'closed';
  if (votingOpen(settings, now)) return 'voting';
  if (proposalsOpen(settings, now)) return 'proposals';
  const proposalsEnd = settings.phases.proposalsClose;
  if (proposalsEnd && now.getTime() >= Date.parse(proposalsEnd)) return 'review';
  return 'upcoming';
}

/**
 * The host a residence belongs to: the host itself or a host that encloses it (ISO 3166-2 nesting), or null
 * when the person does not live in any host jurisdiction and so may not vote.
 */
export function hostOfResidence(settings: BudgetSettings, residence: string): string | null {
  const hosts = new Set(settings.hosts.map((host) => host.jurisdiction));
  let code: string | null = residence;
  for (let depth = 0; code && depth < 6; depth++) {
    if (hosts.has(code)) return code;
    const found = getJurisdiction(code);
    if (!found || found.kind === 'grouping') return null;
    code = found.parent ?? (found.kind === 'subdivision' ? found.country : null);
  }
  return null;
}

export interface BallotInput {
  residence: string;
  projectIds: string[];
  points?: number[] | null | undefined;
}

/**
 * Checks a ballot against the budget's method: approval baskets within the pot (and the min/max number of
 * projects), cumulative points within the totals, ranks up to N, exactly one choice. Names the field at fault.
 */
export function ballotProblems(
  method: VotingMethod,
  pot: number,
  ballot: BallotInput,
  costOf: ReadonlyMap<string, number>,
): FieldProblemLike[] {
  const problems: FieldProblemLike[] = [];
  ballot.projectIds.forEach((id, index) => {
    if (!costOf.has(id))
      problems.push({ field: `body.projectIds.${index}`, message: 'not a project on the ballot' });
    if (ballot.projectIds.indexOf(id) !== index)
      problems.push({ field: `body.projectIds.${index}`, message: 'this project is chosen twice' });
  });
  if (problems.length > 0) return problems;
  const count = ballot.projectIds.length;
  if (method.type !== 'cumulative' && ballot.points)
    problems.push({ field: 'body.points', message: 'points are for cumulative voting only' });
  if (method.type === 'approval') {
    const cost = ballot.projectIds.reduce((sum, id) => sum + (costOf.get(id) ?? 0), 0);
    if (cost > pot)
      problems.push({
        field: 'body.projectIds',
        message: `the basket costs ${cost}, more than the budget of ${pot}`,
      });
    if (count === 0) problems.push({ field: 'body.projectIds', message: 'choose at least one project' });
    if (method.minProjects !== null && count < method.minProjects)
      problems.push({ field: 'body.projectIds', message: `choose at least ${method.minProjects} projects` });
    if (method.maxProjects !== null && count > method.maxProjects)
      problems.push({ field: 'body.projectIds', message: `choose at most ${method.maxProjects} projects` });
  } else if (method.type === 'cumulative') {
    const points = ballot.points ?? [];
    if (points.length !== count)
      return [{ field: 'body.points', message: 'give one number of points per chosen project' }];
    points.forEach((value, index) => {
      if (value < 1 || value > method.maxPerProject)
        problems.push({ field: `body.points.${index}`, message: `between 1 and ${method.maxPerProject}` });
    });
    const total = points.reduce((sum, value) => sum + value, 0);
    if (total > method.totalPoints)
      problems.push({
        field: 'body.points',
        message: `${total} points given, at most ${method.totalPoints}`,
      });
    if (count === 0)
      problems.push({ field: 'body.projectIds', message: 'give points to at least one project' });
  } else if (method.type === 'ranking') {
    if (count === 0) problems.push({ field: 'body.projectIds', message: 'rank at least one project' });
    if (count > method.maxRanks)
      problems.push({ field: 'body.projectIds', message: `rank at most ${method.maxRanks} projects` });
  } else if (count !== 1) problems.push({ field: 'body.projectIds', message: 'choose exactly one project' });
  return problems;
}

/** A project as it stood when the results were computed, so published results never change under readers. */
export interface ResultProject {
  id: string;
  number: number;
  titles: Multilingual;
  cost: number;
  category: string | null;
  latitude: number | null;
  longitude: number | null;
  jurisdiction: string;
  supporters: number;
  funded: boolean;
  fundedByGreedy: boolean;
  explanation: ProjectExplanation | null;
}

export interface StoredResults {
  rule: 'mes' | 'greedy';
  completion: string;
  satisfaction: 'cost' | 'cardinality';
  currency: string;
  pot: number;
  voters: number;
  cost: number;
  greedyCost: number;
  /** Project ids (uuid), in funding order. */
  selected: string[];
  greedySelected: string[];
  projects: ResultProject[];
  fairness: JurisdictionShare[];
}
