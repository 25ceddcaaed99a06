import type { IdeaStatus, OrganisationRole, SpaceRole } from '@crossgov/shared';
import { lines, type MailTexts } from './en.ts';

const ORGANISATION_ROLE: Record<OrganisationRole, string> = {
  owner: 'propriétaire',
  admin: 'administrateur',
  member: 'membre',
};
const SPACE_ROLE: Record<SpaceRole, string> = {
  manage: 'gérer',
  edit: 'modifier',
  contribute: 'contribuer',
  view: 'consulter',
};
const IDEA_STATUS: Record<IdeaStatus, string> = {
  under_review: 'à l’étude',
  accepted: 'acceptée',
  partly: 'acceptée en partie',
  not_pursued: 'non retenue',
  implemented: 'réalisée',
};
/** French agrees with the noun: une idée publiée, un commentaire publié. */
const CONTRIBUTION = {
  idea: {
    noun: 'idée',
    published: 'publiée',
    hidden: 'masquée',
    readable: 'tout le monde peut désormais la lire',
    read: 'Lisez-la :',
    this: 'cette idée',
  },
  comment: {
    noun: 'commentaire',
    published: 'publié',
    hidden: 'masqué',
    readable: 'tout le monde peut désormais le lire',
    read: 'Lisez-le :',
    this: 'ce commentaire',
  },
} as const;

/** The end of every invitation: the link and how long it works. */
const acceptBy = (link: string, days: number) =>
  lines(
    'Acceptez l’invitation :',
    link,
    '',
    `Le lien est valable ${days} jours. Si vous ne vous attendiez pas à ce message, ignorez-le.`,
  );

export const fr = {
  verifyEmail: (p) => ({
    subject: 'Confirmez votre adresse e-mail pour Crossgov',
    text: lines(
      `Bonjour ${p.displayName},`,
      '',
      'Veuillez confirmer qu’il s’agit bien de votre adresse e-mail en ouvrant ce lien :',
      p.link,
      '',
      'Le lien est valable 24 heures. Si vous n’avez pas créé de compte Crossgov, ignorez ce message.',
    ),
  }),
  resetPassword: (p) => ({
    subject: 'Réinitialisez votre mot de passe Crossgov',
    text: lines(
      `Bonjour ${p.displayName},`,
      '',
      'Quelqu’un (vous, nous l’espérons) a demandé à réinitialiser le mot de passe de votre compte Crossgov. Choisissez-en un nouveau ici :',
      p.link,
      '',
      'Le lien est valable une heure, une seule fois. Choisir un nouveau mot de passe vous déconnecte partout ailleurs.',
      'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
    ),
  }),
  organisationInvitation: (p) => ({
    subject: `Invitation à rejoindre ${p.organisation} sur Crossgov`,
    text: lines(
      `${p.inviter ?? 'Quelqu’un'} vous invite à rejoindre ${p.organisation} sur Crossgov en tant que ${ORGANISATION_ROLE[p.role]}.`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  spaceInvitation: (p) => ({
    subject: `Invitation à « ${p.space} » sur Crossgov`,
    text: lines(
      `${p.inviter ?? 'Quelqu’un'} vous invite à participer à « ${p.space} » sur Crossgov (rôle : ${SPACE_ROLE[p.role]}).`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  coOwnerRequest: (p) => ({
    subject: `Devenir copropriétaire de « ${p.space} » sur Crossgov ?`,
    text: lines(
      `${p.requester} demande à votre organisation de devenir copropriétaire de l’espace « ${p.space} ».`,
      '',
      'Les propriétaires et administrateurs de votre organisation peuvent accepter ou refuser sur sa page :',
      p.link,
    ),
  }),
  volunteerRegistered: (p) => ({
    subject: `${p.assembly} : votre inscription`,
    text: lines(
      `Merci de votre candidature comme volontaire pour ${p.assembly}.`,
      '',
      'Une loterie équitable choisira le panel parmi tous les volontaires ; nous vous écrirons si le sort vous désigne.',
      '',
      'Consultez ou supprimez votre inscription (la supprimer efface vos données personnelles) :',
      p.link,
    ),
  }),
  panelSelected: (p) => ({
    subject: `${p.assembly} : vous faites partie du panel`,
    text: `La loterie publique de ${p.assembly} vous a attribué une place dans son panel. Les organisateurs vous contacteront au sujet des séances et de l’indemnité.`,
  }),
  panelReplacement: (p) => ({
    subject: `${p.assembly} : vous faites partie du panel`,
    text: `Une place s’est libérée dans le panel de ${p.assembly} et la règle de remplacement de la loterie vous l’a attribuée. Les organisateurs vous contacteront au sujet des séances.`,
  }),
  ideaAnswered: (p) => ({
    subject: `Réponse officielle : l’idée « ${p.idea} » est ${IDEA_STATUS[p.status]}`,
    text: lines(
      `Les organisateurs de « ${p.consultation} » ont répondu à l’idée « ${p.idea} ».`,
      '',
      `Statut : ${IDEA_STATUS[p.status]}`,
      `Motif : ${p.reason}`,
      '',
      'Lisez l’idée et ses réponses :',
      p.link,
      '',
      'Vous recevez ce message parce que vous avez proposé ou soutenu cette idée.',
    ),
  }),
  contributionApproved: (p) => {
    const c = CONTRIBUTION[p.kind];
    return {
      subject: `Votre ${c.noun} est ${c.published} : ${p.quote}`,
      text: lines(
        `Un modérateur a approuvé votre ${c.noun} « ${p.quote} » : ${c.readable}.`,
        '',
        c.read,
        p.link,
        '',
        `Vous recevez ce message parce que vous avez écrit ${c.this}.`,
      ),
    };
  },
  contributionHidden: (p) => {
    const c = CONTRIBUTION[p.kind];
    return {
      subject: `Votre ${c.noun} a été ${c.hidden} : ${p.quote}`,
      text: lines(
        `Un modérateur a masqué votre ${c.noun} « ${p.quote} ». Le motif public s’affiche à sa place :`,
        '',
        `Motif : ${p.reason}`,
        '',
        'L’idée :',
        p.link,
        '',
        `Vous recevez ce message parce que vous avez écrit ${c.this}.`,
      ),
    };
  },
  statementAccepted: (p) => ({
    subject: `Votre proposition dans « ${p.conversation} »`,
    text: lines(
      `Votre proposition « ${p.statement} » dans la conversation « ${p.conversation} » a été acceptée : les autres participants peuvent maintenant voter.`,
      '',
      'Voir la conversation :',
      p.link,
    ),
  }),
  statementRejected: (p) => ({
    subject: `Votre proposition dans « ${p.conversation} »`,
    text: lines(
      `Votre proposition « ${p.statement} » dans la conversation « ${p.conversation} » n’a pas été acceptée. Motif du modérateur : ${p.reason}`,
      '',
      'Voir la conversation :',
      p.link,
    ),
  }),
} satisfies MailTexts;
