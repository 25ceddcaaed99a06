import type { IdeaStatus, OrganisationRole, SpaceRole } from '@crossgov/shared';

/** What a template gives: the rest of a message (its recipient is the caller's). */
export interface MailText {
  subject: string;
  text: string;
}

/** A mail body from its lines. */
export const lines = (...parts: string[]) => parts.join('\n');

const ORGANISATION_ROLE: Record<OrganisationRole, string> = {
  owner: 'owner',
  admin: 'admin',
  member: 'member',
};
const SPACE_ROLE: Record<SpaceRole, string> = {
  manage: 'manage',
  edit: 'edit',
  contribute: 'contribute',
  view: 'view',
};
const IDEA_STATUS: Record<IdeaStatus, string> = {
  under_review: 'under review',
  accepted: 'accepted',
  partly: 'partly accepted',
  not_pursued: 'not pursued',
  implemented: 'implemented',
};
const CONTRIBUTION = { idea: 'idea', comment: 'comment' } as const;

/** The end of every invitation: the link and how long it works. */
const acceptBy = (link: string, days: number) =>
  lines(
    'Accept the invitation:',
    link,
    '',
    `The link is valid for ${days} days. If you did not expect it, ignore this message.`,
  );

/**
 * The English mail texts. Their parameters define every language's catalogue (`MailTexts`); names, titles
 * and links are parameters, so a translation never touches them.
 */
export const en = {
  verifyEmail: (p: { displayName: string; link: string }) => ({
    subject: 'Confirm your e-mail address for Crossgov',
    text: lines(
      `Hello ${p.displayName},`,
      '',
      'Please confirm that this is your e-mail address by opening this link:',
      p.link,
      '',
      'The link works for 24 hours. If you did not create a Crossgov account, ignore this message.',
    ),
  }),
  resetPassword: (p: { displayName: string; link: string }) => ({
    subject: 'Reset your Crossgov password',
    text: lines(
      `Hello ${p.displayName},`,
      '',
      'Someone (we hope you) asked to reset the password of your Crossgov account. Choose a new one here:',
      p.link,
      '',
      'The link works for one hour and only once. Setting a new password signs you out everywhere else.',
      'If you did not ask for this, ignore this message: your password stays as it is.',
    ),
  }),
  organisationInvitation: (p: {
    inviter: string | null;
    organisation: string;
    role: OrganisationRole;
    link: string;
    days: number;
  }) => ({
    subject: `Invitation to join ${p.organisation} on Crossgov`,
    text: lines(
      `${p.inviter ?? 'Someone'} invites you to join ${p.organisation} on Crossgov as ${ORGANISATION_ROLE[p.role]}.`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  spaceInvitation: (p: {
    inviter: string | null;
    space: string;
    role: SpaceRole;
    link: string;
    days: number;
  }) => ({
    subject: `Invitation to "${p.space}" on Crossgov`,
    text: lines(
      `${p.inviter ?? 'Someone'} invites you to take part in "${p.space}" on Crossgov (role: ${SPACE_ROLE[p.role]}).`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  coOwnerRequest: (p: { requester: string; space: string; link: string }) => ({
    subject: `Co-own "${p.space}" on Crossgov?`,
    text: lines(
      `${p.requester} asks your organisation to co-own the space "${p.space}".`,
      '',
      'Owners and admins of your organisation can accept or decline on its page:',
      p.link,
    ),
  }),
  volunteerRegistered: (p: { assembly: string; link: string }) => ({
    subject: `${p.assembly}: your registration`,
    text: lines(
      `Thank you for volunteering for ${p.assembly}.`,
      '',
      'A fair lottery will choose the panel among all volunteers; you will hear from us if you are selected.',
      '',
      'See or delete your registration (deleting removes your personal data):',
      p.link,
    ),
  }),
  panelSelected: (p: { assembly: string }) => ({
    subject: `${p.assembly}: you have been selected`,
    text: `The public lottery of ${p.assembly} selected you for its panel. The organisers will contact you about the sessions and the stipend.`,
  }),
  panelReplacement: (p: { assembly: string }) => ({
    subject: `${p.assembly}: you have been selected`,
    text: `A place on the panel of ${p.assembly} became free and the lottery's replacement rule chose you. The organisers will contact you about the sessions.`,
  }),
  ideaAnswered: (p: {
    consultation: string;
    idea: string;
    status: IdeaStatus;
    reason: string;
    link: string;
  }) => ({
    subject: `Official answer: "${p.idea}" is ${IDEA_STATUS[p.status]}`,
    text: lines(
      `The hosts of "${p.consultation}" answered the idea "${p.idea}".`,
      '',
      `Status: ${IDEA_STATUS[p.status]}`,
      `Reason: ${p.reason}`,
      '',
      'Read the idea and its answers:',
      p.link,
      '',
      'You receive this because you submitted or supported this idea.',
    ),
  }),
  contributionApproved: (p: { kind: 'idea' | 'comment'; quote: string; link: string }) => ({
    subject: `Your ${CONTRIBUTION[p.kind]} is published: ${p.quote}`,
    text: lines(
      `A moderator approved your ${CONTRIBUTION[p.kind]} "${p.quote}": everyone can now read it.`,
      '',
      'Read it:',
      p.link,
      '',
      `You receive this because you submitted this ${CONTRIBUTION[p.kind]}.`,
    ),
  }),
  contributionHidden: (p: { kind: 'idea' | 'comment'; quote: string; reason: string; link: string }) => ({
    subject: `Your ${CONTRIBUTION[p.kind]} was hidden: ${p.quote}`,
    text: lines(
      `A moderator hid your ${CONTRIBUTION[p.kind]} "${p.quote}". Its place shows the public reason:`,
      '',
      `Reason: ${p.reason}`,
      '',
      'The idea:',
      p.link,
      '',
      `You receive this because you submitted this ${CONTRIBUTION[p.kind]}.`,
    ),
  }),
  statementAccepted: (p: { conversation: string; statement: string; link: string }) => ({
    subject: `Your statement in "${p.conversation}"`,
    text: lines(
      `Your statement "${p.statement}" in the conversation "${p.conversation}" was accepted: other participants can now vote on it.`,
      '',
      'See the conversation:',
      p.link,
    ),
  }),
  statementRejected: (p: { conversation: string; statement: string; reason: string; link: string }) => ({
    subject: `Your statement in "${p.conversation}"`,
    text: lines(
      `Your statement "${p.statement}" in the conversation "${p.conversation}" was not accepted. The moderator's reason: ${p.reason}`,
      '',
      'See the conversation:',
      p.link,
    ),
  }),
} satisfies Record<string, (params: never) => MailText>;

type English = typeof en;
/** The parameters of each template, taken from the English texts. */
export type MailParams = { [K in keyof English]: Parameters<English[K]>[0] };
/** A whole catalogue: every template of the English one, with the same parameters. */
export type MailTexts = { [K in keyof MailParams]: (params: MailParams[K]) => MailText };
