import { describe, expect, it } from 'vitest';
import { keyPaths, placeholders, valueAt } from './catalogue-keys.ts';

describe('catalogue helpers', () => {
  it('lists nested keys as dotted paths', () => {
    expect(keyPaths({ nav: { signIn: 'a', menu: { open: 'b' } }, title: 'c' })).toEqual([
      'nav.signIn',
      'nav.menu.open',
      'title',
    ]);
  });

  it('reads a value at a dotted path and gives undefined past a leaf', () => {
    expect(valueAt({ nav: { signIn: 'a' } }, 'nav.signIn')).toBe('a');
    expect(valueAt({ nav: { signIn: 'a' } }, 'nav.signIn.more')).toBeUndefined();
  });

  it('finds placeholders whatever their order', () => {
    expect(placeholders('{{to}} of {{ from }} ({{total}})')).toEqual(['from', 'to', 'total']);
  });
});
