import { IDEA_STATUSES, ORGANISATION_ROLES, SPACE_ROLES, UI_LANGUAGE_CODES } from '@crossgov/shared';
import { describe, expect, it } from 'vitest';
import { tokenFromLink } from '../../../test/outbox-reader.ts';
import { MAIL_CATALOGUES, mailIn, mailLanguage } from './mail-catalogue.ts';
import { en, type MailParams } from './mail-texts/en.ts';

const link = (path: string) => `https://crossgov.example/${path}?token=tok_Ab-9`;
const both = ['idea', 'comment'] as const;
const verification = { displayName: 'Aino Virtanen', link: link('verify-email') };

/** Sample parameters for every template; every role, status and kind, so each word table is read. */
const SAMPLES: { [K in keyof MailParams]: MailParams[K][] } = {
  verifyEmail: [verification],
  resetPassword: [{ displayName: 'Aino Virtanen', link: link('reset-password') }],
  organisationInvitation: ORGANISATION_ROLES.flatMap((role) =>
    [null, 'Lars Holm'].map((inviter) => ({
      inviter,
      organisation: 'Kvarken Council',
      role,
      link: link('invitations/organisation'),
      days: 14,
    })),
  ),
  spaceInvitation: SPACE_ROLES.flatMap((role) =>
    [null, 'Lars Holm'].map((inviter) => ({
      inviter,
      space: 'Ferry timetable 2027',
      role,
      link: link('invitations/space'),
      days: 14,
    })),
  ),
  coOwnerRequest: [{ requester: 'Lars Holm', space: 'Ferry timetable 2027', link: '/organisations/vasa' }],
  volunteerRegistered: [
    { assembly: 'Kvarken climate assembly', link: link('assemblies/kvarken/registration') },
  ],
  panelSelected: [{ assembly: 'Kvarken climate assembly' }],
  panelReplacement: [{ assembly: 'Kvarken climate assembly' }],
  ideaAnswered: IDEA_STATUSES.map((status) => ({
    consultation: 'Ferries across the Kvarken',
    idea: 'More ferries to Vasa',
    status,
    reason: 'Two more ferries from May.',
    link: link('spaces/ferries/ideas/1'),
  })),
  contributionApproved: both.map((kind) => ({ kind, quote: 'More ferries', link: link('spaces/f/ideas/1') })),
  contributionHidden: both.map((kind) => ({
    kind,
    quote: 'More ferries',
    reason: 'Commercial advertising',
    link: link('spaces/f/ideas/1'),
  })),
  statementAccepted: [
    { conversation: 'Kvarken future', statement: 'Night ferries', link: '/spaces/kvarken' },
  ],
  statementRejected: [
    {
      conversation: 'Kvarken future',
      statement: 'Night ferries',
      reason: 'Duplicate',
      link: '/spaces/kvarken',
    },
  ],
};

const keys = Object.keys(en).sort();
/** Parameters each language puts in its own words rather than quoting. */
const WORDS = new Set(['kind', 'role', 'status']);
const rendered = UI_LANGUAGE_CODES.flatMap((language) =>
  (Object.keys(SAMPLES) as (keyof MailParams)[]).flatMap((key) =>
    SAMPLES[key].map((params) => ({ language, key, params, mail: mailIn(language, key, params as never) })),
  ),
);

describe('mail catalogue', () => {
  it.each(UI_LANGUAGE_CODES)('has every template in %s, and no other', (language) => {
    expect(Object.keys(MAIL_CATALOGUES[language]).sort()).toEqual(keys);
  });

  it('has sample parameters for every template', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(keys);
  });

  it('writes a subject and a text in every language, without a placeholder left over', () => {
    for (const { language, key, mail } of rendered) {
      const where = `${language}.${key}`;
      expect(mail.subject.trim(), where).not.toBe('');
      expect(mail.text.trim(), where).not.toBe('');
      expect(mail.subject, where).not.toContain('\n');
      for (const leftover of ['${', 'undefined', 'null', '[object', 'NaN'])
        expect(`${mail.subject}\n${mail.text}`, where).not.toContain(leftover);
    }
  });

  it('keeps every name, title and link it is given, in every language', () => {
    for (const { language, key, params, mail } of rendered)
      for (const [name, value] of Object.entries(params))
        if (!WORDS.has(name) && value !== null)
          expect(`${mail.subject}\n${mail.text}`, `${language}.${key}.${name}`).toContain(String(value));
  });

  it('writes each link on a line of its own, so tests and mail clients find the token', () => {
    for (const { language, key, params, mail } of rendered)
      if ('link' in params) expect(mail.text.split('\n'), `${language}.${key}`).toContain(params.link);
    for (const language of UI_LANGUAGE_CODES) {
      const { text } = mailIn(language, 'verifyEmail', verification);
      expect(tokenFromLink(text, '/verify-email'), language).toBe('tok_Ab-9');
    }
  });

  it('differs from English in every other language', () => {
    for (const { language, key, params, mail } of rendered)
      if (language !== 'en')
        expect(mail.text, `${language}.${key}`).not.toBe(mailIn('en', key, params as never).text);
  });

  it('falls back to English for a language mail is not written in', () => {
    const params = { assembly: 'Kvarken climate assembly' };
    expect(mailIn('se', 'panelSelected', params)).toEqual(mailIn('en', 'panelSelected', params));
    expect(mailLanguage('se', null, 'sv', 'fi')).toBe('sv');
    expect(mailLanguage(undefined, 'smn')).toBe('en');
  });
});
