import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { type Budget, type BudgetProject, useReviewProject, useWithdrawProject } from '../api/budgets.ts';
import { formatMoney, placeName } from './budget-format.ts';
import { ProposeProjectForm } from './propose-project-form.tsx';

/**
 * Its proposer edits or withdraws a project until it is reviewed; managers edit any project until voting opens
 * (the server decides; these rules only hide buttons that would be refused).
 */
function ProposerControls({
  slug,
  budget,
  project,
}: {
  slug: string;
  budget: Budget;
  project: BudgetProject;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const withdraw = useWithdrawProject(slug);
  const pending = project.feasibility === 'pending';
  const beforeVoting = ['upcoming', 'proposals', 'review'].includes(budget.phase);
  const mayEdit =
    project.feasibility !== 'withdrawn' &&
    ((project.proposedByMe && pending) || (budget.can.manage && beforeVoting));
  const mayWithdraw = project.proposedByMe && pending;
  if (!mayEdit && !mayWithdraw) return null;
  if (editing)
    return (
      <ProposeProjectForm slug={slug} budget={budget} project={project} onDone={() => setEditing(false)} />
    );
  return (
    <div className="button-row">
      <ProblemSummary problem={withdraw.error} />
      {mayEdit && (
        <Button
          className="button button-secondary"
          aria-label={t('budgets.edit.openLabel', { number: project.number })}
          onPress={() => setEditing(true)}
        >
          {t('budgets.edit.open')}
        </Button>
      )}
      {mayWithdraw && (
        <ConfirmButton
          danger
          ariaLabel={t('budgets.withdraw.buttonLabel', { number: project.number })}
          title={t('budgets.withdraw.title', { number: project.number })}
          message={t('budgets.withdraw.text')}
          confirmLabel={t('budgets.withdraw.confirm')}
          isDisabled={withdraw.isPending}
          onConfirm={() => withdraw.mutate({ id: project.id, version: project.version })}
        >
          {t('budgets.withdraw.button')}
        </ConfirmButton>
      )}
    </div>
  );
}

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
          <ProposerControls slug={slug} budget={budget} project={project} />
          {budget.can.manage && budget.results === 'none' && project.feasibility !== 'withdrawn' && (
            <ReviewControls slug={slug} project={project} />
          )}
        </li>
      ))}
    </ul>
  );
}
