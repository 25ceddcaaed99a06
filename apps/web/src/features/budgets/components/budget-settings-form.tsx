import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { isApiProblem } from '../../../lib/api-problem.ts';
import { type Budget, type SettingsInput, useUpdateSettings } from '../api/budgets.ts';
import { CurrencySelect, JurisdictionPicker } from './settings-pickers.tsx';

type Settings = Budget['settings'];
type PhaseKey = keyof Settings['phases'];
const PHASE_KEYS: PhaseKey[] = [
  'proposalsOpen',
  'proposalsClose',
  'reviewClose',
  'votingOpen',
  'votingClose',
  'resultsOn',
];
const COMPLETIONS = ['none', 'add1', 'add1e', 'utilitarian', 'add1u'] as const;
const METHODS = ['approval', 'cumulative', 'ranking', 'choose-one'] as const;

/** ISO instant <-> the value of a datetime-local input, in the reader's time zone. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const offset = date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - offset).toISOString().slice(0, 16);
}
function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
const numberOr = (text: string, fallback: number | null) => (text.trim() === '' ? fallback : Number(text));

interface HostRow {
  jurisdiction: string;
  currency: string;
  pledge: string;
  rate: string;
}

/** The managers' settings: process, currency, host pledges, dates, voting method and counting rule. */
export function BudgetSettingsForm({ slug, budget }: { slug: string; budget: Budget }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateSettings(slug);
  const { settings } = budget;
  const language = i18n.language;
  const [description, setDescription] = useState(
    (settings.descriptions as Record<string, { text: string }>)[language]?.text ?? '',
  );
  const [currency, setCurrency] = useState(settings.currency);
  const [hosts, setHosts] = useState<HostRow[]>(
    settings.hosts.map((host) => ({
      jurisdiction: host.jurisdiction,
      currency: host.currency,
      pledge: String(host.pledge),
      rate: String(host.rate),
    })),
  );
  const [phases, setPhases] = useState(
    Object.fromEntries(PHASE_KEYS.map((key) => [key, toLocalInput(settings.phases[key])])) as Record<
      PhaseKey,
      string
    >,
  );
  const [methodType, setMethodType] = useState<Settings['method']['type']>(settings.method.type);
  const m = settings.method;
  const [minProjects, setMinProjects] = useState(
    m.type === 'approval' && m.minProjects !== null ? String(m.minProjects) : '',
  );
  const [maxProjects, setMaxProjects] = useState(
    m.type === 'approval' && m.maxProjects !== null ? String(m.maxProjects) : '',
  );
  const [totalPoints, setTotalPoints] = useState(m.type === 'cumulative' ? String(m.totalPoints) : '10');
  const [maxPerProject, setMaxPerProject] = useState(m.type === 'cumulative' ? String(m.maxPerProject) : '5');
  const [maxRanks, setMaxRanks] = useState(m.type === 'ranking' ? String(m.maxRanks) : '3');
  const [rule, setRule] = useState(settings.rule.rule);
  const [completion, setCompletion] = useState(settings.rule.completion);
  const [satisfaction, setSatisfaction] = useState(settings.rule.satisfaction);
  const problem = isApiProblem(update.error) ? update.error : null;

  const method = (): SettingsInput['method'] => {
    if (methodType === 'approval')
      return {
        type: 'approval',
        minProjects: numberOr(minProjects, null),
        maxProjects: numberOr(maxProjects, null),
      };
    if (methodType === 'cumulative')
      return { type: 'cumulative', totalPoints: Number(totalPoints), maxPerProject: Number(maxPerProject) };
    if (methodType === 'ranking') return { type: 'ranking', maxRanks: Number(maxRanks) };
    return { type: 'choose-one' };
  };
  const setHost = (index: number, patch: Partial<HostRow>) =>
    setHosts(hosts.map((host, at) => (at === index ? { ...host, ...patch } : host)));

  return (
    <form
      className="form"
      aria-labelledby="budget-settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        const descriptions = { ...settings.descriptions } as Record<
          string,
          { text: string; provenance: 'original' }
        >;
        if (description.trim()) descriptions[language] = { text: description.trim(), provenance: 'original' };
        else delete descriptions[language];
        update.mutate({
          descriptions,
          currency: currency.trim().toUpperCase(),
          hosts: hosts.map((host) => ({
            jurisdiction: host.jurisdiction.trim(),
            currency: host.currency.trim().toUpperCase(),
            pledge: Number(host.pledge),
            rate: Number(host.rate.replace(',', '.')),
          })),
          phases: Object.fromEntries(
            PHASE_KEYS.map((key) => [key, fromLocalInput(phases[key])]),
          ) as Settings['phases'],
          method: method(),
          rule: { rule, completion: rule === 'greedy' ? 'none' : completion, satisfaction },
          version: budget.version,
        });
      }}
    >
      <h3 id="budget-settings-title">{t('budgets.settings.title')}</h3>
      {update.isSuccess && (
        <p role="status" className="success-message">
          {t('budgets.settings.saved')}
        </p>
      )}
      <ProblemSummary problem={update.error} />
      <TextInput
        label={t('budgets.settings.description')}
        value={description}
        onChange={setDescription}
        multiline
      />
      <CurrencySelect
        label={t('budgets.settings.currency')}
        value={currency}
        onChange={setCurrency}
        language={language}
        error={problem?.fieldMessage('currency')}
      />
      <fieldset className="form">
        <legend>{t('budgets.settings.hosts')}</legend>
        {hosts.map((host, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
          <div key={index} className="form-row">
            <JurisdictionPicker
              label={t('budgets.settings.jurisdiction')}
              value={host.jurisdiction}
              onChange={(value) => setHost(index, { jurisdiction: value })}
              language={language}
              error={problem?.fieldMessage(`hosts.${index}.jurisdiction`)}
            />
            <CurrencySelect
              label={t('budgets.settings.hostCurrency')}
              value={host.currency}
              onChange={(value) => setHost(index, { currency: value })}
              language={language}
              error={problem?.fieldMessage(`hosts.${index}.currency`)}
            />
            <TextInput
              label={t('budgets.settings.pledge')}
              value={host.pledge}
              inputMode="numeric"
              onChange={(value) => setHost(index, { pledge: value })}
              error={problem?.fieldMessage(`hosts.${index}.pledge`)}
            />
            <TextInput
              label={t('budgets.settings.rate')}
              value={host.rate}
              inputMode="decimal"
              onChange={(value) => setHost(index, { rate: value })}
              error={problem?.fieldMessage(`hosts.${index}.rate`)}
            />
            <Button className="button" onPress={() => setHosts(hosts.filter((_host, at) => at !== index))}>
              {t('budgets.settings.removeHost', { code: host.jurisdiction || index + 1 })}
            </Button>
          </div>
        ))}
        <Button
          className="button"
          onPress={() =>
            setHosts([...hosts, { jurisdiction: '', currency: currency, pledge: '0', rate: '1' }])
          }
        >
          {t('budgets.settings.addHost')}
        </Button>
      </fieldset>
      <fieldset className="form">
        <legend>{t('budgets.phaseDates')}</legend>
        {PHASE_KEYS.map((key) => (
          <TextInput
            key={key}
            label={t(`budgets.phaseNames.${key}`)}
            type="datetime-local"
            value={phases[key]}
            onChange={(value) => setPhases({ ...phases, [key]: value })}
            error={problem?.fieldMessage(`phases.${key}`)}
          />
        ))}
      </fieldset>
      <SelectInput
        label={t('budgets.method')}
        choices={METHODS.map((id) => ({ id, label: t(`budgets.methods.${id}`) }))}
        value={methodType}
        onChange={(value) => setMethodType(value as Settings['method']['type'])}
      />
      {methodType === 'approval' && (
        <>
          <TextInput
            label={t('budgets.settings.minProjects')}
            value={minProjects}
            onChange={setMinProjects}
            inputMode="numeric"
            error={problem?.fieldMessage('method.minProjects')}
          />
          <TextInput
            label={t('budgets.settings.maxProjects')}
            value={maxProjects}
            onChange={setMaxProjects}
            inputMode="numeric"
          />
        </>
      )}
      {methodType === 'cumulative' && (
        <>
          <TextInput
            label={t('budgets.settings.totalPoints')}
            value={totalPoints}
            onChange={setTotalPoints}
            inputMode="numeric"
          />
          <TextInput
            label={t('budgets.settings.maxPerProject')}
            value={maxPerProject}
            onChange={setMaxPerProject}
            inputMode="numeric"
            error={problem?.fieldMessage('method.maxPerProject')}
          />
        </>
      )}
      {methodType === 'ranking' && (
        <TextInput
          label={t('budgets.settings.maxRanks')}
          value={maxRanks}
          onChange={setMaxRanks}
          inputMode="numeric"
        />
      )}
      <SelectInput
        label={t('budgets.settings.rule')}
        choices={(['mes', 'greedy'] as const).map((id) => ({ id, label: t(`budgets.rules.${id}`) }))}
        value={rule}
        onChange={(value) => setRule(value as Settings['rule']['rule'])}
      />
      {rule === 'mes' && (
        <SelectInput
          label={t('budgets.settings.completion')}
          choices={COMPLETIONS.map((id) => ({ id, label: id }))}
          value={completion}
          onChange={(value) => setCompletion(value as Settings['rule']['completion'])}
        />
      )}
      <SelectInput
        label={t('budgets.settings.satisfaction')}
        choices={[
          { id: 'cost', label: t('budgets.settings.satisfactionCost') },
          { id: 'cardinality', label: t('budgets.settings.satisfactionCardinality') },
        ]}
        value={satisfaction}
        onChange={(value) => setSatisfaction(value as Settings['rule']['satisfaction'])}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
          {t('budgets.settings.save')}
        </Button>
      </div>
    </form>
  );
}
