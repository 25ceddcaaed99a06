import { pickText } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useAssembly, useLottery, useVerifyDraw } from '../api/assemblies.ts';
import { percent } from '../components/labels.ts';

function VerifyForm({ slug, seed }: { slug: string; seed: string | null }) {
  const { t } = useTranslation();
  const verify = useVerifyDraw(slug);
  const [value, setValue] = useState(seed ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate(value.trim());
  };
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="verify-title">
      <h2 id="verify-title">{t('assemblies.verifyTitle')}</h2>
      <ProblemSummary problem={verify.error} labels={{ seed: t('assemblies.seed') }} />
      <TextInput label={t('assemblies.seed')} value={value} onChange={setValue} />
      <div className="button-row">
        <Button
          type="submit"
          className="button button-primary"
          isDisabled={verify.isPending || !value.trim()}
        >
          {t('assemblies.verify')}
        </Button>
      </div>
      {verify.data && (
        <div
          role="status"
          className={verify.data.matchesPublishedDraw === false ? 'problem-summary' : 'success-message'}
        >
          <p>{t('assemblies.verifiedTicket', { ticket: verify.data.ticket })}</p>
          <p>
            {verify.data.matchesPublishedDraw === null
              ? t('assemblies.notDrawnYet')
              : verify.data.matchesPublishedDraw
                ? t('assemblies.matches')
                : t('assemblies.doesNotMatch')}
          </p>
          <p className="opaque-ids">{verify.data.members.join(' ')}</p>
        </div>
      )}
    </form>
  );
}

/** The public lottery: the committed seed hash before the draw, the seed and the panel after, and a re-run. */
export function LotteryPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const assembly = useAssembly(slug);
  const lottery = useLottery(slug);
  useDocumentTitle(t('assemblies.lotteryTitle'));
  if (assembly.isPending || lottery.isPending) return <Loading />;
  if (assembly.isError) return <LoadError error={assembly.error} />;
  return (
    <div className="narrow-page">
      <LocalisedText as="h1" value={assembly.data.titles} />
      <p className="lead">{t('assemblies.lotteryTitle')}</p>
      {lottery.isError ? (
        <p className="notice">{t('assemblies.noLottery')}</p>
      ) : (
        <>
          <p>
            {t('assemblies.lotteryExplained', {
              size: lottery.data.lottery.size,
              panels: lottery.data.lottery.panels.length,
            })}
          </p>
          <dl className="facts">
            <div>
              <dt>{t('assemblies.algorithm')}</dt>
              <dd>{t(`assemblies.algorithms.${lottery.data.lottery.algorithm}`)}</dd>
            </div>
            <div>
              <dt>{t('assemblies.seedHash')}</dt>
              <dd className="opaque-ids">{lottery.data.lottery.seedHash}</dd>
            </div>
            <div>
              <dt>{t('assemblies.seed')}</dt>
              <dd className="opaque-ids">{lottery.data.seed ?? t('assemblies.seedSecret')}</dd>
            </div>
            <div>
              <dt>{t('assemblies.maxDeviation')}</dt>
              <dd>{percent(lottery.data.lottery.maxDeviation, i18n.language)}</dd>
            </div>
            {lottery.data.ticket !== null && (
              <div>
                <dt>{t('assemblies.ticket')}</dt>
                <dd>{lottery.data.ticket}</dd>
              </div>
            )}
          </dl>
          {lottery.data.members && (
            <>
              <h2>{t('assemblies.drawnPanel')}</h2>
              <p className="opaque-ids">{lottery.data.members.join(' ')}</p>
            </>
          )}
          <p>{t('assemblies.procedure')}</p>
          <p lang="en" className="muted">
            {lottery.data.lottery.drawProcedure}
          </p>
          <p>
            <a href={`/api/spaces/${slug}/assembly/lottery`} download={`${slug}-lottery.json`}>
              {t('assemblies.downloadLottery')}
            </a>
          </p>
          <VerifyForm slug={slug} seed={lottery.data.seed} />
        </>
      )}
      <p>
        <Link to={`/spaces/${slug}`}>{t('assemblies.aboutLink')}</Link> ·{' '}
        {pickText(assembly.data.titles, i18n.language)}
      </p>
    </div>
  );
}
