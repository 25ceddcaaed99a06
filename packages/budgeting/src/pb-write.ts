import type { PbInstance } from './instance.ts';
import { joinCells, quoteCell } from './pb-cells.ts';

/** An instance that cannot be written as a `.pb` file (a value the format cannot hold). */
export class PbWriteError extends Error {
  override readonly name = 'PbWriteError';
}

const SECTION_WORDS = new Set(['meta', 'projects', 'votes']);

function checkValue(value: string, where: string): string {
  if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)
    throw new PbWriteError(`${where}: a line break cannot be stored in a .pb value`);
  return value;
}

/** A row whose only non-empty value is a section word would read back as a title: quote that value. */
function row(values: string[], where: string): string {
  for (const value of values) checkValue(value, where);
  const first = values[0] ?? '';
  const onlyFirst = values.every((value, index) => index === 0 || value === '');
  if (onlyFirst && SECTION_WORDS.has(first.toLowerCase()))
    return [quoteCell(first, true), ...values.slice(1).map((value) => quoteCell(value))].join(';');
  return joinCells(values);
}

function formatNumber(value: number): string {
  return String(value);
}

/**
 * Writes an instance in the pabulib format (pabulib.org/format), keeping every META key and every extra
 * project/vote column, so that `parsePb(writePb(x))` equals `x`. Lines end with `\n`.
 */
export function writePb(instance: PbInstance): string {
  const lines: string[] = ['META', 'key;value'];
  for (const [key, value] of instance.meta) lines.push(row([key, value], `META ${key}`));
  lines.push('PROJECTS', row(instance.projectColumns, 'PROJECTS header'));
  for (const project of instance.projects) {
    if (project.id.indexOf(',') >= 0) throw new PbWriteError(`project_id "${project.id}" contains a comma`);
    const values = instance.projectColumns.map((column) => {
      if (column === 'project_id') return project.id;
      if (column === 'cost') return formatNumber(project.cost);
      return project.fields[column] ?? '';
    });
    lines.push(row(values, `project ${project.id}`));
  }
  lines.push('VOTES', row(instance.voteColumns, 'VOTES header'));
  for (const ballot of instance.ballots) {
    const values = instance.voteColumns.map((column) => {
      if (column === 'voter_id') return ballot.voterId;
      if (column === 'vote') return ballot.projects.join(',');
      if (column === 'points' && ballot.points) return ballot.points.map(formatNumber).join(',');
      return ballot.fields[column] ?? '';
    });
    lines.push(row(values, `voter ${ballot.voterId}`));
  }
  return `${lines.join('\n')}\n`;
}
