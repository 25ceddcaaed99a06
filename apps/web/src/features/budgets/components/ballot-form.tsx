import { pickText } from '@crossgov/shared';
import { type ReactNode, useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CheckboxInput } from '../../../components/ui/checkbox-input.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { isApiProblem } from '../../../lib/api-problem.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { type Budget, type BudgetBallot, type BudgetProject, useCastBallot } from '../api/budgets.ts';
import { formatMoney, residenceChoices } from './budget-format.ts';

interface BallotFormProps {
  slug: string;
  budget: Budget;
  projects: BudgetProject[];
  current: BudgetBallot | null;
}

/**
 * The ballot, usable on a phone: approval with a live basket of the amount left, cumulative points with the
 * points left, ranks, or one choice. Changes are announced politely (aria-live) as they happen.
 */
export function BallotForm({ slug, budget, projects, current }: BallotFormProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const cast = useCastBallot(slug);
  const { method, currency } = budget.settings;
  const onBallot = projects.filter((project) => project.feasibility === 'feasible');
  const choices = residenceChoices(
    budget.settings.hosts.map((host) => host.jurisdiction),
    locale,
  );
  const [residence, setResidence] = useState(current?.residence ?? choices[0]?.id ?? '');
  const [chosen, setChosen] = useState<string[]>(current?.projectIds ?? []);
  const [points, setPoints] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      (current?.projectIds ?? []).map((id, index) => [id, String(current?.points?.[index] ?? '')]),
    ),
  );
  const problem = isApiProblem(cast.error) ? cast.error : null;
  const title = (project: BudgetProject) => `${project.number}. ${pickText(project.titles, locale)}`;
  const titleOf = (id: string | undefined) => {
    const project = onBallot.find((entry) => entry.id === id);
    return project ? title(project) : '';
  };
  const costOf = new Map(onBallot.map((project) => [project.id, project.cost]));
  const spent = chosen.reduce((sum, id) => sum + (costOf.get(id) ?? 0), 0);
  const left = budget.pot.total - spent;

  const submit = () => {
    if (method.type === 'cumulative') {
      const given = onBallot.filter((project) => Number(points[project.id] ?? 0) > 0);
      cast.mutate({
        residence,
        projectIds: given.map((project) => project.id),
        points: given.map((project) => Number(points[project.id])),
      });
      return;
    }
    cast.mutate({ residence, projectIds: chosen.filter(Boolean) });
  };

  let body: ReactNode;
  let live: string;
  if (method.type === 'approval') {
    live =
      left >= 0
        ? t('budgets.ballot.basket', {
            spent: formatMoney(spent, currency, locale),
            budget: formatMoney(budget.pot.total, currency, locale),
            left: formatMoney(left, currency, locale),
          })
        : t('budgets.ballot.basketOver', { over: formatMoney(-left, currency, locale) });
    body = (
      <fieldset className="ballot-choices">
        <legend>{t(`budgets.methods.approval`)}</legend>
        {onBallot.map((project) => {
          const selected = chosen.includes(project.id);
          const fits = selected || project.cost <= left;
          return (
            <CheckboxInput
              key={project.id}
              isSelected={selected}
              isDisabled={!fits}
              onChange={(on) =>
                setChosen(on ? [...chosen, project.id] : chosen.filter((id) => id !== project.id))
              }
            >
              {title(project)} — {formatMoney(project.cost, currency, locale)}
              {!fits && ` (${t('budgets.ballot.doesNotFit')})`}
            </CheckboxInput>
          );
        })}
      </fieldset>
    );
  } else if (method.type === 'cumulative') {
    const used = onBallot.reduce((sum, project) => sum + (Number(points[project.id]) || 0), 0);
    live = t('budgets.ballot.pointsLeft', {
      used,
      total: method.totalPoints,
      left: method.totalPoints - used,
    });
    body = (
      <fieldset className="ballot-choices">
        <legend>{t('budgets.methods.cumulative')}</legend>
        {onBallot.map((project) => (
          <TextInput
            key={project.id}
            label={t('budgets.ballot.pointsFor', { project: title(project) })}
            inputMode="numeric"
            value={points[project.id] ?? ''}
            onChange={(value) => setPoints({ ...points, [project.id]: value })}
          />
        ))}
      </fieldset>
    );
  } else if (method.type === 'ranking') {
    live = chosen
      .filter(Boolean)
      .map((id, index) => `${index + 1}. ${titleOf(id)}`)
      .join(', ');
    const options = [
      { id: '', label: t('budgets.ballot.noChoice') },
      ...onBallot.map((project) => ({ id: project.id, label: title(project) })),
    ];
    body = (
      <fieldset className="ballot-choices">
        <legend>{t('budgets.methods.ranking')}</legend>
        {Array.from({ length: Math.min(method.maxRanks, onBallot.length) }, (_, rank) => (
          <SelectInput
            // biome-ignore lint/suspicious/noArrayIndexKey: a rank is its position
            key={rank}
            label={t('budgets.ballot.rank', { rank: rank + 1 })}
            choices={options}
            value={chosen[rank] ?? ''}
            onChange={(value) => {
              const next = [...chosen];
              next[rank] = value;
              setChosen(next.map((id, index) => (id && next.indexOf(id) !== index ? '' : id)));
            }}
          />
        ))}
      </fieldset>
    );
  } else {
    live = titleOf(chosen[0]);
    body = (
      <RadioGroup
        className="field ballot-choices"
        value={chosen[0] ?? null}
        onChange={(value) => setChosen([value])}
      >
        <Label>{t('budgets.ballot.pick')}</Label>
        {onBallot.map((project) => (
          <Radio key={project.id} value={project.id} className="radio">
            <span className="radio-dot" aria-hidden="true" />
            {title(project)} — {formatMoney(project.cost, currency, locale)}
          </Radio>
        ))}
      </RadioGroup>
    );
  }

  return (
    <form
      className="form ballot"
      aria-labelledby="budget-ballot-section"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {current && <p>{t('budgets.ballot.current', { date: formatDateTime(current.castAt, locale) })}</p>}
      {cast.isSuccess && (
        <p role="status" className="success-message">
          {t('budgets.ballot.saved')}
        </p>
      )}
      <ProblemSummary problem={cast.error} />
      <SelectInput
        label={t('budgets.ballot.residence')}
        description={t('budgets.ballot.residenceHelp')}
        choices={choices}
        value={residence}
        onChange={setResidence}
        error={problem?.fieldMessage('residence')}
      />
      <p className="basket" aria-live="polite" aria-atomic="true">
        {live}
      </p>
      {body}
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={cast.isPending}>
          {current ? t('budgets.ballot.change') : t('budgets.ballot.submit')}
        </Button>
      </div>
    </form>
  );
}
