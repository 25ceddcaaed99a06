import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { type IdeaDetail, useEditIdea, useWithdrawIdea } from '../api/consultations.ts';

/**
 * The author's own actions on their idea: edit its title and body (while the server allows it: it answers 409
 * with the reason once others answered, commented or supported), and withdraw it after a confirmation.
 */
export function OwnIdeaActions({ slug, idea, isOpen }: { slug: string; idea: IdeaDetail; isOpen: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const withdraw = useWithdrawIdea(slug, idea.id);
  if (idea.withdrawnAt) return null;
  const editable = isOpen && idea.state !== 'hidden' && idea.status === null;
  return (
    <div className="section">
      <div className="button-row">
        {editable && (
          <Button className="button" aria-expanded={editing} onPress={() => setEditing(!editing)}>
            {t('consultations.editMyIdea')}
          </Button>
        )}
        <Button className="button" aria-expanded={confirming} onPress={() => setConfirming(!confirming)}>
          {t('consultations.withdrawMyIdea')}
        </Button>
      </div>
      {editing && <EditIdeaForm slug={slug} idea={idea} onDone={() => setEditing(false)} />}
      {confirming && (
        <div>
          <p>{t('consultations.withdrawExplained')}</p>
          <ProblemSummary problem={withdraw.error} />
          <Button
            className="button button-primary"
            isDisabled={withdraw.isPending}
            onPress={() => withdraw.mutate(idea.version, { onSuccess: () => setConfirming(false) })}
          >
            {t('consultations.confirmWithdraw')}
          </Button>
        </div>
      )}
    </div>
  );
}

function EditIdeaForm({ slug, idea, onDone }: { slug: string; idea: IdeaDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(idea.title ?? '');
  const [body, setBody] = useState(idea.body ?? '');
  const edit = useEditIdea(slug, idea.id);
  const errors = fieldErrorsOf(edit.error, {});
  const labels = { title: t('consultations.ideaTitle'), body: t('consultations.ideaBody') };
  return (
    <form
      className="form"
      noValidate
      aria-label={t('consultations.editMyIdea')}
      onSubmit={(event) => {
        event.preventDefault();
        edit.mutate({ title, body, version: idea.version }, { onSuccess: onDone });
      }}
    >
      <p>{t('consultations.editExplained')}</p>
      <ProblemSummary problem={edit.error} labels={labels} />
      <TextInput
        label={labels.title}
        value={title}
        onChange={setTitle}
        error={errors('title')}
        inputLang={idea.language}
        isRequired
      />
      <TextInput
        label={labels.body}
        value={body}
        onChange={setBody}
        error={errors('body')}
        multiline
        inputLang={idea.language}
        isRequired
      />
      <Button type="submit" className="button button-primary" isDisabled={edit.isPending}>
        {t('consultations.saveMyIdea')}
      </Button>
    </form>
  );
}
