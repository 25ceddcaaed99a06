import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { isApiProblem } from '../../../lib/api-problem.ts';
import { withEditedLanguage } from '../../../lib/localised-text.ts';
import { type Budget, type BudgetProject, useEditProject, useProposeProject } from '../api/budgets.ts';
import { placeName } from './budget-format.ts';

const LANGUAGES = ['en', 'sv', 'fi', 'fr', 'es', 'ar'];
const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

/** The language a project was written in: its original text, else its first one. */
function originalLanguage(project: BudgetProject): string {
  const entries = Object.entries(project.titles);
  return (entries.find(([, value]) => value?.provenance === 'original') ?? entries[0])?.[0] ?? 'en';
}

/**
 * Residents propose during the proposals phase, managers at any time; the text keeps its original language.
 * With a `project`, the same form edits it (its proposer before review, managers before voting).
 */
export function ProposeProjectForm({
  slug,
  budget,
  project,
  onDone,
}: {
  slug: string;
  budget: Budget;
  project?: BudgetProject;
  onDone?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useProposeProject(slug);
  const edit = useEditProject(slug);
  const propose = project ? edit : create;
  const hosts = budget.settings.hosts.map((host) => host.jurisdiction);
  const startLanguage = project
    ? originalLanguage(project)
    : LANGUAGES.includes(i18n.language)
      ? i18n.language
      : 'en';
  const [language, setLanguage] = useState(startLanguage);
  const [title, setTitle] = useState(project?.titles[startLanguage]?.text ?? '');
  const [description, setDescription] = useState(project?.descriptions[startLanguage]?.text ?? '');
  const [cost, setCost] = useState(project ? String(project.cost) : '');
  const [category, setCategory] = useState(project?.category ?? '');
  const [jurisdiction, setJurisdiction] = useState(project?.jurisdiction ?? hosts[0] ?? '');
  const [latitude, setLatitude] = useState(project?.latitude == null ? '' : String(project.latitude));
  const [longitude, setLongitude] = useState(project?.longitude == null ? '' : String(project.longitude));
  const problem = isApiProblem(propose.error) ? propose.error : null;
  const formId = project ? `budget-edit-${project.id}` : 'budget-propose';
  const languages = LANGUAGES.includes(startLanguage) ? LANGUAGES : [startLanguage, ...LANGUAGES];
  // A new project is written in one language; an edit changes one language and keeps the others.
  const text = (value: string, existing: BudgetProject['titles'] | undefined) =>
    existing
      ? withEditedLanguage(existing, language, value, startLanguage)
      : { [language]: { text: value, provenance: 'original' as const } };
  const chooseLanguage = (code: string) => {
    setLanguage(code);
    if (project) {
      setTitle(project.titles[code]?.text ?? '');
      setDescription(project.descriptions[code]?.text ?? '');
    }
  };
  return (
    <form
      className="form"
      aria-labelledby={`${formId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const body = {
          titles: text(title, project?.titles),
          descriptions: text(description, project?.descriptions),
          cost: Number(cost),
          category: category.trim() || null,
          jurisdiction,
          latitude: optionalNumber(latitude),
          longitude: optionalNumber(longitude),
        };
        if (project)
          edit.mutate({ ...body, id: project.id, version: project.version }, { onSuccess: onDone });
        else
          create.mutate(body, {
            onSuccess: () => {
              setTitle('');
              setDescription('');
              setCost('');
            },
          });
      }}
    >
      <h3 id={`${formId}-title`}>
        {project ? t('budgets.edit.title', { number: project.number }) : t('budgets.propose.title')}
      </h3>
      {!project && propose.isSuccess && (
        <p role="status" className="success-message">
          {t('budgets.propose.done')}
        </p>
      )}
      <ProblemSummary problem={propose.error} />
      <SelectInput
        label={t('budgets.propose.language')}
        choices={languages.map((code) => ({ id: code, label: code.toUpperCase() }))}
        value={language}
        onChange={chooseLanguage}
        description={project ? t('budgets.edit.languageHint') : undefined}
      />
      <TextInput
        label={t('budgets.propose.projectTitle')}
        value={title}
        onChange={setTitle}
        isRequired
        inputLang={language}
        error={problem?.fieldMessage('titles')}
      />
      <TextInput
        label={t('budgets.propose.description')}
        value={description}
        onChange={setDescription}
        multiline
        isRequired
        inputLang={language}
        error={problem?.fieldMessage('descriptions')}
      />
      <TextInput
        label={t('budgets.propose.cost', { currency: budget.settings.currency })}
        value={cost}
        onChange={setCost}
        inputMode="numeric"
        isRequired
        error={problem?.fieldMessage('cost')}
      />
      <TextInput label={t('budgets.propose.category')} value={category} onChange={setCategory} />
      <SelectInput
        label={t('budgets.propose.jurisdiction')}
        choices={hosts.map((code) => ({ id: code, label: placeName(code, i18n.language) }))}
        value={jurisdiction}
        onChange={setJurisdiction}
        error={problem?.fieldMessage('jurisdiction')}
      />
      <TextInput
        label={t('budgets.propose.latitude')}
        value={latitude}
        onChange={setLatitude}
        inputMode="decimal"
        error={problem?.fieldMessage('latitude')}
      />
      <TextInput
        label={t('budgets.propose.longitude')}
        value={longitude}
        onChange={setLongitude}
        inputMode="decimal"
        error={problem?.fieldMessage('longitude')}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={propose.isPending}>
          {project ? t('budgets.edit.save') : t('budgets.propose.submit')}
        </Button>
        {project && onDone && (
          <Button type="button" className="button button-secondary" onPress={onDone}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
