import { describe, expect, it } from 'vitest';
import { histogram } from './probability-histogram.ts';

describe('the probability histogram', () => {
  it('puts everyone in the top bin when all probabilities are equal', () => {
    const bins = histogram([0.1, 0.1, 0.1]);
    expect(bins).toHaveLength(10);
    expect(bins.at(-1)?.count).toBe(3);
    expect(bins.slice(0, -1).every((bin) => bin.count === 0)).toBe(true);
  });

  it('counts every volunteer once, in the tenth of the range they fall in', () => {
    const bins = histogram([0, 0.05, 0.5, 0.95, 1]);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(5);
    expect(bins[0]?.count).toBe(2);
    expect(bins[5]?.count).toBe(1);
    expect(bins[9]?.count).toBe(2);
    expect(bins[9]?.to).toBeCloseTo(1);
  });
});
