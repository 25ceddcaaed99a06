import { describe, expect, it } from 'vitest';
import { quotasFromShares } from './assemblies.ts';

const text = (value: string) => ({ en: { text: value, provenance: 'original' as const } });
const country = {
  key: 'country',
  labels: text('Country'),
  features: [
    { key: 'se', labels: text('Sweden') },
    { key: 'fi', labels: text('Finland') },
  ],
};

describe('quotas from population shares', () => {
  it('takes the floor for the minimum and the ceiling for the maximum', () => {
    expect(quotasFromShares([country], { country: { se: 0.62, fi: 0.38 } }, 20)).toEqual([
      { category: 'country', feature: 'se', min: 12, max: 13 },
      { category: 'country', feature: 'fi', min: 7, max: 8 },
    ]);
  });

  it('gives equal bounds when the share times the panel is whole, despite floating point', () => {
    expect(quotasFromShares([country], { country: { se: 0.7, fi: 0.3 } }, 10)).toEqual([
      { category: 'country', feature: 'se', min: 7, max: 7 },
      { category: 'country', feature: 'fi', min: 3, max: 3 },
    ]);
  });

  it('widens by the tolerance without going below 0 or above the panel', () => {
    expect(quotasFromShares([country], { country: { se: 0.95, fi: 0.05 } }, 10, 1)).toEqual([
      { category: 'country', feature: 'se', min: 8, max: 10 },
      { category: 'country', feature: 'fi', min: 0, max: 2 },
    ]);
  });

  it('counts a missing share as 0', () => {
    expect(quotasFromShares([country], {}, 10)[0]).toEqual({
      category: 'country',
      feature: 'se',
      min: 0,
      max: 0,
    });
  });
});
