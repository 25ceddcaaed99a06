import { describe, expect, it } from 'vitest';
import { listJurisdictions } from './list.ts';

const codes = (list: Array<{ code: string }>) => list.map((jurisdiction) => jurisdiction.code);

describe('listJurisdictions', () => {
  it('lists the direct subdivisions of a country', () => {
    const finnish = listJurisdictions({ parent: 'FI' });
    expect(codes(finnish)).toContain('FI-15');
    expect(finnish.every((jurisdiction) => jurisdiction.parent === 'FI')).toBe(true);
  });

  it('lists subdivisions at any depth with `country`', () => {
    const direct = listJurisdictions({ parent: 'AZ' });
    const all = listJurisdictions({ country: 'AZ' });
    expect(codes(direct)).not.toContain('AZ-BAB');
    expect(codes(all)).toContain('AZ-BAB');
    expect(all.every((jurisdiction) => jurisdiction.kind === 'subdivision')).toBe(true);
  });

  it('filters by kind', () => {
    const groupings = listJurisdictions({ kind: 'grouping' });
    expect(codes(groupings)).toContain('EU');
    expect(groupings.every((jurisdiction) => jurisdiction.kind === 'grouping')).toBe(true);
  });

  it('finds a country by its localised name, ignoring accents and case', () => {
    expect(codes(listJurisdictions({ q: 'suede', language: 'fr' }))[0]).toBe('SE');
    expect(codes(listJurisdictions({ q: 'RUOTSI', language: 'fi' }))[0]).toBe('SE');
    expect(codes(listJurisdictions({ q: 'Sweden' }))[0]).toBe('SE');
  });

  it('puts an exact code first', () => {
    expect(codes(listJurisdictions({ q: 'fi' }))[0]).toBe('FI');
    expect(codes(listJurisdictions({ q: 'FI-15' }))[0]).toBe('FI-15');
  });

  it('finds subdivisions and groupings by name', () => {
    expect(codes(listJurisdictions({ q: 'pohjois savo' }))).toContain('FI-15');
    expect(codes(listJurisdictions({ q: 'ahvenanmaa' }))).toContain('FI-01');
    expect(codes(listJurisdictions({ q: 'union europeenne', language: 'fr' }))[0]).toBe('EU');
  });

  it('respects the limit', () => {
    expect(listJurisdictions({ q: 'a', limit: 5 })).toHaveLength(5);
    expect(listJurisdictions({ limit: 0 })).toEqual([]);
  });

  it('returns nothing for a query that matches nothing', () => {
    expect(listJurisdictions({ q: 'qqqqxyz' })).toEqual([]);
  });
});
