import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { isApiProblem } from '../../../lib/api-problem.ts';
import { type Budget, useProposeProject } from '../api/budgets.ts';
import { placeName } from './budget-format.ts';

const LANGUAGES = ['en', 'sv', 'fi', 'fr', 'es', 'ar'];
const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

/** Residents propose during the proposals phase, managers at any time; the text keeps its original language. */
export function ProposeProjectForm({ slug, budget }: { slug: string; budget: Budget }) {
  const { t, i18n } = useTranslation();
  const propose = useProposeProject(slug);
  const hosts = budget.settings.hosts.map((host) => host.jurisdiction);
  const [language, setLanguage] = useState(LANGUAGES.includes(i18n.language) ? i18n.language : 'en');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [cost, setCost] = useState('');
  const [category, setCategory] = useState('');
  const [jurisdiction, setJurisdiction] = useState(hosts[0] ?? '');
  const [latitude, setLatitude] = useState('');
  const [longitude, setLongitude] = useState('');
  const problem = isApiProblem(propose.error) ? propose.error : null;
  const text = (value: string) => ({ [language]: { text: value, provenance: 'original' as const } });
  return (
    <form
      className="form"
      aria-labelledby="budget-propose-title"
      onSubmit={(event) => {
        event.preventDefault();
        propose.mutate(
          {
            titles: text(title),
            descriptions: text(description),
            cost: Number(cost),
            category: category.trim() || null,
            jurisdiction,
            latitude: optionalNumber(latitude),
            longitude: optionalNumber(longitude),
          },
          {
            onSuccess: () => {
              setTitle('');
              setDescription('');
              setCost('');
            },
          },
        );
      }}
    >
      <h3 id="budget-propose-title">{t('budgets.propose.title')}</h3>
      {propose.isSuccess && (
        <p role="status" className="success-message">
          {t('budgets.propose.done')}
        </p>
      )}
      <ProblemSummary problem={propose.error} />
      <SelectInput
        label={t('budgets.propose.language')}
        choices={LANGUAGES.map((code) => ({ id: code, label: code.toUpperCase() }))}
        value={language}
        onChange={setLanguage}
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
          {t('budgets.propose.submit')}
        </Button>
      </div>
    </form>
  );
}
