import type { IdeaStatus, OrganisationRole, SpaceRole } from '@crossgov/shared';
import { lines, type MailTexts } from './en.ts';

const ORGANISATION_ROLE: Record<OrganisationRole, string> = {
  owner: 'ägare',
  admin: 'administratör',
  member: 'medlem',
};
const SPACE_ROLE: Record<SpaceRole, string> = {
  manage: 'hantera',
  edit: 'redigera',
  contribute: 'bidra',
  view: 'läsa',
};
const IDEA_STATUS: Record<IdeaStatus, string> = {
  under_review: 'under utredning',
  accepted: 'godtagen',
  partly: 'delvis godtagen',
  not_pursued: 'går inte vidare',
  implemented: 'genomförd',
};
/** Swedish agrees with the noun: din idé, din kommentar; idén, kommentaren. */
const CONTRIBUTION = {
  idea: { noun: 'idé', definite: 'idén' },
  comment: { noun: 'kommentar', definite: 'kommentaren' },
} as const;

/** The end of every invitation: the link and how long it works. */
const acceptBy = (link: string, days: number) =>
  lines(
    'Tacka ja till inbjudan:',
    link,
    '',
    `Länken gäller i ${days} dagar. Om du inte väntade dig inbjudan kan du bortse från meddelandet.`,
  );

export const sv = {
  verifyEmail: (p) => ({
    subject: 'Bekräfta din e-postadress för Crossgov',
    text: lines(
      `Hej ${p.displayName}!`,
      '',
      'Bekräfta att det här är din e-postadress genom att öppna länken:',
      p.link,
      '',
      'Länken gäller i 24 timmar. Om du inte har skapat något Crossgov-konto kan du bortse från meddelandet.',
    ),
  }),
  resetPassword: (p) => ({
    subject: 'Återställ ditt lösenord för Crossgov',
    text: lines(
      `Hej ${p.displayName}!`,
      '',
      'Någon (förhoppningsvis du) har bett om att återställa lösenordet till ditt Crossgov-konto. Välj ett nytt här:',
      p.link,
      '',
      'Länken gäller i en timme och kan bara användas en gång. När du väljer ett nytt lösenord loggas du ut på alla andra ställen.',
      'Om du inte har bett om det kan du bortse från meddelandet: ditt lösenord förblir oförändrat.',
    ),
  }),
  organisationInvitation: (p) => ({
    subject: `Inbjudan att gå med i ${p.organisation} på Crossgov`,
    text: lines(
      `${p.inviter ?? 'Någon'} bjuder in dig att gå med i ${p.organisation} på Crossgov som ${ORGANISATION_ROLE[p.role]}.`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  spaceInvitation: (p) => ({
    subject: `Inbjudan till ”${p.space}” på Crossgov`,
    text: lines(
      `${p.inviter ?? 'Någon'} bjuder in dig att delta i ”${p.space}” på Crossgov (roll: ${SPACE_ROLE[p.role]}).`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  coOwnerRequest: (p) => ({
    subject: `Vill ni bli delägare i ”${p.space}” på Crossgov?`,
    text: lines(
      `${p.requester} ber er organisation att bli delägare i utrymmet ”${p.space}”.`,
      '',
      'Organisationens ägare och administratörer kan tacka ja eller nej på dess sida:',
      p.link,
    ),
  }),
  volunteerRegistered: (p) => ({
    subject: `${p.assembly}: din anmälan`,
    text: lines(
      `Tack för att du anmält dig som frivillig till ${p.assembly}.`,
      '',
      'Ett rättvist lotteri väljer panelen bland alla frivilliga; vi hör av oss om du blir vald.',
      '',
      'Se eller radera din anmälan (när du raderar den tas dina personuppgifter bort):',
      p.link,
    ),
  }),
  panelSelected: (p) => ({
    subject: `${p.assembly}: du har blivit vald`,
    text: `Det offentliga lotteriet för ${p.assembly} har valt dig till panelen. Arrangörerna kontaktar dig om mötena och arvodet.`,
  }),
  panelReplacement: (p) => ({
    subject: `${p.assembly}: du har blivit vald`,
    text: `En plats i panelen för ${p.assembly} blev ledig och lotteriets ersättningsregel valde dig. Arrangörerna kontaktar dig om mötena.`,
  }),
  ideaAnswered: (p) => ({
    subject: `Officiellt svar på ”${p.idea}”: ${IDEA_STATUS[p.status]}`,
    text: lines(
      `Värdarna för ”${p.consultation}” har svarat på idén ”${p.idea}”.`,
      '',
      `Status: ${IDEA_STATUS[p.status]}`,
      `Motivering: ${p.reason}`,
      '',
      'Läs idén och svaren:',
      p.link,
      '',
      'Du får det här meddelandet eftersom du lämnade eller stödde idén.',
    ),
  }),
  contributionApproved: (p) => {
    const c = CONTRIBUTION[p.kind];
    return {
      subject: `Din ${c.noun} är publicerad: ${p.quote}`,
      text: lines(
        `En moderator har godkänt din ${c.noun} ”${p.quote}”: nu kan alla läsa den.`,
        '',
        'Läs den:',
        p.link,
        '',
        `Du får det här meddelandet eftersom du skrev ${c.definite}.`,
      ),
    };
  },
  contributionHidden: (p) => {
    const c = CONTRIBUTION[p.kind];
    return {
      subject: `Din ${c.noun} har dolts: ${p.quote}`,
      text: lines(
        `En moderator har dolt din ${c.noun} ”${p.quote}”. I dess ställe visas den offentliga motiveringen:`,
        '',
        `Motivering: ${p.reason}`,
        '',
        'Idén:',
        p.link,
        '',
        `Du får det här meddelandet eftersom du skrev ${c.definite}.`,
      ),
    };
  },
  statementAccepted: (p) => ({
    subject: `Ditt påstående i ”${p.conversation}”`,
    text: lines(
      `Ditt påstående ”${p.statement}” i samtalet ”${p.conversation}” har godkänts: nu kan andra deltagare rösta på det.`,
      '',
      'Se samtalet:',
      p.link,
    ),
  }),
  statementRejected: (p) => ({
    subject: `Ditt påstående i ”${p.conversation}”`,
    text: lines(
      `Ditt påstående ”${p.statement}” i samtalet ”${p.conversation}” godkändes inte. Moderatorns motivering: ${p.reason}`,
      '',
      'Se samtalet:',
      p.link,
    ),
  }),
} satisfies MailTexts;
