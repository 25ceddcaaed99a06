import { type Ballot, computeBudget, type PbInstance, type VoteType } from '@crossgov/budgeting';
import { pickText } from '@crossgov/shared';
import {
  type BudgetSettings,
  hostOfResidence,
  potOf,
  type ResultProject,
  type StoredResults,
  type VotingMethod,
} from './budget.model.ts';

type ProjectRow = {
  id: string;
  number: number;
  titles: ResultProject['titles'];
  cost: number;
  category: string | null;
  latitude: number | null;
  longitude: number | null;
  jurisdiction: string;
  feasibility: string;
};
type BallotRow = { residence: string; projectIds: string[]; points: number[] | null };

export const VOTE_TYPE_OF: Record<VotingMethod['type'], VoteType> = {
  approval: 'approval',
  cumulative: 'cumulative',
  ranking: 'ordinal',
  'choose-one': 'choose-1',
};

function methodMeta(method: VotingMethod): [string, string][] {
  if (method.type === 'approval') {
    const meta: [string, string][] = [];
    if (method.minProjects !== null) meta.push(['min_length', String(method.minProjects)]);
    if (method.maxProjects !== null) meta.push(['max_length', String(method.maxProjects)]);
    return meta;
  }
  if (method.type === 'cumulative')
    return [
      ['max_sum_points', String(method.totalPoints)],
      ['max_points', String(method.maxPerProject)],
    ];
  if (method.type === 'ranking') return [['max_length', String(method.maxRanks)]];
  return [];
}

function ballotSortKey(ballot: BallotRow): string {
  return `${ballot.residence}|${ballot.projectIds.join(',')}|${(ballot.points ?? []).join(',')}`;
}

/**
 * The budget as a pabulib instance: feasible projects (project_id = the public number), and every ballot with
 * an anonymous voter id (its position) and the host jurisdiction of the declared residence.
 */
export function budgetInstance(
  settings: BudgetSettings,
  title: string,
  projects: readonly ProjectRow[],
  ballots: readonly BallotRow[],
): PbInstance {
  const onBallot = projects.filter((project) => project.feasibility === 'feasible');
  const numberOf = new Map(onBallot.map((project) => [project.id, String(project.number)]));
  const voteType = VOTE_TYPE_OF[settings.method.type];
  const cardinal = voteType === 'cumulative';
  const pot = potOf(settings).total;
  // Ballots are written in an order that depends only on what they say, never on when they were cast: the audit
  // log shows who voted when, and a cast-time order would let a reader of both link voter ids to people.
  const ordered = [...ballots].sort((a, b) => ballotSortKey(a).localeCompare(ballotSortKey(b)));
  const entries: Ballot[] = ordered.map((ballot, index) => {
    const kept = ballot.projectIds
      .map((id, position) => ({ id: numberOf.get(id), points: ballot.points?.[position] ?? 1 }))
      .filter((entry): entry is { id: string; points: number } => entry.id !== undefined);
    return {
      voterId: String(index + 1),
      projects: kept.map((entry) => entry.id),
      points: cardinal ? kept.map((entry) => entry.points) : null,
      fields: {
        residence: ballot.residence,
        jurisdiction: hostOfResidence(settings, ballot.residence) ?? '',
      },
    };
  });
  return {
    meta: [
      ['description', title],
      ['country', settings.hosts.map((host) => host.jurisdiction).join(',')],
      ['unit', title],
      ['instance', 'crossgov'],
      ['num_projects', String(onBallot.length)],
      ['num_votes', String(entries.length)],
      ['budget', String(pot)],
      ['vote_type', voteType],
      ['rule', settings.rule.rule === 'mes' ? 'equalshares' : 'greedy'],
      ['currency', settings.currency],
      ...methodMeta(settings.method),
    ],
    voteType,
    budget: pot,
    projectColumns: ['project_id', 'cost', 'name', 'category', 'latitude', 'longitude', 'jurisdiction'],
    projects: onBallot.map((project) => ({
      id: String(project.number),
      cost: project.cost,
      fields: {
        name: pickText(project.titles, 'en').replace(/[\r\n]+/g, ' '),
        category: project.category ?? '',
        latitude: project.latitude === null ? '' : String(project.latitude),
        longitude: project.longitude === null ? '' : String(project.longitude),
        jurisdiction: project.jurisdiction,
      },
    })),
    voteColumns: cardinal
      ? ['voter_id', 'vote', 'points', 'residence', 'jurisdiction']
      : ['voter_id', 'vote', 'residence', 'jurisdiction'],
    ballots: entries,
  };
}

/**
 * Runs the budget's rule on its instance once, with explanations and the fairness report, and greedy beside it
 * for the comparison; the result is stored and only read afterwards.
 */
export function computeResults(
  settings: BudgetSettings,
  title: string,
  projects: readonly ProjectRow[],
  ballots: readonly BallotRow[],
): StoredResults {
  const instance = budgetInstance(settings, title, projects, ballots);
  const pot = potOf(settings);
  const contributions = Object.fromEntries(pot.hosts.map((host) => [host.jurisdiction, host.converted]));
  const jurisdictionOfBallot = instance.ballots.map((ballot) => ballot.fields.jurisdiction ?? '');
  const { rule, satisfaction } = settings.rule;
  const outcome = computeBudget(instance, {
    rule,
    completion: rule === 'mes' ? settings.rule.completion : 'none',
    satisfaction,
    explain: true,
    jurisdictions: { jurisdictionOfBallot, contributions },
  });
  const greedy = computeBudget(instance, { rule: 'greedy', satisfaction, explain: false });
  const byNumber = new Map(projects.map((project) => [String(project.number), project]));
  const uuidOf = (number: string) => byNumber.get(number)?.id ?? number;
  const funded = new Set(outcome.selected);
  const greedyFunded = new Set(greedy.selected);
  const explanationOf = new Map((outcome.explanations ?? []).map((entry) => [entry.projectId, entry]));
  return {
    rule,
    completion: outcome.completion,
    satisfaction,
    currency: settings.currency,
    pot: pot.total,
    voters: outcome.voters,
    cost: outcome.cost,
    greedyCost: greedy.cost,
    selected: outcome.selected.map(uuidOf),
    greedySelected: greedy.selected.map(uuidOf),
    projects: instance.projects.map((entry) => {
      const project = byNumber.get(entry.id);
      const explanation = explanationOf.get(entry.id) ?? null;
      return {
        id: project?.id ?? entry.id,
        number: Number(entry.id),
        titles: project?.titles ?? {},
        cost: entry.cost,
        category: project?.category ?? null,
        latitude: project?.latitude ?? null,
        longitude: project?.longitude ?? null,
        jurisdiction: project?.jurisdiction ?? '',
        supporters: explanation?.supporters ?? 0,
        funded: funded.has(entry.id),
        fundedByGreedy: greedyFunded.has(entry.id),
        explanation,
      };
    }),
    fairness: outcome.jurisdictions ?? [],
  };
}
