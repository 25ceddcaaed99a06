import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, writeCsv } from './csv.ts';
import { parseCommentsCsv, parseVotesCsv } from './polis-open-data.ts';

const HEADER = 'timestamp,datetime,comment-id,voter-id,vote\n';

describe('CSV reading', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const records = parseCsv('a,b\n1,"x, ""y""\nz"\n2,w\n');
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', 'x, "y"\nz'],
      ['2', 'w'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('names the line of a vote that is not -1, 0 or 1', () => {
    expect(() => parseVotesCsv(`${HEADER}1,d,0,5,1\n2,d,0,6,yes\n`)).toThrow(
      /votes\.csv line 3: vote must be/,
    );
  });

  it('names the line of a record with a missing field', () => {
    expect(() => parseVotesCsv(`${HEADER}1,d,0,5\n`)).toThrow(/line 2: expected 5 fields, found 4/);
  });

  it('names the line where an unclosed quote starts', () => {
    expect(() => parseCommentsCsv('comment-id,moderated,comment-body\n1,0,ok\n2,0,"never closed\n')).toThrow(
      /comments\.csv line 3: a quoted field is never closed/,
    );
  });

  it('rejects a header without the Polis columns', () => {
    expect(() => parseVotesCsv('a,b\n1,2\n')).toThrow(
      /line 1: the header lacks timestamp, comment-id, voter-id, vote/,
    );
  });

  it('never throws anything but a line-numbered CsvError on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '1', '-', ',', '"', '\n', '\r', ' ', '0') }),
        (body) => {
          try {
            parseVotesCsv(HEADER + body);
          } catch (error) {
            expect(error).toBeInstanceOf(CsvError);
            expect((error as CsvError).line).toBeGreaterThanOrEqual(1);
            expect((error as CsvError).message).toMatch(/^votes\.csv line \d+: /);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back what it writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const width = rows[0]?.length ?? 2;
          const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
          expect(parseCsv(writeCsv(table)).map((record) => record.fields)).toEqual(
            table.filter((row) => !(row.length === 1 && row[0] === '')),
          );
        },
      ),
    );
  });
});
