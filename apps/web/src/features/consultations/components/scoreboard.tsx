import { IDEA_STATUSES } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useScoreboard } from '../api/consultations.ts';

/** The public feedback figures: how many ideas got an official answer, per status, and how fast. */
export function Scoreboard({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const board = useScoreboard(slug);
  if (board.isPending) return <Loading />;
  if (board.isError) return <LoadError error={board.error} />;
  const b = board.data;
  const days = (value: number | null) =>
    value === null
      ? t('consultations.noFigure')
      : t('consultations.days', { formatted: value.toLocaleString(i18n.resolvedLanguage) });
  return (
    <section aria-labelledby="scoreboard-title" className="section">
      <h3 id="scoreboard-title">{t('consultations.scoreboardTitle')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('consultations.answeredIdeas')}</dt>
          <dd>{t('consultations.answeredOf', { answered: b.answered, ideas: b.ideas })}</dd>
        </div>
        <div>
          <dt>{t('consultations.medianDays')}</dt>
          <dd>{days(b.medianDaysToAnswer)}</dd>
        </div>
        <div>
          <dt>{t('consultations.p90Days')}</dt>
          <dd>{days(b.p90DaysToAnswer)}</dd>
        </div>
        {IDEA_STATUSES.map((status) => (
          <div key={status}>
            <dt>{t(`consultations.status.${status}`)}</dt>
            <dd>{b.byStatus[status] ?? 0}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
