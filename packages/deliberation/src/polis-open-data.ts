import { CsvError, type CsvRecord, parseCsv, writeCsv } from './csv.ts';
import type { Statement, Vote, VoteValue } from './types.ts';
import { compareIds } from './vote-matrix.ts';

/**
 * Polis's open-data export (compdemocracy/openData): votes.csv (timestamp,datetime,comment-id,voter-id,vote),
 * comments.csv (timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body) and
 * participants-votes.csv (participant,group-id,n-comments,n-votes,n-agree,n-disagree,<comment ids>...).
 * Signs as exported: agree = +1, disagree = -1, pass = 0.
 */

function columns(
  records: CsvRecord[],
  file: string,
  required: string[],
): { header: string[]; index: Map<string, number> } {
  const first = records[0];
  if (!first) throw new CsvError(file, 1, `the file is empty; expected a header with ${required.join(', ')}`);
  const header = first.fields.map((name) => name.trim());
  const index = new Map(header.map((name, position) => [name, position]));
  const missing = required.filter((name) => !index.has(name));
  if (missing.length > 0) throw new CsvError(file, first.line, `the header lacks ${missing.join(', ')}`);
  return { header, index };
}

function cell(record: CsvRecord, index: Map<string, number>, name: string): string {
  return (record.fields[index.get(name) ?? -1] ?? '').trim();
}

function checkWidth(record: CsvRecord, width: number, file: string): void {
  if (record.fields.length !== width)
    throw new CsvError(file, record.line, `expected ${width} fields, found ${record.fields.length}`);
}

function voteValue(text: string, file: string, line: number): VoteValue {
  if (text === '1') return 1;
  if (text === '-1') return -1;
  if (text === '0') return 0;
  throw new CsvError(file, line, `vote must be 1 (agree), -1 (disagree) or 0 (pass), not "${text}"`);
}

function identifier(text: string, name: string, file: string, line: number): string {
  if (text === '') throw new CsvError(file, line, `${name} is empty`);
  return text;
}

/** Reads votes.csv; throws CsvError naming the line of the first bad record. */
export function parseVotesCsv(text: string, file = 'votes.csv'): Vote[] {
  const records = parseCsv(text, file);
  const { header, index } = columns(records, file, ['timestamp', 'comment-id', 'voter-id', 'vote']);
  return records.slice(1).map((record) => {
    checkWidth(record, header.length, file);
    const timestamp = Number(cell(record, index, 'timestamp'));
    if (!Number.isFinite(timestamp)) throw new CsvError(file, record.line, 'timestamp is not a number');
    return {
      participantId: identifier(cell(record, index, 'voter-id'), 'voter-id', file, record.line),
      commentId: identifier(cell(record, index, 'comment-id'), 'comment-id', file, record.line),
      vote: voteValue(cell(record, index, 'vote'), file, record.line),
      timestamp,
    };
  });
}

/** Reads comments.csv (`moderated`: -1 out, 0 unmoderated, 1 in). */
export function parseCommentsCsv(text: string, file = 'comments.csv'): Statement[] {
  const records = parseCsv(text, file);
  const { header, index } = columns(records, file, ['comment-id', 'moderated']);
  return records.slice(1).map((record) => {
    checkWidth(record, header.length, file);
    const moderated = cell(record, index, 'moderated');
    if (moderated !== '-1' && moderated !== '0' && moderated !== '1')
      throw new CsvError(file, record.line, `moderated must be -1, 0 or 1, not "${moderated}"`);
    const statement: Statement = {
      commentId: identifier(cell(record, index, 'comment-id'), 'comment-id', file, record.line),
      moderated: Number(moderated) as -1 | 0 | 1,
    };
    if (index.has('comment-body')) statement.text = record.fields[index.get('comment-body') ?? -1] ?? '';
    if (index.has('author-id')) statement.authorId = cell(record, index, 'author-id');
    return statement;
  });
}

export interface ParticipantRow {
  participantId: string;
  /** Polis's group id, or undefined when Polis did not cluster the participant. */
  groupId: string | undefined;
  votes: Map<string, VoteValue>;
}

/** Reads participants-votes.csv, whose columns after the sixth are comment ids. */
export function parseParticipantsVotesCsv(text: string, file = 'participants-votes.csv'): ParticipantRow[] {
  const records = parseCsv(text, file);
  const { header, index } = columns(records, file, ['participant', 'group-id']);
  const commentColumns = header
    .map((name, position) => ({ name, position }))
    .filter(({ name }) => /^\d+$/.test(name));
  return records.slice(1).map((record) => {
    checkWidth(record, header.length, file);
    const votes = new Map<string, VoteValue>();
    for (const { name, position } of commentColumns) {
      const value = (record.fields[position] ?? '').trim();
      if (value !== '') votes.set(name, voteValue(value, file, record.line));
    }
    const group = cell(record, index, 'group-id');
    return {
      participantId: identifier(cell(record, index, 'participant'), 'participant', file, record.line),
      groupId: group === '' ? undefined : group,
      votes,
    };
  });
}

/** Writes votes.csv in Polis's column order. */
export function writeVotesCsv(votes: Vote[]): string {
  const rows = [...votes]
    .sort((a, b) => a.timestamp - b.timestamp || compareIds(a.participantId, b.participantId))
    .map((vote) => [
      vote.timestamp,
      new Date(vote.timestamp).toUTCString(),
      vote.commentId,
      vote.participantId,
      vote.vote,
    ]);
  return writeCsv([['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'], ...rows]);
}

/** Writes comments.csv; agrees/disagrees are counted from the latest votes. */
export function writeCommentsCsv(statements: Statement[], votes: Vote[]): string {
  const counts = new Map<string, { agrees: number; disagrees: number }>();
  for (const vote of votes) {
    const count = counts.get(vote.commentId) ?? { agrees: 0, disagrees: 0 };
    if (vote.vote === 1) count.agrees += 1;
    if (vote.vote === -1) count.disagrees += 1;
    counts.set(vote.commentId, count);
  }
  const rows = [...statements]
    .sort((a, b) => compareIds(a.commentId, b.commentId))
    .map((s) => {
      const count = counts.get(s.commentId) ?? { agrees: 0, disagrees: 0 };
      return [
        0,
        '',
        s.commentId,
        s.authorId ?? '',
        count.agrees,
        count.disagrees,
        s.moderated ?? 0,
        s.text ?? '',
      ];
    });
  const header = [
    'timestamp',
    'datetime',
    'comment-id',
    'author-id',
    'agrees',
    'disagrees',
    'moderated',
    'comment-body',
  ];
  return writeCsv([header, ...rows]);
}

/** Writes participants-votes.csv from latest votes and a participant -> group id map. */
export function writeParticipantsVotesCsv(
  votes: Vote[],
  groupOf: ReadonlyMap<string, number | string>,
): string {
  const byParticipant = new Map<string, Map<string, VoteValue>>();
  for (const vote of votes) {
    const row = byParticipant.get(vote.participantId) ?? new Map<string, VoteValue>();
    row.set(vote.commentId, vote.vote);
    byParticipant.set(vote.participantId, row);
  }
  const commentIds = [...new Set(votes.map((vote) => vote.commentId))].sort(compareIds);
  const header = ['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', ...commentIds];
  const rows = [...byParticipant.keys()].sort(compareIds).map((participantId) => {
    const row = byParticipant.get(participantId) ?? new Map<string, VoteValue>();
    const values = [...row.values()];
    return [
      participantId,
      String(groupOf.get(participantId) ?? ''),
      0,
      values.length,
      values.filter((value) => value === 1).length,
      values.filter((value) => value === -1).length,
      ...commentIds.map((id) => (row.has(id) ? String(row.get(id)) : '')),
    ];
  });
  return writeCsv([header, ...rows]);
}
