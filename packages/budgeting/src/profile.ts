import { metaValue, type PbInstance } from './instance.ts';

/** How ballots become utilities. `ballot`: points for cumulative/scoring, Borda-like for ordinal; `approval`: 1 each. */
export type UtilityModel = 'ballot' | 'approval';

/** An instance whose ballot semantics this engine does not define (e.g. negative points). */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

/**
 * The election in compact numeric form. Identical ballots are merged into one weighted group (as pabutools'
 * multi-profiles do): voters with the same ballot pay the same in every rule here, so results do not change.
 */
export interface Profile {
  projectIds: string[];
  cost: Float64Array;
  budget: number;
  /** Total voter weight (the number of voters when nobody is weighted). */
  voterCount: number;
  groupCount: number;
  /** Voters per group. */
  weight: Float64Array;
  /** Ballot index -> group index. */
  groupOf: Int32Array;
  /** Ballot index -> its voter weight (1 unless weights were given). */
  ballotWeight: Float64Array;
  /** Per project: the groups that support it. */
  supporters: Int32Array[];
  /** Per project, aligned with `supporters`: the base utility w (1 for approval, points, Borda score). */
  points: Float64Array[];
  /** Per project: voters who list it (weighted). */
  supportCount: Float64Array;
  /** Per project: Σ voters × w. */
  totalPoints: Float64Array;
}

/**
 * Ordinal ballots get Borda-like scores: the project ranked at position k (0-based) gets L − k, where L is
 * META max_length when given (else the longest ballot). This reproduces pabulib's `score` column (checked on
 * Kraków 2020 Podgórze: 3/2/1 points). MES on these scores is the cardinal-utility MES of Peters, Pierczyński,
 * Skowron (NeurIPS 2021); pabutools itself only defines MES on ordinal ballots via such a conversion.
 */
function ordinalLength(instance: PbInstance): number {
  const declared = Number(metaValue(instance, 'max_length'));
  let longest = 0;
  for (const ballot of instance.ballots) longest = Math.max(longest, ballot.projects.length);
  return Number.isInteger(declared) && declared >= longest ? declared : longest;
}

function ballotPoints(
  instance: PbInstance,
  model: UtilityModel,
  length: number,
): (index: number) => number[] {
  return (index) => {
    const ballot = instance.ballots[index];
    if (!ballot) return [];
    if (model === 'approval' || instance.voteType === 'approval' || instance.voteType === 'choose-1')
      return ballot.projects.map(() => 1);
    if (instance.voteType === 'ordinal') return ballot.projects.map((_, position) => length - position);
    return ballot.points ?? ballot.projects.map(() => 1);
  };
}

/**
 * Builds the numeric profile; throws {@link ProfileError} for negative points (MES needs utilities ≥ 0) or
 * bad weights. `voterWeights` (one per ballot, whole numbers ≥ 0) make a voter count as that many voters: MES
 * gives it that many endowments and it pays as that many (weighted MES; pabutools' ballot multiplicity).
 */
export function buildProfile(
  instance: PbInstance,
  model: UtilityModel = 'ballot',
  voterWeights?: readonly number[],
): Profile {
  if (voterWeights && voterWeights.length !== instance.ballots.length)
    throw new ProfileError(`${voterWeights.length} voter weights for ${instance.ballots.length} ballots`);
  const ballotWeight = new Float64Array(instance.ballots.length).fill(1);
  voterWeights?.forEach((weight, index) => {
    if (!Number.isInteger(weight) || weight < 0)
      throw new ProfileError(
        `voter ${instance.ballots[index]?.voterId}: weight ${weight} is not a whole number ≥ 0`,
      );
    ballotWeight[index] = weight;
  });
  const projectIds = instance.projects.map((project) => project.id);
  const indexOf = new Map(projectIds.map((id, index) => [id, index]));
  const pointsOf = ballotPoints(
    instance,
    model,
    instance.voteType === 'ordinal' ? ordinalLength(instance) : 0,
  );
  const groups = new Map<string, number>();
  const groupOf = new Int32Array(instance.ballots.length);
  const weights: number[] = [];
  const groupBallots: { projects: number[]; points: number[] }[] = [];
  const unitPoints =
    model === 'approval' || instance.voteType === 'approval' || instance.voteType === 'choose-1';
  instance.ballots.forEach((ballot, ballotIndex) => {
    let projects: number[];
    let points: number[];
    let key: string;
    if (unitPoints) {
      // Fast path for approval: insertion-sorted project indices, one UTF-16 code unit each, as the key.
      projects = [];
      for (const id of ballot.projects) {
        const project = indexOf.get(id) ?? 0;
        let at = projects.length;
        while (at > 0 && (projects[at - 1] ?? 0) > project) at--;
        projects.splice(at, 0, project);
      }
      points = projects.map(() => 1);
      key =
        projects.length < 64 && projectIds.length < 65_536
          ? String.fromCharCode(...projects)
          : projects.join(',');
    } else {
      const given = pointsOf(ballotIndex);
      const pairs: [number, number][] = [];
      ballot.projects.forEach((id, position) => {
        const value = given[position] ?? 0;
        if (value < 0)
          throw new ProfileError(
            `voter ${ballot.voterId} gives ${value} points to ${id}; MES needs points ≥ 0`,
          );
        if (value > 0) pairs.push([indexOf.get(id) ?? -1, value]);
      });
      pairs.sort((a, b) => a[0] - b[0]);
      projects = pairs.map((pair) => pair[0]);
      points = pairs.map((pair) => pair[1]);
      key = pairs.map(([project, value]) => `${project}:${value}`).join(',');
    }
    let group = groups.get(key);
    if (group === undefined) {
      group = weights.length;
      groups.set(key, group);
      weights.push(0);
      groupBallots.push({ projects, points });
    }
    weights[group] = (weights[group] ?? 0) + (ballotWeight[ballotIndex] ?? 1);
    groupOf[ballotIndex] = group;
  });
  const supporterLists: number[][] = projectIds.map(() => []);
  const pointLists: number[][] = projectIds.map(() => []);
  groupBallots.forEach((ballot, group) => {
    ballot.projects.forEach((project, position) => {
      supporterLists[project]?.push(group);
      pointLists[project]?.push(ballot.points[position] ?? 0);
    });
  });
  const weight = Float64Array.from(weights);
  const supportCount = new Float64Array(projectIds.length);
  const totalPoints = new Float64Array(projectIds.length);
  supporterLists.forEach((list, project) => {
    list.forEach((group, position) => {
      const voters = weight[group] ?? 0;
      supportCount[project] = (supportCount[project] ?? 0) + voters;
      totalPoints[project] = (totalPoints[project] ?? 0) + voters * (pointLists[project]?.[position] ?? 0);
    });
  });
  return {
    projectIds,
    cost: Float64Array.from(instance.projects.map((project) => project.cost)),
    budget: instance.budget,
    voterCount: ballotWeight.reduce((sum, weight) => sum + weight, 0),
    groupCount: weights.length,
    weight,
    groupOf,
    ballotWeight,
    supporters: supporterLists.map((list) => Int32Array.from(list)),
    points: pointLists.map((list) => Float64Array.from(list)),
    supportCount,
    totalPoints,
  };
}
