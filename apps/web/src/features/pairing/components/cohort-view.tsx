import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { countryName } from '../../../lib/format.ts';
import { useCohort, useConfirmCohort, useProposePairs } from '../api/pairing.ts';
import { PairsTable } from './pairs-table.tsx';

export function CohortView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const cohort = useCohort(id);
  const propose = useProposePairs(id);
  const confirm = useConfirmCohort(id);
  if (cohort.isPending) return <Loading />;
  if (cohort.isError) return <LoadError error={cohort.error} />;
  const data = cohort.data;
  const names = new Map(data.cohort.map((person) => [person.userId, person.displayName]));
  return (
    <section aria-labelledby="cohort-title" className="section">
      <h2 id="cohort-title">{data.name}</h2>
      <dl className="facts">
        <div>
          <dt>{t('pairing.country')}</dt>
          <dd>{countryName(data.country, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('pairing.status')}</dt>
          <dd>{t(`pairing.statuses.${data.status}`)}</dd>
        </div>
        <div>
          <dt>{t('pairing.sizes')}</dt>
          <dd>{t('pairing.sizesValue', { cohort: data.cohortSize, pool: data.poolSize })}</dd>
        </div>
        {data.pairs.length > 0 && (
          <div>
            <dt>{t('pairing.totalFit')}</dt>
            <dd>{data.totalScore.toFixed(2)}</dd>
          </div>
        )}
      </dl>
      <ProblemSummary problem={propose.error ?? confirm.error} />
      {data.status !== 'confirmed' && (
        <div className="button-row">
          <Button
            className="button button-primary"
            onPress={() => propose.mutate(data.version)}
            isDisabled={propose.isPending}
          >
            {data.pairs.length > 0 ? t('pairing.proposeAgain') : t('pairing.propose')}
          </Button>
          {data.pairs.length > 0 && (
            <ConfirmButton
              title={t('pairing.confirmTitle')}
              message={t('pairing.confirmText')}
              confirmLabel={t('pairing.confirm')}
              onConfirm={() => confirm.mutate(data.version)}
              isDisabled={confirm.isPending}
            >
              {t('pairing.confirm')}
            </ConfirmButton>
          )}
        </div>
      )}
      {data.status === 'confirmed' && (
        <p role="status" className="success-message">
          {t('pairing.confirmedNotice')}
        </p>
      )}
      {data.pairs.length > 0 && (
        <>
          <h3>{t('pairing.pairsTitle')}</h3>
          <PairsTable cohort={data} />
        </>
      )}
      {data.unpaired.length > 0 && (
        <p className="notice">
          {t('pairing.unpaired', {
            names: data.unpaired.map((userId) => names.get(userId) ?? userId).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
