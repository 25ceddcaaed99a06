import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { parseCategories, parseRespondents, SortitionInputError } from './pool-input.ts';

const quote = (cell: string) =>
  /[",\r\n]/.test(cell) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell;

describe('parseCsv', () => {
  it('reads back any table written with RFC 4180 quoting', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é'),
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (table) => {
          const text = table.map((row) => row.map(quote).join(',')).join('\r\n');
          expect(parseCsv(text).map((row) => row.cells)).toEqual(table);
        },
      ),
    );
  });

  it('reports the line of an unclosed quote', () => {
    expect(() => parseCsv('a,b\n"open,c\n')).toThrow(/line 2/);
  });
});

describe('parseCategories', () => {
  it('reads the paper format and ignores extra columns', () => {
    const quotas = parseCategories('category,feature,min,max,note\ngender,female,9,20,x\n');
    expect(quotas).toEqual([{ category: 'gender', feature: 'female', min: 9, max: 20 }]);
  });

  it('reads the sortition-algorithms header feature,value,min,max,min_flex,max_flex', () => {
    const quotas = parseCategories('feature,value,min,max,min_flex,max_flex\nGender,Male,10,11,0,12\n');
    expect(quotas).toEqual([{ category: 'Gender', feature: 'Male', min: 10, max: 11 }]);
  });

  it('names the file, line and field of a non-numeric min', () => {
    const read = () =>
      parseCategories('category,feature,min,max\ngender,male,1,2\ngender,female,lots,3\n', 'cats.csv');
    expect(read).toThrow(SortitionInputError);
    expect(read).toThrow('cats.csv, line 3, field "min"');
  });

  it('rejects a min above the max', () => {
    expect(() => parseCategories('category,feature,min,max\ngender,male,4,2\n')).toThrow(
      /min 4 is above max 2/,
    );
  });

  it('accepts or rejects any text cleanly, never with another error', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('category', 'feature', 'min', 'max', ',', '\n', '1', '-', '"', 'x'),
        }),
        (text) => {
          try {
            parseCategories(text);
          } catch (error) {
            expect(error).toBeInstanceOf(SortitionInputError);
          }
        },
      ),
    );
  });
});

describe('parseRespondents', () => {
  const quotas = parseCategories('category,feature,min,max\ngender,f,0,2\ngender,m,0,2\n');

  it('uses the row number from 0 as the id when no id column is named', () => {
    const people = parseRespondents('gender\nf\nm\n', quotas);
    expect(people.map((person) => person.id)).toEqual(['0', '1']);
  });

  it('reads the id and household columns', () => {
    const people = parseRespondents('id,gender,home\na,f,h1\nb,m,h1\n', quotas, {
      idColumn: 'id',
      householdColumn: 'home',
    });
    expect(people).toEqual([
      { id: 'a', features: { gender: 'f' }, household: 'h1' },
      { id: 'b', features: { gender: 'm' }, household: 'h1' },
    ]);
  });

  it('names the line and category of a feature value the quotas do not know', () => {
    expect(() => parseRespondents('gender\nf\nx\n', quotas, {}, 'pool.csv')).toThrow(
      'pool.csv, line 3, field "gender"',
    );
  });

  it('names a missing category column', () => {
    expect(() => parseRespondents('age\n1\n', quotas, {}, 'pool.csv')).toThrow(
      /field "gender": column missing/,
    );
  });

  it('rejects a repeated id', () => {
    expect(() => parseRespondents('id,gender\na,f\na,m\n', quotas, { idColumn: 'id' })).toThrow(
      /appears twice/,
    );
  });
});
