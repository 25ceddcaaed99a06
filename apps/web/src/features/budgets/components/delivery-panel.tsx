import { pickText } from '@crossgov/shared';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { formatDate } from '../../../lib/format.ts';
import { type BudgetProject, useAddDeliveryUpdate, useMakeInitiative } from '../api/budgets.ts';

const STATUSES = ['planned', 'in_progress', 'delivered', 'cancelled'] as const;

function DeliveryForm({ slug, project }: { slug: string; project: BudgetProject }) {
  const { t } = useTranslation();
  const add = useAddDeliveryUpdate(slug);
  const initiative = useMakeInitiative(slug);
  const [status, setStatus] = useState<(typeof STATUSES)[number]>(project.deliveryStatus ?? 'planned');
  const [note, setNote] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  return (
    <form
      className="form"
      aria-label={t('budgets.delivery.updateFor', { number: project.number })}
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({ id: project.id, status, note, happenedOn: date }, { onSuccess: () => setNote('') });
      }}
    >
      <ProblemSummary problem={add.error ?? initiative.error} />
      <SelectInput
        label={t('budgets.delivery.status')}
        choices={STATUSES.map((id) => ({ id, label: t(`budgets.delivery.statuses.${id}`) }))}
        value={status}
        onChange={(value) => setStatus(value as (typeof STATUSES)[number])}
      />
      <TextInput label={t('budgets.delivery.note')} value={note} onChange={setNote} isRequired />
      <TextInput label={t('budgets.delivery.date')} value={date} onChange={setDate} isRequired />
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={add.isPending}>
          {t('budgets.delivery.add')}
        </Button>
        {!project.initiative && (
          <Button
            className="button"
            isDisabled={initiative.isPending}
            onPress={() => initiative.mutate(project.id)}
          >
            {t('budgets.delivery.makeInitiative')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** Each funded project's delivery: its status, dated public updates, and its workspace once it has one. */
export function DeliveryPanel({
  slug,
  projects,
  canManage,
}: {
  slug: string;
  projects: BudgetProject[];
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="budget-projects">
      {projects.map((project) => (
        <li key={project.id} className="card">
          <h4>
            {project.number}. {pickText(project.titles, i18n.language)}
          </h4>
          <p>
            {t('budgets.delivery.status')}:{' '}
            {project.deliveryStatus
              ? t(`budgets.delivery.statuses.${project.deliveryStatus}`)
              : t('budgets.delivery.none')}
          </p>
          {project.deliveryUpdates.length > 0 && (
            <ul>
              {project.deliveryUpdates.map((update) => (
                <li key={update.id}>
                  <time dateTime={update.happenedOn}>{formatDate(update.happenedOn, i18n.language)}</time>:{' '}
                  {t(`budgets.delivery.statuses.${update.status}`)}. {update.note}
                </li>
              ))}
            </ul>
          )}
          {project.initiative && (
            <p>
              <Link to={`/spaces/${project.initiative.slug}`}>{t('budgets.delivery.initiative')}</Link>
            </p>
          )}
          {canManage && <DeliveryForm slug={slug} project={project} />}
        </li>
      ))}
    </ul>
  );
}
