import { describe, expect, it } from 'vitest';
import { GROUPING_CODES, getJurisdiction } from './jurisdiction.ts';
import { LAND_NEIGHBOURS } from './neighbours.data.ts';
import { areNeighbours, groupingMembers, groupingsOf, sharedGroupings } from './relations.ts';

describe('grouping membership', () => {
  it('lists only country codes, each once', () => {
    for (const grouping of GROUPING_CODES) {
      const members = groupingMembers(grouping);
      expect(members.length, grouping).toBeGreaterThan(1);
      expect(new Set(members).size, grouping).toBe(members.length);
      for (const member of members)
        expect(getJurisdiction(member)?.kind, `${grouping} ${member}`).toBe('country');
    }
  });

  it('has the member counts the organisations publish', () => {
    expect(groupingMembers('EU')).toHaveLength(27);
    expect(groupingMembers('AFRICAN_UNION')).toHaveLength(55);
    expect(groupingMembers('OECD')).toHaveLength(38);
    expect(groupingMembers('COE')).toHaveLength(46);
    expect(groupingMembers('ASEAN')).toHaveLength(11);
    expect(groupingMembers('ARAB_LEAGUE')).toHaveLength(22);
    expect(groupingMembers('COMMONWEALTH')).toHaveLength(56);
  });

  it('keeps the EU inside the EEA and the Council of Europe', () => {
    for (const country of groupingMembers('EU')) {
      expect(groupingsOf(country)).toContain('EEA');
      expect(groupingsOf(country)).toContain('COE');
    }
  });

  it('counts Åland, the Faroe Islands and Greenland in the Nordic Council', () => {
    expect(groupingMembers('NORDIC')).toEqual(
      expect.arrayContaining(['DK', 'FI', 'IS', 'NO', 'SE', 'AX', 'FO', 'GL']),
    );
    expect(groupingsOf('AX')).toContain('NORDIC');
  });

  it('finds the groupings Sweden and Finland share', () => {
    const shared = sharedGroupings('SE', 'FI');
    expect(shared).toEqual(expect.arrayContaining(['EU', 'NORDIC', 'OECD', 'COE']));
    expect(shared).not.toContain('BALTIC');
  });

  it('answers for subdivisions through their country', () => {
    expect(groupingsOf('FI-15')).toEqual(groupingsOf('FI'));
    expect(sharedGroupings('FI-15', 'SE-AC')).toContain('NORDIC');
  });

  it('gives nothing for unknown codes and for groupings themselves', () => {
    expect(groupingMembers('FI')).toEqual([]);
    expect(groupingsOf('EU')).toEqual([]);
    expect(groupingsOf('XX')).toEqual([]);
    expect(sharedGroupings('XX', 'FI')).toEqual([]);
  });

  it('does not list a country that left (Mali in ECOWAS) or was expelled (Russia in the Council of Europe)', () => {
    expect(groupingMembers('ECOWAS')).not.toContain('ML');
    expect(groupingMembers('COE')).not.toContain('RU');
    expect(groupingMembers('ASEAN')).toContain('TL');
  });
});

describe('land borders', () => {
  it('are symmetric and irreflexive, between known countries', () => {
    for (const [country, neighbours] of Object.entries(LAND_NEIGHBOURS)) {
      expect(getJurisdiction(country)?.kind, country).toBe('country');
      expect(neighbours, country).not.toContain(country);
      expect(new Set(neighbours).size, country).toBe(neighbours.length);
      for (const neighbour of neighbours) {
        expect(LAND_NEIGHBOURS[neighbour] ?? [], `${neighbour} should list ${country}`).toContain(country);
      }
    }
  });

  it('know some well-known borders and non-borders', () => {
    expect(areNeighbours('FI', 'SE')).toBe(true);
    expect(areNeighbours('FR', 'ES')).toBe(true);
    expect(areNeighbours('ES', 'DE')).toBe(false);
    expect(areNeighbours('US', 'CA')).toBe(true);
    expect(areNeighbours('DK', 'SE')).toBe(false);
    expect(areNeighbours('GB', 'FR')).toBe(false);
    expect(areNeighbours('RU', 'PL')).toBe(true);
  });

  it('give island states no land neighbour', () => {
    for (const island of ['IS', 'JP', 'NZ', 'AU', 'MG', 'LK', 'CU', 'PH', 'MT', 'CY', 'SG']) {
      expect(LAND_NEIGHBOURS[island] ?? [], island).toEqual([]);
    }
  });

  it('answer for subdivisions through their country, and never within one country', () => {
    expect(areNeighbours('FI-10', 'SE-BD')).toBe(true);
    expect(areNeighbours('FI-10', 'FI-15')).toBe(false);
    expect(areNeighbours('FI', 'FI')).toBe(false);
    expect(areNeighbours('EU', 'FI')).toBe(false);
  });
});
