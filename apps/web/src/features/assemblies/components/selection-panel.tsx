import { ASSEMBLY_ALGORITHMS } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import {
  type Assembly,
  type AssemblyRun,
  useDraw,
  usePublishLottery,
  useRuns,
  useStartRun,
} from '../api/assemblies.ts';
import { percent } from './labels.ts';
import { ProbabilityChart } from './probability-chart.tsx';

function StartRunForm({ assembly }: { assembly: Assembly }) {
  const { t } = useTranslation();
  const start = useStartRun(assembly.slug);
  const [algorithm, setAlgorithm] = useState<AssemblyRun['algorithm']>('leximin');
  const [size, setSize] = useState('1000');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate({ algorithm, lotterySize: Number(size) || 1000 });
  };
  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('assemblies.startRun')}>
      <ProblemSummary problem={start.error} />
      <SelectInput
        label={t('assemblies.algorithm')}
        choices={ASSEMBLY_ALGORITHMS.map((id) => ({ id, label: t(`assemblies.algorithms.${id}`) }))}
        value={algorithm}
        onChange={(value) => setAlgorithm(ASSEMBLY_ALGORITHMS.find((id) => id === value) ?? 'leximin')}
      />
      <TextInput
        label={t('assemblies.lotterySize')}
        description={t('assemblies.lotterySizeHelp')}
        inputMode="numeric"
        value={size}
        onChange={setSize}
      />
      <div className="button-row">
        <Button
          type="submit"
          className="button button-primary"
          isDisabled={start.isPending || assembly.quotas.length === 0}
        >
          {t('assemblies.startRun')}
        </Button>
      </div>
    </form>
  );
}

function FairnessTable({ run }: { run: AssemblyRun }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const result = run.result;
  if (!result) return null;
  const rows = [
    {
      key: 'min',
      label: t('assemblies.minProbability'),
      ours: result.fairness.minProbability,
      legacy: result.legacy.minProbability,
    },
    { key: 'gini', label: t('assemblies.gini'), ours: result.fairness.gini, legacy: result.legacy.gini },
    {
      key: 'geo',
      label: t('assemblies.geometricMean'),
      ours: result.fairness.geometricMean,
      legacy: result.legacy.geometricMean,
    },
  ];
  return (
    <TableWrap label={t('assemblies.fairnessTitle')}>
      <table className="table">
        <caption>{t('assemblies.fairnessTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assemblies.measure')}</th>
            <th scope="col">{t(`assemblies.algorithms.${run.algorithm}`)}</th>
            <th scope="col">{t('assemblies.legacyColumn', { runs: result.legacy.runs })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{percent(row.ours, locale)}</td>
              <td>{percent(row.legacy, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function RunResult({ assembly, run }: { assembly: Assembly; run: AssemblyRun }) {
  const { t, i18n } = useTranslation();
  const publish = usePublishLottery(assembly.slug);
  const draw = useDraw(assembly.slug);
  const [ceremonyHash, setCeremonyHash] = useState('');
  const [ceremonySeed, setCeremonySeed] = useState('');
  const lottery = assembly.lottery;
  const result = run.result;
  if (!result) return null;
  const published = lottery?.runId === run.id;
  return (
    <>
      <p>
        {t('assemblies.resultSummary', {
          pool: result.poolSize,
          panels: result.panels,
          seconds: result.seconds.toFixed(1),
        })}
      </p>
      <FairnessTable run={run} />
      <h4>{t('assemblies.chartTitle')}</h4>
      <ProbabilityChart probabilities={result.probabilities} id={`run-${run.id}`} />
      <h4>{t('assemblies.lotteryTitle')}</h4>
      <p>
        {t('assemblies.lotterySummary', {
          size: run.lotterySize,
          panels: result.lotteryPanels,
          deviation: percent(result.lotteryMaxDeviation, i18n.language),
        })}
      </p>
      <ProblemSummary problem={publish.error ?? draw.error} />
      {!published && !lottery?.drawn && (
        <>
          <TextInput
            label={t('assemblies.ceremonyHash')}
            description={t('assemblies.ceremonyHashHelp')}
            value={ceremonyHash}
            onChange={setCeremonyHash}
          />
          <Button
            className="button button-primary"
            isDisabled={publish.isPending}
            onPress={() => {
              const seedHash = ceremonyHash.trim().toLowerCase();
              publish.mutate({ id: run.id, ...(seedHash ? { seedHash } : {}) });
            }}
          >
            {t('assemblies.publish')}
          </Button>
        </>
      )}
      {published && lottery && (
        <>
          <p>
            {t('assemblies.seedHash')}: <code className="opaque-ids">{lottery.seedHash}</code>
          </p>
          {lottery.drawn ? (
            <>
              <p role="status" className="success-message">
                {t('assemblies.drawnSummary', {
                  ticket: lottery.ticket ?? 0,
                  count: lottery.members?.length ?? 0,
                })}
              </p>
              <p>
                <Link to={`/assemblies/${assembly.slug}/lottery`}>{t('assemblies.verifyLink')}</Link>
              </p>
            </>
          ) : (
            <>
              {lottery.seedFromCeremony && (
                <TextInput
                  label={t('assemblies.ceremonySeed')}
                  value={ceremonySeed}
                  onChange={setCeremonySeed}
                />
              )}
              <Button
                className="button button-primary"
                isDisabled={draw.isPending}
                onPress={() => draw.mutate(lottery.seedFromCeremony ? ceremonySeed.trim() : undefined)}
              >
                {t('assemblies.draw')}
              </Button>
            </>
          )}
        </>
      )}
    </>
  );
}

function RunView({ assembly, run }: { assembly: Assembly; run: AssemblyRun }) {
  const { t, i18n } = useTranslation();
  const active = run.status === 'queued' || run.status === 'running';
  return (
    <article className="card">
      <h3>
        {t(`assemblies.algorithms.${run.algorithm}`)} · {formatDateTime(run.createdAt, i18n.language)}
      </h3>
      <p role="status">
        {t(`assemblies.runStatus.${run.status}`)}
        {active && ` · ${t(`assemblies.stages.${run.stage}`, { defaultValue: run.stage })}`}
      </p>
      {active && (
        <progress
          className="run-progress"
          max={1}
          value={run.progress}
          aria-label={t('assemblies.progress')}
        />
      )}
      {run.status === 'failed' && run.error && (
        <p className="problem-summary" lang="en">
          {run.error}
        </p>
      )}
      {run.status === 'succeeded' && <RunResult assembly={assembly} run={run} />}
    </article>
  );
}

/** Managers start a selection run, watch its progress, read the fairness report, publish and draw. */
export function SelectionPanel({ assembly }: { assembly: Assembly }) {
  const { t } = useTranslation();
  const runs = useRuns(assembly.slug);
  const shown = runs.data?.items.slice(0, 3) ?? [];
  return (
    <>
      <p>{t('assemblies.selectionHelp')}</p>
      {!assembly.lottery?.drawn && <StartRunForm assembly={assembly} />}
      {runs.isPending ? (
        <Loading />
      ) : runs.isError ? (
        <LoadError error={runs.error} />
      ) : (
        shown.map((run) => <RunView key={run.id} assembly={assembly} run={run} />)
      )}
    </>
  );
}
