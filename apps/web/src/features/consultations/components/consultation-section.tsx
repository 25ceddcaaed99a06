import { IDEA_SORTS, IDEA_STATUSES, type IdeaSort, type IdeaStatus } from '@crossgov/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import type { Space } from '../../spaces/api/spaces.ts';
import { IDEAS_PAGE_SIZE, type Idea, useConsultation, useIdeas } from '../api/consultations.ts';
import { ConsultationSettingsForm } from './consultation-settings-form.tsx';
import { bestTranslation } from './contribution-text.tsx';
import { IdeaForm } from './idea-form.tsx';
import { ModerationQueue } from './moderation-queue.tsx';
import { Scoreboard } from './scoreboard.tsx';

function IdeaLink({ slug, idea }: { slug: string; idea: Idea }) {
  const { i18n } = useTranslation();
  const translation = bestTranslation(idea.translations, i18n.resolvedLanguage ?? 'en');
  return (
    <Link to={`/spaces/${slug}/ideas/${idea.id}`} lang={translation?.language ?? idea.language}>
      {translation?.title ?? idea.title}
    </Link>
  );
}

function IdeaList({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<IdeaSort>('recent');
  const [status, setStatus] = useState<IdeaStatus | 'unanswered' | 'all'>('all');
  const [offset, setOffset] = useState(0);
  const ideas = useIdeas(slug, { sort, status, offset });
  return (
    <section aria-labelledby="ideas-title" className="section">
      <h3 id="ideas-title">{t('consultations.ideasTitle')}</h3>
      <div className="filters">
        <SelectInput
          label={t('consultations.sortLabel')}
          value={sort}
          onChange={(value) => {
            setSort(value as IdeaSort);
            setOffset(0);
          }}
          choices={IDEA_SORTS.map((id) => ({ id, label: t(`consultations.sort.${id}`) }))}
        />
        <SelectInput
          label={t('consultations.statusFilter')}
          value={status}
          onChange={(value) => {
            setStatus(value as IdeaStatus | 'unanswered' | 'all');
            setOffset(0);
          }}
          choices={[
            { id: 'all', label: t('common.allStatuses') },
            { id: 'unanswered', label: t('consultations.unanswered') },
            ...IDEA_STATUSES.map((id) => ({ id, label: t(`consultations.status.${id}`) })),
          ]}
        />
      </div>
      {ideas.isPending && <Loading />}
      {ideas.isError && <LoadError error={ideas.error} />}
      {ideas.data && (
        <>
          <p role="status">{t('consultations.ideaCount', { count: ideas.data.total })}</p>
          <ul className="card-list">
            {ideas.data.items.map((idea) => (
              <li key={idea.id} className="card">
                {idea.state === 'hidden' && !idea.title ? (
                  <p>{t('consultations.hiddenBecause', { reason: idea.hiddenReason ?? '' })}</p>
                ) : (
                  <IdeaLink slug={slug} idea={idea} />
                )}
                <p className="muted">
                  {t('consultations.supportCount', { count: idea.supportCount })} ·{' '}
                  {t('consultations.commentCount', { count: idea.commentCount })} ·{' '}
                  {idea.status ? t(`consultations.status.${idea.status}`) : t('consultations.unanswered')}
                  {idea.state === 'pending' && <> · {t('consultations.pending')}</>}
                </p>
              </li>
            ))}
          </ul>
          <Pagination
            label={t('consultations.ideasPages')}
            offset={offset}
            limit={IDEAS_PAGE_SIZE}
            total={ideas.data.total}
            onChange={setOffset}
          />
        </>
      )}
    </section>
  );
}

/** A consultation's part of its space page: the question, the scoreboard, the ideas, and the hosts' tools. */
export function ConsultationSection({ space }: { space: Space }) {
  const { t, i18n } = useTranslation();
  const consultation = useConsultation(space.slug);
  if (consultation.isPending) return <Loading />;
  if (consultation.isError) return <LoadError error={consultation.error} />;
  const c = consultation.data;
  const date = (value: string) => new Date(value).toLocaleDateString(i18n.resolvedLanguage);
  return (
    <section aria-labelledby="consultation-title" className="section">
      <h2 id="consultation-title">{t('consultations.title')}</h2>
      <p className="lead">
        <LocalisedText value={c.question} />
      </p>
      <p>
        {c.isOpen ? t('consultations.open') : t('consultations.closed')}
        {c.opensAt && <> · {t('consultations.opens', { date: date(c.opensAt) })}</>}
        {c.closesAt && <> · {t('consultations.closes', { date: date(c.closesAt) })}</>}
      </p>
      <Scoreboard slug={space.slug} />
      {c.mayParticipate && c.isOpen && <IdeaForm slug={space.slug} preModeration={c.preModeration} />}
      {!c.mayParticipate && <p className="notice">{t('consultations.signInToTakePart')}</p>}
      <IdeaList slug={space.slug} />
      {c.mayManage && (
        <>
          <section aria-labelledby="moderation-title" className="section">
            <h3 id="moderation-title">{t('consultations.moderationTitle')}</h3>
            <ModerationQueue slug={space.slug} />
          </section>
          <section aria-labelledby="consultation-settings-title" className="section">
            <h3 id="consultation-settings-title">{t('consultations.settingsTitle')}</h3>
            <ConsultationSettingsForm slug={space.slug} consultation={c} />
            <p>
              <a href={`/api/spaces/${space.slug}/consultation/export.csv`} download>
                {t('consultations.exportCsv')}
              </a>
            </p>
          </section>
        </>
      )}
    </section>
  );
}
