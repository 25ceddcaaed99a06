import { IDEA_STATUSES, type IdeaStatus } from '@crossgov/shared';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { MultilingualEditor } from '../../../components/multilingual-editor.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { multilingualFromRows, newLanguageRow } from '../../../lib/multilingual-rows.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import {
  type Consultation,
  type IdeaComment,
  type IdeaDetail,
  useAnswer,
  useComment,
  useConsultation,
  useEditComment,
  useFlag,
  useIdea,
  useIdeaComments,
  useSupport,
} from '../api/consultations.ts';
import { contentLanguageChoices } from '../components/content-languages.ts';
import { ContributionText } from '../components/contribution-text.tsx';
import { ModerationActions } from '../components/moderation-queue.tsx';
import { OwnIdeaActions } from '../components/own-idea-actions.tsx';

interface Context {
  slug: string;
  consultation: Consultation;
  signedIn: boolean;
  userId: string | null;
}

function FlagButton({ slug, contributionId }: { slug: string; contributionId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const flag = useFlag(slug, contributionId);
  if (flag.isSuccess) return <p role="status">{t('consultations.flagged')}</p>;
  return (
    <div>
      <Button className="button" aria-expanded={open} onPress={() => setOpen(!open)}>
        {t('consultations.flag')}
      </Button>
      {open && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            flag.mutate(reason);
          }}
        >
          <ProblemSummary problem={flag.error} />
          <TextInput label={t('consultations.flagReason')} value={reason} onChange={setReason} />
          <Button type="submit" className="button">
            {t('consultations.sendFlag')}
          </Button>
        </form>
      )}
    </div>
  );
}

function Contribution({
  ctx,
  item,
  heading,
  ideaId,
}: {
  ctx: Context;
  item: IdeaDetail | IdeaComment;
  heading?: 'h1' | 'h3';
  /** For a comment: the idea it is on. */
  ideaId?: string;
}) {
  const { t, i18n } = useTranslation();
  const { consultation } = ctx;
  if (item.state === 'hidden' && item.body === null)
    return <p className="notice">{t('consultations.hiddenBecause', { reason: item.hiddenReason ?? '' })}</p>;
  return (
    <>
      {item.state !== 'published' && (
        <p className="notice">
          {item.state === 'hidden'
            ? t('consultations.hiddenBecause', { reason: item.hiddenReason ?? '' })
            : t('consultations.pending')}
        </p>
      )}
      <ContributionText
        slug={ctx.slug}
        contribution={{ ...item, body: item.body, title: 'title' in item ? item.title : undefined }}
        heading={heading}
        machineProvider={consultation.machineTranslation?.provider ?? null}
        mayTranslate={consultation.mayParticipate}
        mayManage={consultation.mayManage}
        signedIn={ctx.signedIn}
      />
      <p className="muted">
        {t('consultations.byOn', {
          name: item.author?.displayName ?? '—',
          date: new Date(item.createdAt).toLocaleDateString(i18n.resolvedLanguage),
        })}
        {'editedAt' in item && item.editedAt && (
          <>
            {' · '}
            {t('consultations.editedOn', {
              date: new Date(item.editedAt).toLocaleDateString(i18n.resolvedLanguage),
            })}
          </>
        )}
      </p>
      {ideaId && 'parentId' in item && item.author?.userId === ctx.userId && item.state !== 'hidden' && (
        <EditCommentToggle ctx={ctx} ideaId={ideaId} comment={item} />
      )}
      {ctx.signedIn && item.state === 'published' && <FlagButton slug={ctx.slug} contributionId={item.id} />}
      {consultation.mayManage && (
        <details className="moderation-tools">
          <summary>{t('consultations.moderate')}</summary>
          <ModerationActions slug={ctx.slug} item={{ contributionId: item.id, state: item.state }} />
        </details>
      )}
    </>
  );
}

/** The author's own comment: edit it in place (marked edited; under pre-moderation it waits again). */
function EditCommentToggle({ ctx, ideaId, comment }: { ctx: Context; ideaId: string; comment: IdeaComment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState(comment.body ?? '');
  const edit = useEditComment(ctx.slug, ideaId, comment.id);
  const formId = `edit-comment-${comment.id}`;
  return (
    <>
      <Button
        className="button"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onPress={() => {
          setBody(comment.body ?? '');
          edit.reset();
          setOpen(!open);
        }}
      >
        {t('consultations.editMyComment')}
      </Button>
      {open && (
        <form
          id={formId}
          className="form"
          noValidate
          aria-label={t('consultations.editMyComment')}
          onSubmit={(event) => {
            event.preventDefault();
            edit.mutate({ body, version: comment.version }, { onSuccess: () => setOpen(false) });
          }}
        >
          {ctx.consultation.preModeration && <p>{t('consultations.editCommentModerated')}</p>}
          <ProblemSummary problem={edit.error} labels={{ body: t('consultations.comment') }} />
          <TextInput
            label={t('consultations.comment')}
            value={body}
            onChange={setBody}
            multiline
            inputLang={comment.language}
          />
          <Button type="submit" className="button" isDisabled={edit.isPending}>
            {t('consultations.saveComment')}
          </Button>
        </form>
      )}
    </>
  );
}

function ReplyToggle({ ctx, ideaId, parentId }: { ctx: Context; ideaId: string; parentId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="button" aria-expanded={open} onPress={() => setOpen(!open)}>
        {t('consultations.sendReply')}
      </Button>
      {open && <CommentForm ctx={ctx} ideaId={ideaId} parentId={parentId} onDone={() => setOpen(false)} />}
    </>
  );
}

function CommentForm(props: { ctx: Context; ideaId: string; parentId?: string; onDone?: () => void }) {
  const { ctx, ideaId, parentId } = props;
  const { t, i18n } = useTranslation();
  const [body, setBody] = useState('');
  const [language, setLanguage] = useState(i18n.resolvedLanguage ?? 'en');
  const comment = useComment(ctx.slug, ideaId);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        comment.mutate(
          { body, language, ...(parentId ? { parentId } : {}) },
          {
            onSuccess: () => {
              setBody('');
              props.onDone?.();
            },
          },
        );
      }}
    >
      <ProblemSummary problem={comment.error} />
      <TextInput
        label={parentId ? t('consultations.reply') : t('consultations.comment')}
        value={body}
        onChange={setBody}
        multiline
        inputLang={language}
      />
      <SelectInput
        label={t('consultations.language')}
        value={language}
        onChange={setLanguage}
        choices={contentLanguageChoices()}
      />
      <Button type="submit" className="button" isDisabled={comment.isPending}>
        {parentId ? t('consultations.sendTheReply') : t('consultations.sendComment')}
      </Button>
    </form>
  );
}

function AnswerForm({ ctx, idea }: { ctx: Context; idea: IdeaDetail }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<IdeaStatus>(idea.status ?? 'under_review');
  const [rows, setRows] = useState(() => [newLanguageRow(i18n.resolvedLanguage ?? 'en', 'original')]);
  const answer = useAnswer(ctx.slug, idea.id);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        answer.mutate(
          { status, reason: multilingualFromRows(rows), version: idea.version },
          { onSuccess: () => setRows([newLanguageRow(i18n.resolvedLanguage ?? 'en', 'original')]) },
        );
      }}
    >
      <ProblemSummary problem={answer.error} labels={{ reason: t('consultations.answerReason') }} />
      <SelectInput
        label={t('consultations.officialStatus')}
        value={status}
        onChange={(value) => setStatus(value as IdeaStatus)}
        choices={IDEA_STATUSES.map((id) => ({ id, label: t(`consultations.status.${id}`) }))}
      />
      <MultilingualEditor legend={t('consultations.answerReason')} rows={rows} onChange={setRows} multiline />
      <Button type="submit" className="button button-primary" isDisabled={answer.isPending}>
        {t('consultations.publishAnswer')}
      </Button>
    </form>
  );
}

function IdeaView({ ctx, idea }: { ctx: Context; idea: IdeaDetail }) {
  const { t, i18n } = useTranslation();
  const support = useSupport(ctx.slug, idea.id);
  const { consultation } = ctx;
  return (
    <>
      <p>
        <Link to={`/spaces/${ctx.slug}`}>{t('consultations.backToConsultation')}</Link>
      </p>
      <article className="section">
        <Contribution ctx={ctx} item={idea} heading="h1" />
        <p role="status">
          {t('consultations.supportCount', { count: idea.supportCount })} ·{' '}
          {idea.status ? t(`consultations.status.${idea.status}`) : t('consultations.unanswered')}
        </p>
        {idea.withdrawnAt && (
          <p className="notice">
            {t('consultations.withdrawnNotice')} ·{' '}
            {new Date(idea.withdrawnAt).toLocaleDateString(i18n.resolvedLanguage)}
          </p>
        )}
        {consultation.mayParticipate &&
          consultation.isOpen &&
          idea.state === 'published' &&
          (!idea.withdrawnAt || idea.supportedByMe) && (
            <Button
              className="button button-primary"
              isDisabled={support.isPending}
              onPress={() => support.mutate(!idea.supportedByMe)}
            >
              {idea.supportedByMe ? t('consultations.withdrawSupport') : t('consultations.support')}
            </Button>
          )}
        <ProblemSummary problem={support.error} />
        {ctx.userId !== null && idea.author?.userId === ctx.userId && (
          <OwnIdeaActions slug={ctx.slug} idea={idea} isOpen={consultation.isOpen} />
        )}
      </article>
      <section aria-labelledby="answers-title" className="section">
        <h2 id="answers-title">{t('consultations.answersTitle')}</h2>
        {idea.answers.length === 0 && <p>{t('consultations.noAnswerYet')}</p>}
        <ol className="card-list">
          {idea.answers.map((answer) => (
            <li key={answer.id} className="card">
              <p>
                <strong>{t(`consultations.status.${answer.status}`)}</strong> ·{' '}
                {new Date(answer.createdAt).toLocaleDateString(i18n.resolvedLanguage)} ·{' '}
                {answer.answeredBy?.displayName ?? '—'}
              </p>
              <LocalisedText value={answer.reason} as="p" />
            </li>
          ))}
        </ol>
        {consultation.mayManage && idea.state === 'published' && <AnswerForm ctx={ctx} idea={idea} />}
      </section>
      <section aria-labelledby="comments-title" className="section">
        <h2 id="comments-title">{t('consultations.commentsTitle', { count: idea.commentCount })}</h2>
        <Comments ctx={ctx} idea={idea} />
        {consultation.mayParticipate && idea.state === 'published' && (
          <CommentForm ctx={ctx} ideaId={idea.id} />
        )}
      </section>
    </>
  );
}

/** The comment threads, loaded a page at a time; "show more" keeps focus and announces the new count. */
function Comments({ ctx, idea }: { ctx: Context; idea: IdeaDetail }) {
  const { t } = useTranslation();
  const pages = useIdeaComments(ctx.slug, idea.id);
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <LoadError error={pages.error} />;
  const comments = pages.data.pages.flatMap((page) => page.items);
  const topLevel = comments.filter((comment) => !comment.parentId);
  const total = pages.data.pages[pages.data.pages.length - 1]?.total ?? topLevel.length;
  return (
    <>
      <ul className="card-list">
        {topLevel.map((comment) => (
          <li key={comment.id} className="card">
            <Contribution ctx={ctx} item={comment} ideaId={idea.id} />
            <ul className="card-list replies">
              {comments
                .filter((reply) => reply.parentId === comment.id)
                .map((reply) => (
                  <li key={reply.id} className="card">
                    <Contribution ctx={ctx} item={reply} ideaId={idea.id} />
                  </li>
                ))}
            </ul>
            {ctx.consultation.mayParticipate && comment.state === 'published' && (
              <ReplyToggle ctx={ctx} ideaId={idea.id} parentId={comment.id} />
            )}
          </li>
        ))}
      </ul>
      {total > 0 && (
        <p role="status">{t('consultations.commentThreadsShown', { shown: topLevel.length, total })}</p>
      )}
      {pages.hasNextPage && (
        <Button
          className="button"
          isDisabled={pages.isFetchingNextPage}
          onPress={() => void pages.fetchNextPage()}
        >
          {t('consultations.showMoreComments')}
        </Button>
      )}
    </>
  );
}

/** An idea's page: its text (translated, with provenance), supports, official answers and comments. */
export function IdeaPage() {
  const { t } = useTranslation();
  const { slug = '', ideaId = '' } = useParams();
  const user = useCurrentUser();
  const consultation = useConsultation(slug);
  const idea = useIdea(slug, ideaId);
  useDocumentTitle(idea.data?.title ?? t('consultations.ideaPage'));
  if (consultation.isPending || idea.isPending) return <Loading />;
  if (consultation.isError) return <LoadError error={consultation.error} />;
  if (idea.isError) return <LoadError error={idea.error} />;
  const ctx = { slug, consultation: consultation.data, signedIn: user !== null, userId: user?.id ?? null };
  return <IdeaView ctx={ctx} idea={idea.data} />;
}
