import type { IdeaStatus, OrganisationRole, SpaceRole } from '@crossgov/shared';
import { lines, type MailTexts } from './en.ts';

const ORGANISATION_ROLE: Record<OrganisationRole, string> = { owner: 'مالك', admin: 'مشرف', member: 'عضو' };
const SPACE_ROLE: Record<SpaceRole, string> = {
  manage: 'إدارة',
  edit: 'تحرير',
  contribute: 'مساهمة',
  view: 'اطّلاع',
};
const IDEA_STATUS: Record<IdeaStatus, string> = {
  under_review: 'قيد الدراسة',
  accepted: 'مقبولة',
  partly: 'مقبولة جزئيًا',
  not_pursued: 'لن تُتابَع',
  implemented: 'منفّذة',
};
/** Arabic agrees with the noun: فكرة is feminine, تعليق masculine. */
const CONTRIBUTION = {
  idea: {
    yours: 'فكرتك',
    published: 'نُشرت فكرتك',
    hidden: 'أُخفيت فكرتك',
    readable: 'يمكن للجميع قراءتها الآن',
    place: 'مكانها',
    this: 'هذه الفكرة',
  },
  comment: {
    yours: 'تعليقك',
    published: 'نُشر تعليقك',
    hidden: 'أُخفي تعليقك',
    readable: 'يمكن للجميع قراءته الآن',
    place: 'مكانه',
    this: 'هذا التعليق',
  },
} as const;

/** The end of every invitation: the link and how long it works. */
const acceptBy = (link: string, days: number) =>
  lines(
    'اقبل الدعوة:',
    link,
    '',
    `الرابط صالح لمدة ${days} يومًا. إذا لم تكن تتوقع هذه الدعوة، فتجاهل هذه الرسالة.`,
  );

/** Plain text: links stay on their own line, so right-to-left text never reorders them. */
export const ar = {
  verifyEmail: (p) => ({
    subject: 'أكّد عنوان بريدك الإلكتروني في Crossgov',
    text: lines(
      `مرحبًا ${p.displayName}،`,
      '',
      'يرجى تأكيد أن هذا عنوان بريدك الإلكتروني بفتح هذا الرابط:',
      p.link,
      '',
      'الرابط صالح لمدة 24 ساعة. إذا لم تُنشئ حسابًا في Crossgov، فتجاهل هذه الرسالة.',
    ),
  }),
  resetPassword: (p) => ({
    subject: 'إعادة تعيين كلمة مرورك في Crossgov',
    text: lines(
      `مرحبًا ${p.displayName}،`,
      '',
      'طلب أحدهم (ونأمل أن تكون أنت) إعادة تعيين كلمة مرور حسابك في Crossgov. اختر كلمة مرور جديدة من هنا:',
      p.link,
      '',
      'الرابط صالح لمدة ساعة واحدة ولمرة واحدة فقط. تعيين كلمة مرور جديدة يُخرجك من حسابك في كل مكان آخر.',
      'إذا لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة مرورك كما هي.',
    ),
  }),
  organisationInvitation: (p) => ({
    subject: `دعوة للانضمام إلى ${p.organisation} في Crossgov`,
    text: lines(
      `يدعوك ${p.inviter ?? 'أحدهم'} للانضمام إلى ${p.organisation} في Crossgov بصفة ${ORGANISATION_ROLE[p.role]}.`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  spaceInvitation: (p) => ({
    subject: `دعوة إلى «${p.space}» في Crossgov`,
    text: lines(
      `يدعوك ${p.inviter ?? 'أحدهم'} للمشاركة في «${p.space}» في Crossgov (الدور: ${SPACE_ROLE[p.role]}).`,
      '',
      acceptBy(p.link, p.days),
    ),
  }),
  coOwnerRequest: (p) => ({
    subject: `هل تشارك منظمتكم في ملكية «${p.space}» في Crossgov؟`,
    text: lines(
      `يطلب ${p.requester} من منظمتكم المشاركة في ملكية المساحة «${p.space}».`,
      '',
      'يمكن لمالكي منظمتكم ومشرفيها القبول أو الرفض من صفحتها:',
      p.link,
    ),
  }),
  volunteerRegistered: (p) => ({
    subject: `${p.assembly}: تسجيلك`,
    text: lines(
      `شكرًا لتطوعك في ${p.assembly}.`,
      '',
      'ستختار قرعة عادلة أعضاء اللجنة من بين جميع المتطوعين، وسنراسلك إذا وقع عليك الاختيار.',
      '',
      'اطّلع على تسجيلك أو احذفه (الحذف يزيل بياناتك الشخصية):',
      p.link,
    ),
  }),
  panelSelected: (p) => ({
    subject: `${p.assembly}: لقد وقع عليك الاختيار`,
    text: `اختارتك القرعة العلنية لـ ${p.assembly} عضوًا في لجنتها. سيتواصل معك المنظمون بشأن الجلسات والمكافأة.`,
  }),
  panelReplacement: (p) => ({
    subject: `${p.assembly}: لقد وقع عليك الاختيار`,
    text: `شغر مقعد في لجنة ${p.assembly} واختارتك قاعدة الاستبدال في القرعة. سيتواصل معك المنظمون بشأن الجلسات.`,
  }),
  ideaAnswered: (p) => ({
    subject: `الرد الرسمي على «${p.idea}»: ${IDEA_STATUS[p.status]}`,
    text: lines(
      `ردّ القائمون على «${p.consultation}» على الفكرة «${p.idea}».`,
      '',
      `الحالة: ${IDEA_STATUS[p.status]}`,
      `السبب: ${p.reason}`,
      '',
      'اقرأ الفكرة والردود عليها:',
      p.link,
      '',
      'تصلك هذه الرسالة لأنك قدّمت هذه الفكرة أو أيّدتها.',
    ),
  }),
  contributionApproved: (p) => {
    const c = CONTRIBUTION[p.kind];
    return {
      subject: `${c.published}: ${p.quote}`,
      text: lines(
        `وافق أحد المشرفين على ${c.yours} «${p.quote}»: ${c.readable}.`,
        '',
        'الرابط:',
        p.link,
        '',
        `تصلك هذه الرسالة لأنك كتبت ${c.this}.`,
      ),
    };
  },
  contributionHidden: (p) => {
    const c = CONTRIBUTION[p.kind];
    return {
      subject: `${c.hidden}: ${p.quote}`,
      text: lines(
        `أخفى أحد المشرفين ${c.yours} «${p.quote}». ويظهر في ${c.place} السبب المعلن:`,
        '',
        `السبب: ${p.reason}`,
        '',
        'الفكرة:',
        p.link,
        '',
        `تصلك هذه الرسالة لأنك كتبت ${c.this}.`,
      ),
    };
  },
  statementAccepted: (p) => ({
    subject: `عبارتك في «${p.conversation}»`,
    text: lines(
      `قُبلت عبارتك «${p.statement}» في الحوار «${p.conversation}»: يمكن للمشاركين الآخرين التصويت عليها الآن.`,
      '',
      'اطّلع على الحوار:',
      p.link,
    ),
  }),
  statementRejected: (p) => ({
    subject: `عبارتك في «${p.conversation}»`,
    text: lines(
      `لم تُقبل عبارتك «${p.statement}» في الحوار «${p.conversation}». سبب المشرف: ${p.reason}`,
      '',
      'اطّلع على الحوار:',
      p.link,
    ),
  }),
} satisfies MailTexts;
