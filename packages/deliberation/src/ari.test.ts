import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './ari.ts';

const labels = (values: Array<string | number>) =>
  new Map(values.map((value, i) => [String(i), String(value)]));

describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex(labels([0, 0, 1, 1, 2]), labels(['b', 'b', 'a', 'a', 'c']))).toBe(1);
  });

  it('matches the textbook value for a split cluster (Hubert & Arabie)', () => {
    // [0,0,0,1,1,1] vs [0,0,1,1,2,2]: index 2, row pairs 6, column pairs 3, expected 6*3/15 = 1.2,
    // max 4.5 -> (2 - 1.2) / (4.5 - 1.2) = 0.2424...
    expect(adjustedRandIndex(labels([0, 0, 0, 1, 1, 1]), labels([0, 0, 1, 1, 2, 2]))).toBeCloseTo(
      0.8 / 3.3,
      12,
    );
  });

  it('is negative when the partitions disagree more than chance', () => {
    expect(adjustedRandIndex(labels([0, 0, 1, 1]), labels([0, 1, 0, 1]))).toBeLessThan(0);
  });

  it('compares only the items labelled in both', () => {
    const left = labels([0, 0, 1, 1]);
    const right = new Map([...labels([5, 5, 6, 6]), ['extra', '9']]);
    expect(adjustedRandIndex(left, right)).toBe(1);
  });
});
