import type { IdeaStatus, OrganisationRole, SpaceRole } from '@crossgov/shared';
import { lines, type MailTexts } from './en.ts';

const ORGANISATION_ROLE: Record<OrganisationRole, string> = {
  owner: 'omistaja',
  admin: 'ylläpitäjä',
  member: 'jäsen',
};
const SPACE_ROLE: Record<SpaceRole, string> = {
  manage: 'hallinta',
  edit: 'muokkaus',
  contribute: 'osallistuminen',
  view: 'katselu',
};
const IDEA_STATUS: Record<IdeaStatus, string> = {
  under_review: 'selvityksessä',
  accepted: 'hyväksytty',
  partly: 'osittain hyväksytty',
  not_pursued: 'ei jatketa',
  implemented: 'toteutettu',
};
/** Finnish inflects the noun: ideasi (your idea), idean (the idea, as object). */
const CONTRIBUTION = {
  idea: { yours: 'ideasi', Yours: 'Ideasi', object: 'tämän idean' },
  comment: { yours: 'kommenttisi', Yours: 'Kommenttisi', object: 'tämän kommentin' },
} as const;

/** The end of every invitation: the link and how long it works. */
const acceptBy = (link: string, days: number) =>
  lines(
    'Hyväksy kutsu:',
    link,
    '',
    `Linkki on voimassa ${days} päivää. Jos et odottanut kutsua, voit jättää viestin huomiotta.`,
  );

/**
 * Names and titles stay in their nominative form inside quotes or after a common noun in the right case
 * ("organisaatioon X", "tilaan ”X”"), so no parameter has to be inflected.
 */
export const fi = {
  verifyEmail: (p) => ({
    subject: 'Vahvista sähköpostiosoitteesi Crossgovissa',
    text: lines(
      `Hei ${p.displayName},`,
      '',
      'Vahvista, että tämä on sähköpostiosoitteesi, avaamalla tämä linkki:',
      p.link,
      '',
      'Linkki on voimassa 24 tuntia. Jos et ole luonut Crossgov-tiliä, voit jättää viestin huomiotta.',
    ),
  }),
  resetPassword: (p) => ({
    subject: 'Vaihda Crossgov-salasanasi',
    text: lines(
      `Hei ${p.displayName},`,
      '',
      'Joku (toivottavasti sinä) pyysi Crossgov-tilisi salasanan vaihtamista. Valitse uusi salasana tästä:',
      p.link,
      '',
      'Linkki on voimassa tunnin ja toimii vain kerran. Uuden salasanan asettaminen kirjaa sinut ulos kaikkialla muualla.',
      'Jos et pyytänyt tätä, jätä viesti huomiotta: salasanasi pysyy ennallaan.',
    ),
  }),
  organisationInvitation: (p) => ({
    subject: `Kutsu organisaatioon ${p.organisation} Crossgovissa`,
    text: lines(
      `${p.inviter ?? 'Joku'} kutsuu sinut organisaatioon ${p.organisation} Crossgovissa (rooli: ${ORGANISATION_ROLE[p.role]}).`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  spaceInvitation: (p) => ({
    subject: `Kutsu tilaan ”${p.space}” Crossgovissa`,
    text: lines(
      `${p.inviter ?? 'Joku'} kutsuu sinut osallistumaan tilaan ”${p.space}” Crossgovissa (rooli: ${SPACE_ROLE[p.role]}).`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  coOwnerRequest: (p) => ({
    subject: `Tilan ”${p.space}” yhteisomistajaksi Crossgovissa?`,
    text: lines(
      `${p.requester} pyytää organisaatiotasi tilan ”${p.space}” yhteisomistajaksi.`,
      '',
      'Organisaatiosi omistajat ja ylläpitäjät voivat hyväksyä tai hylätä pyynnön organisaation sivulla:',
      p.link,
    ),
  }),
  volunteerRegistered: (p) => ({
    subject: `${p.assembly}: ilmoittautumisesi`,
    text: lines(
      `Kiitos, että ilmoittauduit vapaaehtoiseksi: ${p.assembly}.`,
      '',
      'Reilu arvonta valitsee paneelin kaikkien vapaaehtoisten joukosta; kuulet meistä, jos sinut valitaan.',
      '',
      'Katso tai poista ilmoittautumisesi (poistaminen poistaa henkilötietosi):',
      p.link,
    ),
  }),
  panelSelected: (p) => ({
    subject: `${p.assembly}: sinut on valittu`,
    text: `${p.assembly}: julkinen arvonta valitsi sinut paneeliin. Järjestäjät ottavat sinuun yhteyttä istunnoista ja palkkiosta.`,
  }),
  panelReplacement: (p) => ({
    subject: `${p.assembly}: sinut on valittu`,
    text: `${p.assembly}: paneelista vapautui paikka, ja arvonnan korvaussääntö valitsi sinut. Järjestäjät ottavat sinuun yhteyttä istunnoista.`,
  }),
  ideaAnswered: (p) => ({
    subject: `Virallinen vastaus ideaan ”${p.idea}”: ${IDEA_STATUS[p.status]}`,
    text: lines(
      `Kuulemisen ”${p.consultation}” järjestäjät vastasivat ideaan ”${p.idea}”.`,
      '',
      `Tila: ${IDEA_STATUS[p.status]}`,
      `Perustelu: ${p.reason}`,
      '',
      'Lue idea ja sen vastaukset:',
      p.link,
      '',
      'Saat tämän viestin, koska ehdotit tätä ideaa tai kannatit sitä.',
    ),
  }),
  contributionApproved: (p) => {
    const c = CONTRIBUTION[p.kind];
    return {
      subject: `${c.Yours} on julkaistu: ${p.quote}`,
      text: lines(
        `Moderaattori hyväksyi ${c.yours} ”${p.quote}”: kaikki voivat nyt lukea sen.`,
        '',
        'Lue se:',
        p.link,
        '',
        `Saat tämän viestin, koska kirjoitit ${c.object}.`,
      ),
    };
  },
  contributionHidden: (p) => {
    const c = CONTRIBUTION[p.kind];
    return {
      subject: `${c.Yours} piilotettiin: ${p.quote}`,
      text: lines(
        `Moderaattori piilotti ${c.yours} ”${p.quote}”. Sen paikalla näytetään julkinen syy:`,
        '',
        `Syy: ${p.reason}`,
        '',
        'Idea:',
        p.link,
        '',
        `Saat tämän viestin, koska kirjoitit ${c.object}.`,
      ),
    };
  },
  statementAccepted: (p) => ({
    subject: `Väitteesi keskustelussa ”${p.conversation}”`,
    text: lines(
      `Väitteesi ”${p.statement}” keskustelussa ”${p.conversation}” hyväksyttiin: muut osallistujat voivat nyt äänestää siitä.`,
      '',
      'Katso keskustelu:',
      p.link,
    ),
  }),
  statementRejected: (p) => ({
    subject: `Väitteesi keskustelussa ”${p.conversation}”`,
    text: lines(
      `Väitettäsi ”${p.statement}” keskustelussa ”${p.conversation}” ei hyväksytty. Moderaattorin perustelu: ${p.reason}`,
      '',
      'Katso keskustelu:',
      p.link,
    ),
  }),
} satisfies MailTexts;
