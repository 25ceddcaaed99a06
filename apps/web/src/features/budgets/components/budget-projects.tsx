import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { type Budget, type BudgetProject, useReviewProject } from '../api/budgets.ts';
import { formatMoney, placeName } from './budget-format.ts';

function ReviewControls({ slug, project }: { slug: string; project: BudgetProject }) {
  const { t } = useTranslation();
  const review = useReviewProject(slug);
  const [reason, setReason] = useState(project.feasibilityReason ?? '');
  return (
    <fieldset className="form">
      <legend>{t('budgets.projects.reviewOf', { number: project.number })}</legend>
      <ProblemSummary problem={review.error} />
      <TextInput
        label={t('budgets.projects.reasonLabel', { number: project.number })}
        value={reason}
        onChange={setReason}
      />
      <div className="button-row">
        <Button
          className="button"
          isDisabled={review.isPending}
          onPress={() => review.mutate({ id: project.id, feasibility: 'feasible', version: project.version })}
        >
          {t('budgets.projects.markFeasible')}
        </Button>
        <Button
          className="button"
          isDisabled={review.isPending}
          onPress={() =>
            review.mutate({ id: project.id, feasibility: 'not_feasible', reason, version: project.version })
          }
        >
          {t('budgets.projects.markNotFeasible')}
        </Button>
      </div>
    </fieldset>
  );
}

/** Every proposed project with its public review; managers review them here. */
export function BudgetProjects({
  slug,
  budget,
  projects,
}: {
  slug: string;
  budget: Budget;
  projects: BudgetProject[];
}) {
  const { t, i18n } = useTranslation();
  if (projects.length === 0) return <p>{t('budgets.projects.none')}</p>;
  return (
    <ul className="budget-projects">
      {projects.map((project) => (
        <li key={project.id} className="card">
          <h4>
            {project.number}. <LocalisedText value={project.titles} />
          </h4>
          <LocalisedText value={project.descriptions} as="p" />
          <p>
            {t('budgets.projects.cost')}: {formatMoney(project.cost, budget.settings.currency, i18n.language)}
            {project.category && ` · ${t('budgets.projects.category')}: ${project.category}`}
            {` · ${t('budgets.projects.serves')}: ${placeName(project.jurisdiction, i18n.language)}`}
          </p>
          <p>
            {t('budgets.projects.feasibility')}: {t(`budgets.projects.feasibilities.${project.feasibility}`)}
            {project.feasibilityReason &&
              ` ${t('budgets.projects.reason', { reason: project.feasibilityReason })}`}
          </p>
          {budget.can.manage && budget.results === 'none' && <ReviewControls slug={slug} project={project} />}
        </li>
      ))}
    </ul>
  );
}
