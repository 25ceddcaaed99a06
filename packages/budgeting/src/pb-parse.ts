import { type Ballot, type PbInstance, type Project, VOTE_TYPES, type VoteType } from './instance.ts';
import { type SplitLine, splitCells } from './pb-cells.ts';

/** A `.pb` file that cannot be read; `line` is 1-based (0 when the problem is the file as a whole). */
export class PbParseError extends Error {
  override readonly name = 'PbParseError';
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(line > 0 ? `line ${line}: ${problem}` : problem);
  }
}

type Section = 'meta' | 'projects' | 'votes';
const SECTIONS: readonly string[] = ['meta', 'projects', 'votes'];

/** Pabulib writes decimal costs with a dot, a few files with a comma (pabutools accepts both). */
function parseAmount(text: string): number {
  if (text.length === 0) return Number.NaN;
  const value = Number(text.indexOf(',') >= 0 ? text.replace(',', '.') : text);
  return Number.isFinite(value) ? value : Number.NaN;
}

function sectionTitle(split: SplitLine): Section | undefined {
  const first = split.cells[0] ?? '';
  // Cheap rejection first: this runs for every one of ~100k vote lines.
  if (first.length !== 4 && first.length !== 5 && first.length !== 8) return undefined;
  if (split.quoted?.[0]) return undefined;
  const lower = first.toLowerCase();
  if (!SECTIONS.includes(lower)) return undefined;
  for (let index = 1; index < split.cells.length; index++) if (split.cells[index] !== '') return undefined;
  return lower as Section;
}

interface Reader {
  instance: PbInstance;
  section: Section | undefined;
  header: string[] | undefined;
  seen: Set<Section>;
  projectIndex: Map<string, number>;
  voteColumn: number;
  pointsColumn: number;
  voterColumn: number;
  idColumn: number;
  costColumn: number;
  /** Columns kept as raw fields, computed once per header. */
  otherColumns: number[];
}

function readHeader(reader: Reader, cells: string[], line: number): void {
  const header = cells;
  const duplicate = header.find((name, index) => header.indexOf(name) !== index);
  if (duplicate !== undefined)
    throw new PbParseError(line, `column "${duplicate}" appears twice in the header`);
  reader.header = header;
  if (reader.section === 'projects') {
    reader.idColumn = header.indexOf('project_id');
    reader.costColumn = header.indexOf('cost');
    if (reader.idColumn < 0 || reader.costColumn < 0)
      throw new PbParseError(line, 'the PROJECTS header needs the columns project_id and cost');
    reader.instance.projectColumns = header;
    reader.otherColumns = columnsExcept(header, [reader.idColumn, reader.costColumn]);
  } else if (reader.section === 'votes') {
    reader.voterColumn = header.indexOf('voter_id');
    reader.voteColumn = header.indexOf('vote');
    reader.pointsColumn = header.indexOf('points');
    if (reader.voterColumn < 0 || reader.voteColumn < 0)
      throw new PbParseError(line, 'the VOTES header needs the columns voter_id and vote');
    reader.instance.voteColumns = header;
    const cardinal = reader.instance.voteType === 'cumulative' || reader.instance.voteType === 'scoring';
    const used = [reader.voterColumn, reader.voteColumn];
    if (cardinal) used.push(reader.pointsColumn);
    reader.otherColumns = columnsExcept(header, used);
  }
}

function startProjects(reader: Reader, line: number): void {
  const meta = new Map(reader.instance.meta);
  const budgetText = meta.get('budget');
  if (budgetText === undefined) throw new PbParseError(line, 'META has no budget before PROJECTS');
  const budget = parseAmount(budgetText);
  if (Number.isNaN(budget) || budget < 0)
    throw new PbParseError(line, `META budget "${budgetText}" is not a non-negative number`);
  const voteType = meta.get('vote_type');
  if (voteType === undefined) throw new PbParseError(line, 'META has no vote_type before PROJECTS');
  if (!VOTE_TYPES.includes(voteType as VoteType))
    throw new PbParseError(line, `vote_type "${voteType}" is not one of ${VOTE_TYPES.join(', ')}`);
  reader.instance.budget = budget;
  reader.instance.voteType = voteType as VoteType;
}

function otherFields(header: string[], cells: string[], columns: number[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const column of columns) fields[header[column] ?? ''] = cells[column] ?? '';
  return fields;
}

function columnsExcept(header: string[], skip: number[]): number[] {
  return header.map((_, index) => index).filter((index) => !skip.includes(index));
}

function readProject(reader: Reader, header: string[], cells: string[], line: number): void {
  const id = cells[reader.idColumn] ?? '';
  if (id === '') throw new PbParseError(line, 'project_id is empty');
  if (id.indexOf(',') >= 0) throw new PbParseError(line, `project_id "${id}" contains a comma`);
  if (reader.projectIndex.has(id)) throw new PbParseError(line, `project_id "${id}" appears twice`);
  const costText = cells[reader.costColumn] ?? '';
  const cost = parseAmount(costText);
  if (Number.isNaN(cost) || cost < 0)
    throw new PbParseError(line, `cost "${costText}" of project ${id} is not a non-negative number`);
  const project: Project = { id, cost, fields: otherFields(header, cells, reader.otherColumns) };
  reader.projectIndex.set(id, reader.instance.projects.length);
  reader.instance.projects.push(project);
}

function readVote(reader: Reader, header: string[], cells: string[], line: number): void {
  const voteText = cells[reader.voteColumn] ?? '';
  const projects: string[] = [];
  if (voteText !== '') {
    for (const part of voteText.split(',')) {
      const id = part.trim();
      if (id === '') continue;
      if (!reader.projectIndex.has(id)) throw new PbParseError(line, `vote names unknown project "${id}"`);
      if (projects.includes(id)) throw new PbParseError(line, `vote names project "${id}" twice`);
      projects.push(id);
    }
  }
  const cardinal = reader.instance.voteType === 'cumulative' || reader.instance.voteType === 'scoring';
  let points: number[] | null = null;
  if (cardinal) {
    const pointsText = reader.pointsColumn >= 0 ? (cells[reader.pointsColumn] ?? '') : '';
    const parts = pointsText === '' ? [] : pointsText.split(',');
    if (parts.length !== projects.length)
      throw new PbParseError(
        line,
        `${projects.length} projects in vote but ${parts.length} values in points`,
      );
    points = parts.map((part) => {
      const value = parseAmount(part.trim());
      if (Number.isNaN(value)) throw new PbParseError(line, `points value "${part.trim()}" is not a number`);
      return value;
    });
  }
  const ballot: Ballot = {
    voterId: cells[reader.voterColumn] ?? '',
    projects,
    points,
    fields: otherFields(header, cells, reader.otherColumns),
  };
  reader.instance.ballots.push(ballot);
}

function readRow(reader: Reader, split: SplitLine, line: number): void {
  const { cells } = split;
  const header = reader.header;
  if (!reader.section) throw new PbParseError(line, 'text before the META section');
  if (!header) {
    readHeader(reader, cells, line);
    return;
  }
  if (cells.length !== header.length)
    throw new PbParseError(
      line,
      `${cells.length} values but the ${reader.section.toUpperCase()} header has ${header.length} columns`,
    );
  if (reader.section === 'meta') {
    reader.instance.meta.push([cells[0] ?? '', cells[1] ?? '']);
  } else if (reader.section === 'projects') {
    readProject(reader, header, cells, line);
  } else {
    readVote(reader, header, cells, line);
  }
}

function enterSection(reader: Reader, section: Section, line: number): void {
  if (reader.seen.has(section)) throw new PbParseError(line, `a second ${section.toUpperCase()} section`);
  const expected: Section = reader.seen.size === 0 ? 'meta' : reader.seen.size === 1 ? 'projects' : 'votes';
  if (section !== expected)
    throw new PbParseError(
      line,
      `${section.toUpperCase()} found where ${expected.toUpperCase()} was expected`,
    );
  if (reader.section && !reader.header)
    throw new PbParseError(line, `the ${reader.section.toUpperCase()} section has no header line`);
  if (section === 'projects') startProjects(reader, line);
  reader.seen.add(section);
  reader.section = section;
  reader.header = undefined;
}

function isBlank(line: string): boolean {
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * Reads a pabulib `.pb` file (format of pabulib.org/format, as parsed by pabutools' `parse_pabulib`): META,
 * PROJECTS and VOTES sections, each a title line and a header line, `;`-separated with `"` quoting.
 * Streams the text line by line without regular expressions; throws {@link PbParseError} naming the line.
 */
export function parsePb(text: string): PbInstance {
  const reader: Reader = {
    instance: {
      meta: [],
      voteType: 'approval',
      budget: 0,
      projectColumns: [],
      projects: [],
      voteColumns: [],
      ballots: [],
    },
    section: undefined,
    header: undefined,
    seen: new Set(),
    projectIndex: new Map(),
    voteColumn: -1,
    pointsColumn: -1,
    voterColumn: -1,
    idColumn: -1,
    costColumn: -1,
    otherColumns: [],
  };
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  while (start <= text.length) {
    line++;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    const raw = text.slice(start, stop);
    start = end + 1;
    if (isBlank(raw)) continue;
    if (raw.indexOf('\r') >= 0) throw new PbParseError(line, 'a carriage return inside the line');
    const split = splitCells(raw);
    if (typeof split === 'string') throw new PbParseError(line, split);
    const section = sectionTitle(split);
    if (section) enterSection(reader, section, line);
    else readRow(reader, split, line);
  }
  if (!reader.seen.has('votes')) {
    const missing = ['meta', 'projects', 'votes'].filter((name) => !reader.seen.has(name as Section));
    throw new PbParseError(
      line,
      `the file ends without a ${missing.map((name) => name.toUpperCase()).join(', ')} section`,
    );
  }
  if (!reader.header) throw new PbParseError(line, 'the VOTES section has no header line');
  return reader.instance;
}
