/**
 * A small RFC 4180 CSV reader and writer: quoted fields may hold commas, quotes ("") and line breaks.
 * Errors name the line where the bad record starts.
 */

export class CsvError extends Error {
  override name = 'CsvError';
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file} line ${line}: ${problem}`);
  }
}

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

/** Splits CSV text into records; throws CsvError on an unterminated quote or text after a closing quote. */
export function parseCsv(text: string, file = 'input'): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let afterQuote = false;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    afterQuote = false;
  };
  for (; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      continue;
    }
    if (char === ',') {
      fields.push(field);
      field = '';
      afterQuote = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else if (afterQuote) {
      throw new CsvError(file, line, 'text after a closing quote (a quote inside a field must be doubled)');
    } else if (char === '"') {
      if (field !== '') throw new CsvError(file, line, 'a quote in the middle of an unquoted field');
      quoted = true;
    } else {
      field += char;
    }
  }
  if (quoted) throw new CsvError(file, recordLine, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes rows as CSV with \n line ends, quoting only where needed. */
export function writeCsv(rows: Array<Array<string | number>>): string {
  return rows
    .map((row) => row.map((value) => quote(String(value))).join(','))
    .join('\n')
    .concat('\n');
}
