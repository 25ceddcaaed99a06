import type { IdeaStatus, OrganisationRole, SpaceRole } from '@crossgov/shared';
import { lines, type MailTexts } from './en.ts';

const ORGANISATION_ROLE: Record<OrganisationRole, string> = {
  owner: 'propietario',
  admin: 'administrador',
  member: 'miembro',
};
const SPACE_ROLE: Record<SpaceRole, string> = {
  manage: 'gestionar',
  edit: 'editar',
  contribute: 'contribuir',
  view: 'consultar',
};
const IDEA_STATUS: Record<IdeaStatus, string> = {
  under_review: 'en estudio',
  accepted: 'aceptada',
  partly: 'aceptada en parte',
  not_pursued: 'descartada',
  implemented: 'realizada',
};
/** Spanish agrees with the noun: una idea publicada, un comentario publicado. */
const CONTRIBUTION = {
  idea: { noun: 'idea', published: 'publicada', read: 'Léala:', this: 'esta idea' },
  comment: { noun: 'comentario', published: 'publicado', read: 'Léalo:', this: 'este comentario' },
} as const;

/** The end of every invitation: the link and how long it works. */
const acceptBy = (link: string, days: number) =>
  lines(
    'Acepte la invitación:',
    link,
    '',
    `El enlace es válido durante ${days} días. Si no esperaba este mensaje, ignórelo.`,
  );

/** Spanish mail addresses the reader as «usted», like the web app. */
export const es = {
  verifyEmail: (p) => ({
    subject: 'Confirme su dirección de correo electrónico para Crossgov',
    text: lines(
      `Hola, ${p.displayName}:`,
      '',
      'Confirme que esta es su dirección de correo electrónico abriendo este enlace:',
      p.link,
      '',
      'El enlace es válido durante 24 horas. Si no ha creado una cuenta en Crossgov, ignore este mensaje.',
    ),
  }),
  resetPassword: (p) => ({
    subject: 'Restablezca su contraseña de Crossgov',
    text: lines(
      `Hola, ${p.displayName}:`,
      '',
      'Alguien (esperamos que usted) ha pedido restablecer la contraseña de su cuenta de Crossgov. Elija una nueva aquí:',
      p.link,
      '',
      'El enlace es válido durante una hora y una sola vez. Al elegir una contraseña nueva, se cierran todas sus demás sesiones.',
      'Si no lo ha pedido, ignore este mensaje: su contraseña no cambia.',
    ),
  }),
  organisationInvitation: (p) => ({
    subject: `Invitación para unirse a ${p.organisation} en Crossgov`,
    text: lines(
      `${p.inviter ?? 'Alguien'} le invita a unirse a ${p.organisation} en Crossgov como ${ORGANISATION_ROLE[p.role]}.`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  spaceInvitation: (p) => ({
    subject: `Invitación a «${p.space}» en Crossgov`,
    text: lines(
      `${p.inviter ?? 'Alguien'} le invita a participar en «${p.space}» en Crossgov (función: ${SPACE_ROLE[p.role]}).`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  coOwnerRequest: (p) => ({
    subject: `¿Compartir la titularidad de «${p.space}» en Crossgov?`,
    text: lines(
      `${p.requester} pide a su organización que comparta la titularidad del espacio «${p.space}».`,
      '',
      'Los propietarios y administradores de su organización pueden aceptar o rechazar la solicitud en su página:',
      p.link,
    ),
  }),
  volunteerRegistered: (p) => ({
    subject: `${p.assembly}: su inscripción`,
    text: lines(
      `Gracias por ofrecerse como voluntario para ${p.assembly}.`,
      '',
      'Una lotería justa elegirá el panel entre todas las personas voluntarias; le escribiremos si el sorteo le elige.',
      '',
      'Consulte o elimine su inscripción (al eliminarla se borran sus datos personales):',
      p.link,
    ),
  }),
  panelSelected: (p) => ({
    subject: `${p.assembly}: el sorteo le ha elegido`,
    text: `La lotería pública de ${p.assembly} le ha elegido para su panel. La organización se pondrá en contacto con usted sobre las sesiones y la compensación.`,
  }),
  panelReplacement: (p) => ({
    subject: `${p.assembly}: el sorteo le ha elegido`,
    text: `Ha quedado libre una plaza en el panel de ${p.assembly} y la regla de sustitución de la lotería le ha elegido. La organización se pondrá en contacto con usted sobre las sesiones.`,
  }),
  ideaAnswered: (p) => ({
    subject: `Respuesta oficial a «${p.idea}»: ${IDEA_STATUS[p.status]}`,
    text: lines(
      `Los organizadores de «${p.consultation}» han respondido a la idea «${p.idea}».`,
      '',
      `Estado: ${IDEA_STATUS[p.status]}`,
      `Motivo: ${p.reason}`,
      '',
      'Lea la idea y sus respuestas:',
      p.link,
      '',
      'Recibe este mensaje porque propuso o apoyó esta idea.',
    ),
  }),
  contributionApproved: (p) => {
    const c = CONTRIBUTION[p.kind];
    return {
      subject: `Su ${c.noun} ya está ${c.published}: ${p.quote}`,
      text: lines(
        `Un moderador ha aprobado su ${c.noun} «${p.quote}»: ya es visible para todo el mundo.`,
        '',
        c.read,
        p.link,
        '',
        `Recibe este mensaje porque escribió ${c.this}.`,
      ),
    };
  },
  contributionHidden: (p) => {
    const c = CONTRIBUTION[p.kind];
    return {
      subject: `Su ${c.noun} se ha ocultado: ${p.quote}`,
      text: lines(
        `Un moderador ha ocultado su ${c.noun} «${p.quote}». En su lugar se muestra el motivo público:`,
        '',
        `Motivo: ${p.reason}`,
        '',
        'La idea:',
        p.link,
        '',
        `Recibe este mensaje porque escribió ${c.this}.`,
      ),
    };
  },
  statementAccepted: (p) => ({
    subject: `Su afirmación en «${p.conversation}»`,
    text: lines(
      `Su afirmación «${p.statement}» en la conversación «${p.conversation}» ha sido aceptada: el resto de participantes ya puede votarla.`,
      '',
      'Ver la conversación:',
      p.link,
    ),
  }),
  statementRejected: (p) => ({
    subject: `Su afirmación en «${p.conversation}»`,
    text: lines(
      `Su afirmación «${p.statement}» en la conversación «${p.conversation}» no ha sido aceptada. Motivo del moderador: ${p.reason}`,
      '',
      'Ver la conversación:',
      p.link,
    ),
  }),
} satisfies MailTexts;
