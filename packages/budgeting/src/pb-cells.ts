/** Splits and joins the `;`-separated, `"`-quoted lines of a pabulib file (RFC 4180 quoting, one line each). */

export interface SplitLine {
  cells: string[];
  /** Which cells were quoted; a quoted cell keeps its spaces and is never read as a section title. */
  quoted: boolean[] | null;
}

/** Splits one line; returns a string describing the problem when a quote is not closed properly. */
export function splitCells(line: string): SplitLine | string {
  if (line.indexOf('"') < 0) {
    const cells = line.split(';');
    for (let index = 0; index < cells.length; index++) cells[index] = (cells[index] ?? '').trim();
    return { cells, quoted: null };
  }
  const cells: string[] = [];
  const quoted: boolean[] = [];
  let position = 0;
  const length = line.length;
  while (position <= length) {
    let start = position;
    while (start < length && (line[start] === ' ' || line[start] === '\t')) start++;
    if (line[start] === '"') {
      let value = '';
      let cursor = start + 1;
      for (;;) {
        const close = line.indexOf('"', cursor);
        if (close < 0) return `a quoted value starting at column ${start + 1} is not closed`;
        value += line.slice(cursor, close);
        if (line[close + 1] === '"') {
          value += '"';
          cursor = close + 2;
          continue;
        }
        cursor = close + 1;
        break;
      }
      while (cursor < length && (line[cursor] === ' ' || line[cursor] === '\t')) cursor++;
      if (cursor < length && line[cursor] !== ';')
        return `unexpected text after the closing quote at column ${cursor + 1}`;
      cells.push(value);
      quoted.push(true);
      position = cursor + 1;
      continue;
    }
    const end = line.indexOf(';', position);
    const stop = end < 0 ? length : end;
    const raw = line.slice(position, stop);
    if (raw.indexOf('"') >= 0)
      return `a quote inside an unquoted value at column ${position + raw.indexOf('"') + 1}`;
    cells.push(raw.trim());
    quoted.push(false);
    position = stop + 1;
  }
  return { cells, quoted };
}

function needsQuotes(value: string): boolean {
  if (value.length === 0) return false;
  if (value.trim() !== value) return true;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 59 /* ; */ || code === 34 /* " */) return true;
  }
  return false;
}

/** Quotes a cell when reading it back unquoted would change it. */
export function quoteCell(value: string, force = false): string {
  if (!force && !needsQuotes(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

export function joinCells(values: string[]): string {
  return values.map((value) => quoteCell(value)).join(';');
}
