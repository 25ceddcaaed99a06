import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from './consultation-export.ts';
import { median, nearestRank, scoreboardOf } from './scoreboard.ts';

const DAY = 86_400_000;
const idea = (status: string | null, daysToAnswer: number | null) => ({
  status,
  createdAt: new Date(0),
  firstAnsweredAt: daysToAnswer === null ? null : new Date(daysToAnswer * DAY),
});

/** RFC 4180 reading of one line, to check that the export's cells read back as written. */
function readCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

describe('the scoreboard figures', () => {
  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([1, 2, 4, 10])).toBe(3);
    expect(median([1, 2, 4])).toBe(2);
    expect(median([])).toBeNull();
  });

  it('takes the 90th percentile by nearest rank', () => {
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10);
    expect(nearestRank([7], 0.9)).toBe(7);
  });

  it('counts unanswered ideas in the total but not in the answered or the times', () => {
    const board = scoreboardOf([idea('accepted', 1.26), idea('implemented', 3), idea(null, null)]);
    expect(board).toEqual({
      ideas: 3,
      answered: 2,
      byStatus: { under_review: 0, accepted: 1, partly: 0, not_pursued: 0, implemented: 1 },
      medianDaysToAnswer: 2.1,
      p90DaysToAnswer: 3,
    });
  });
});

describe('CSV cells', () => {
  it('read back as written, whatever the text (formula starts aside)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), (texts) => {
        const safe = texts.filter((text) => !/^[=+\-@\t\r]/.test(text) && !/[\r\n]/.test(text));
        if (safe.length === 0) return;
        expect(readCsvLine(safe.map(csvCell).join(','))).toEqual(safe);
      }),
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });
});
