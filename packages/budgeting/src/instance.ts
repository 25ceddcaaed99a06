/**
 * A participatory-budgeting election as stored in a pabulib `.pb` file (Faliszewski et al., "Participatory
 * Budgeting: Data, Tools and Analysis", IJCAI 2023; format at pabulib.org/format). Everything the file says is
 * kept, including META keys and project/vote columns this engine does not use, so a file can be re-written.
 */
export type VoteType = 'approval' | 'cumulative' | 'ordinal' | 'scoring' | 'choose-1';

export const VOTE_TYPES: readonly VoteType[] = ['approval', 'cumulative', 'ordinal', 'scoring', 'choose-1'];

export interface Project {
  id: string;
  cost: number;
  /** The other PROJECTS columns (name, votes, selected, ...), as written in the file. */
  fields: Record<string, string>;
}

export interface Ballot {
  voterId: string;
  /** Project ids; for ordinal ballots in preference order. */
  projects: string[];
  /** Points per project (cumulative and scoring ballots), same order as `projects`; otherwise null. */
  points: number[] | null;
  /** The other VOTES columns (age, sex, district, ...), as written in the file. */
  fields: Record<string, string>;
}

export interface PbInstance {
  /** META key/value pairs in file order. */
  meta: [string, string][];
  voteType: VoteType;
  budget: number;
  /** PROJECTS header in file order (includes `project_id` and `cost`). */
  projectColumns: string[];
  projects: Project[];
  /** VOTES header in file order (includes `voter_id` and `vote`). */
  voteColumns: string[];
  ballots: Ballot[];
}

/** The last value of a META key (pabutools keeps the last one too), or undefined. */
export function metaValue(instance: Pick<PbInstance, 'meta'>, key: string): string | undefined {
  for (let index = instance.meta.length - 1; index >= 0; index--) {
    const pair = instance.meta[index];
    if (pair && pair[0] === key) return pair[1];
  }
  return undefined;
}
