import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PbParseError, parsePb } from './pb-parse.ts';
import { writePb } from './pb-write.ts';
import { arbitraryInstance } from './testing/arbitraries.ts';

const fixtures = new URL('../test-fixtures/', import.meta.url);
const fixtureNames = readdirSync(fixtures).filter((name) => name.endsWith('.pb'));
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');

const small = [
  'META',
  'key;value',
  'budget;100',
  'vote_type;approval',
  'PROJECTS',
  'project_id;cost;name',
  '1;60;"Park; with ""quotes"""',
  '2;40;Library',
  'VOTES',
  'voter_id;vote;district',
  'a;1,2;north',
  'b;2;south',
].join('\n');

function parseError(text: string): PbParseError {
  try {
    parsePb(text);
  } catch (error) {
    if (error instanceof PbParseError) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('parsePb', () => {
  it.each(fixtureNames)('re-parses its own output of %s to the same instance', (name) => {
    const instance = parsePb(read(name));
    expect(parsePb(writePb(instance))).toEqual(instance);
  });

  it('reads counts, budget and vote type of the Wieliczka file', () => {
    const instance = parsePb(read('poland_wieliczka_2023_green-budget.pb'));
    expect(instance.projects).toHaveLength(64);
    expect(instance.ballots).toHaveLength(6586);
    expect(instance.budget).toBe(1_000_000);
    expect(instance.voteType).toBe('approval');
  });

  it('reads cumulative points beside their projects', () => {
    const instance = parsePb(read('poland_czestochowa_2020_grabowka.pb'));
    expect(instance.ballots[0]).toMatchObject({ voterId: '35', projects: ['196', '198'], points: [6, 4] });
  });

  it('keeps quoted values with separators and doubled quotes', () => {
    expect(parsePb(small).projects[0]?.fields.name).toBe('Park; with "quotes"');
  });

  it('keeps extra vote columns and unknown META keys', () => {
    const instance = parsePb(small.replace('budget;100', 'budget;100\ncustom_key;kept'));
    expect(instance.meta).toContainEqual(['custom_key', 'kept']);
    expect(instance.ballots[1]?.fields.district).toBe('south');
  });

  it('names the line of a vote for an unknown project', () => {
    const error = parseError(small.replace('b;2;south', 'b;7;south'));
    expect(error.line).toBe(12);
    expect(error.message).toContain('unknown project "7"');
  });

  it('names the line of a row with too many values', () => {
    expect(parseError(small.replace('2;40;Library', '2;40;Library;extra')).line).toBe(8);
  });

  it('rejects a cost that is not a number', () => {
    const error = parseError(small.replace('2;40;Library', '2;forty;Library'));
    expect(error).toMatchObject({ line: 8 });
    expect(error.message).toContain('cost "forty"');
  });

  it('rejects an unclosed quote', () => {
    expect(parseError(small.replace('2;40;Library', '2;40;"Library')).line).toBe(8);
  });

  it('rejects a file without a VOTES section', () => {
    expect(parseError(small.slice(0, small.indexOf('VOTES'))).message).toContain('VOTES');
  });

  it('rejects cumulative ballots whose points do not match the projects', () => {
    const text = read('poland_czestochowa_2020_grabowka.pb').replace('35;196,198;6,4', '35;196,198;6');
    expect(parseError(text).message).toContain('2 projects in vote but 1 values in points');
  });

  it('round-trips random instances of every ballot type', () => {
    fc.assert(
      fc.property(arbitraryInstance(), (instance) => {
        expect(parsePb(writePb(instance))).toEqual(instance);
      }),
      { numRuns: 300 },
    );
  });

  it('either parses or reports a line for any hostile text', () => {
    const pieces = fc.constantFrom(
      'META',
      'PROJECTS',
      'VOTES',
      'key;value',
      ';',
      '"',
      '""',
      ',',
      '\n',
      '\r\n',
      'x',
      '1',
      'budget;',
      'vote_type;approval',
      'project_id;cost',
      'voter_id;vote',
      '-1',
      'NaN',
      '\uFEFF',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        try {
          parsePb(input);
        } catch (error) {
          expect(error).toBeInstanceOf(PbParseError);
          expect((error as PbParseError).line).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reports a line for every single-character corruption of a valid file', () => {
    const base = writePb(parsePb(small));
    fc.assert(
      fc.property(
        fc.nat({ max: base.length - 1 }),
        fc.constantFrom(';', '"', ',', '\n', '', 'z', '9'),
        (at, insert) => {
          const input = base.slice(0, at) + insert + base.slice(at + 1);
          try {
            parsePb(input);
          } catch (error) {
            expect(error).toBeInstanceOf(PbParseError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
