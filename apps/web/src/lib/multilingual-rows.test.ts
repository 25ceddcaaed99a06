import { describe, expect, it } from 'vitest';
import {
  multilingualFromRows,
  newLanguageRow,
  nextFreeLanguage,
  rowsFromMultilingual,
} from './multilingual-rows.ts';

describe('multilingual rows', () => {
  it('round-trips a multilingual value through editable rows', () => {
    const value = {
      sv: { text: 'Kvarkenrådet', provenance: 'original' as const },
      fi: { text: 'Merenkurkun neuvosto', provenance: 'official' as const },
    };
    expect(multilingualFromRows(rowsFromMultilingual(value))).toEqual(value);
  });

  it('drops rows left blank and trims the text', () => {
    const filled = { ...newLanguageRow('en', 'original'), text: '  Kvarken Council ' };
    const blank = newLanguageRow('fr', 'human');
    expect(multilingualFromRows([filled, blank])).toEqual({
      en: { text: 'Kvarken Council', provenance: 'original' },
    });
  });

  it('proposes the reader language first, then the next unused one', () => {
    expect(nextFreeLanguage([], 'fi')).toBe('fi');
    expect(nextFreeLanguage([newLanguageRow('fi', 'original')], 'fi')).toBe('en');
  });

  it('gives every row its own key', () => {
    const rows = [newLanguageRow('en', 'original'), newLanguageRow('en', 'original')];
    expect(rows[0]?.key).not.toBe(rows[1]?.key);
  });
});
