import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

describe('safeReturnTo', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeReturnTo('/spaces/kvarken?tab=members')).toBe('/spaces/kvarken?tab=members');
  });

  it('refuses addresses that leave the site', () => {
    for (const value of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)'])
      expect(safeReturnTo(value)).toBe('/');
  });

  it('falls back to the home page when nothing is given', () => {
    expect(safeReturnTo(null)).toBe('/');
  });
});
