import type { Statement, Vote, VoteValue } from './types.ts';

/**
 * Reads the JSON that Polis's API serves and red-dwarf stores as test fixtures (votes.json, comments.json):
 * `pid`/`participant_id`, `tid`/`statement_id`, `vote` with agree = +1, `modified` in ms; comments with
 * `mod`/`moderated` and `is_meta`.
 */

export class PolisJsonError extends Error {
  override name = 'PolisJsonError';
}

function field(record: Record<string, unknown>, names: string[], index: number, file: string): unknown {
  for (const name of names) if (record[name] !== undefined && record[name] !== null) return record[name];
  throw new PolisJsonError(`${file}: entry ${index} has no ${names.join(' or ')}`);
}

function asRecords(value: unknown, file: string): Record<string, unknown>[] {
  if (!Array.isArray(value)) throw new PolisJsonError(`${file}: expected a JSON array`);
  return value.map((entry, index) => {
    if (typeof entry !== 'object' || entry === null)
      throw new PolisJsonError(`${file}: entry ${index} is not an object`);
    return entry as Record<string, unknown>;
  });
}

/** Votes from a parsed votes.json. */
export function votesFromPolisJson(value: unknown): Vote[] {
  return asRecords(value, 'votes.json').map((record, index) => {
    const vote = Number(field(record, ['vote'], index, 'votes.json'));
    if (vote !== -1 && vote !== 0 && vote !== 1)
      throw new PolisJsonError(`votes.json: entry ${index} has vote ${vote}`);
    return {
      participantId: String(field(record, ['pid', 'participant_id'], index, 'votes.json')),
      commentId: String(field(record, ['tid', 'statement_id'], index, 'votes.json')),
      vote: vote as VoteValue,
      timestamp: Number(record.modified ?? 0),
    };
  });
}

/** Statements from a parsed comments.json. */
export function statementsFromPolisJson(value: unknown): Statement[] {
  return asRecords(value, 'comments.json').map((record, index) => {
    const moderated = Number(record.mod ?? record.moderated ?? 0);
    return {
      commentId: String(field(record, ['tid', 'statement_id'], index, 'comments.json')),
      text: String(record.txt ?? ''),
      moderated: moderated === -1 ? -1 : moderated === 1 ? 1 : 0,
      isMeta: record.is_meta === true,
    };
  });
}
