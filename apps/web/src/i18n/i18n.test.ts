import {
  AUDIT_ACTIONS,
  ORGANISATION_ROLES,
  ORGANISATION_TYPES,
  PLATFORM_ROLES,
  PROVENANCES,
  SPACE_KINDS,
  SPACE_ROLES,
  SPACE_VISIBILITIES,
  TOKEN_SCOPES,
  UI_LANGUAGES,
} from '@crossgov/shared';
import { describe, expect, it } from 'vitest';
import { keyPaths, placeholders, valueAt } from './catalogue-keys.ts';
import { en } from './en.ts';
import { translations } from './resources.ts';

const englishKeys = keyPaths(en).sort();
const otherLanguages = Object.entries(translations).filter(([language]) => language !== 'en');

describe('translation catalogues', () => {
  it('exist for every interface language', () => {
    expect(Object.keys(translations).sort()).toEqual(UI_LANGUAGES.map((language) => language.code).sort());
  });

  it('label every kind of change the audit log records', () => {
    const missing = AUDIT_ACTIONS.filter(
      (action) => typeof valueAt(en, `auditActions.${action}`) !== 'string',
    );
    expect(missing).toEqual([]);
  });

  it.each(otherLanguages)(
    '%s has exactly the keys of English, none missing and none extra',
    (_language, catalogue) => {
      const keys = keyPaths(catalogue).sort();
      expect(englishKeys.filter((key) => !keys.includes(key))).toEqual([]);
      expect(keys.filter((key) => !englishKeys.includes(key))).toEqual([]);
    },
  );

  it.each(Object.entries(translations))('%s has a non-empty text for every key', (_language, catalogue) => {
    const empty = keyPaths(catalogue).filter((key) => {
      const value = valueAt(catalogue, key);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it.each(otherLanguages)('%s keeps the placeholders of every English text', (_language, catalogue) => {
    const mismatched = englishKeys.filter((key) => {
      const english = valueAt(en, key);
      const translated = valueAt(catalogue, key);
      return (
        typeof english === 'string' &&
        typeof translated === 'string' &&
        placeholders(english).join() !== placeholders(translated).join()
      );
    });
    expect(mismatched).toEqual([]);
  });

  // Words such as "Organisations", "Original" or "Crossgov" are the same in some languages, but a catalogue
  // that is mostly English was copied, not translated.
  it.each(otherLanguages)(
    '%s is actually translated (few texts identical to English)',
    (_language, catalogue) => {
      const identical = englishKeys.filter((key) => valueAt(catalogue, key) === valueAt(en, key));
      expect(identical.length / englishKeys.length).toBeLessThan(0.05);
    },
  );

  it('names every organisation type, role, visibility, kind, provenance and token scope', () => {
    const groups: [string, readonly string[]][] = [
      ['organisationTypes', ORGANISATION_TYPES],
      ['organisationRoles', ORGANISATION_ROLES],
      ['platformRoles', PLATFORM_ROLES],
      ['spaceRoles', SPACE_ROLES],
      ['spaceKinds', SPACE_KINDS],
      ['visibilities', SPACE_VISIBILITIES],
      ['visibilityHelp', SPACE_VISIBILITIES],
      ['provenance', PROVENANCES],
      ['tokens.scope', TOKEN_SCOPES],
    ];
    const missing = groups.flatMap(([group, values]) =>
      values
        .filter((value) => typeof valueAt(en, `${group}.${value}`) !== 'string')
        .map((value) => `${group}.${value}`),
    );
    expect(missing).toEqual([]);
  });
});
