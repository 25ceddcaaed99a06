import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useSubmitIdea } from '../api/consultations.ts';
import { contentLanguageChoices } from './content-languages.ts';

/** A participant writes an idea in their own language (stored with it, so readers know the original). */
export function IdeaForm({ slug, preModeration }: { slug: string; preModeration: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const languages = contentLanguageChoices();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [language, setLanguage] = useState(i18n.resolvedLanguage ?? 'en');
  const submit = useSubmitIdea(slug);
  const errors = fieldErrorsOf(submit.error, {});
  const labels = {
    title: t('consultations.ideaTitle'),
    body: t('consultations.ideaBody'),
    language: t('consultations.language'),
  };
  return (
    <section aria-labelledby="new-idea-title" className="section">
      <h3 id="new-idea-title">{t('consultations.newIdea')}</h3>
      {preModeration && <p className="notice">{t('consultations.preModerationNotice')}</p>}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit.mutate(
            { title, body, language },
            { onSuccess: (idea) => navigate(`/spaces/${slug}/ideas/${idea.id}`) },
          );
        }}
      >
        <ProblemSummary problem={submit.error} labels={labels} />
        <TextInput
          label={labels.title}
          value={title}
          onChange={setTitle}
          error={errors('title')}
          inputLang={language}
          isRequired
        />
        <TextInput
          label={labels.body}
          value={body}
          onChange={setBody}
          error={errors('body')}
          multiline
          inputLang={language}
          isRequired
        />
        <SelectInput
          label={labels.language}
          value={language}
          onChange={setLanguage}
          choices={languages}
          error={errors('language')}
        />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={submit.isPending}>
            {t('consultations.submitIdea')}
          </Button>
        </div>
      </form>
    </section>
  );
}
