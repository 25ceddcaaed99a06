import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MultilingualEditor } from '../../../components/multilingual-editor.tsx';
import { CheckboxInput } from '../../../components/ui/checkbox-input.tsx';
import { ConflictNotice } from '../../../components/ui/conflict-notice.tsx';
import { fieldErrorsOf } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { isVersionConflict } from '../../../lib/api-problem.ts';
import { multilingualFromRows, rowsFromMultilingual } from '../../../lib/multilingual-rows.ts';
import { type Consultation, useUpdateSettings } from '../api/consultations.ts';

/** "2026-12-01T10:00" in the reader's time zone, for a datetime-local field. */
function localInput(value: string | null): string {
  if (!value) return '';
  const date = new Date(value);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : null);

/** The hosts set the question in several languages, when ideas are accepted, and pre-moderation. */
export function ConsultationSettingsForm({
  slug,
  consultation,
}: {
  slug: string;
  consultation: Consultation;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(() => rowsFromMultilingual(consultation.question));
  const [opensAt, setOpensAt] = useState(localInput(consultation.opensAt));
  const [closesAt, setClosesAt] = useState(localInput(consultation.closesAt));
  const [preModeration, setPreModeration] = useState(consultation.preModeration);
  const save = useUpdateSettings(slug);
  const errors = fieldErrorsOf(save.error, {});
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          question: multilingualFromRows(rows),
          opensAt: fromLocalInput(opensAt),
          closesAt: fromLocalInput(closesAt),
          preModeration,
          version: consultation.version,
        });
      }}
    >
      {isVersionConflict(save.error) ? (
        <ConflictNotice onReload={() => window.location.reload()} />
      ) : (
        <ProblemSummary problem={save.error} />
      )}
      {save.isSuccess && (
        <p role="status" className="success-message">
          {t('consultations.settingsSaved')}
        </p>
      )}
      <MultilingualEditor
        legend={t('consultations.question')}
        rows={rows}
        onChange={setRows}
        error={errors('question')}
      />
      <TextInput
        label={t('consultations.opensAt')}
        type="datetime-local"
        value={opensAt}
        onChange={setOpensAt}
        error={errors('opensAt')}
      />
      <TextInput
        label={t('consultations.closesAt')}
        type="datetime-local"
        value={closesAt}
        onChange={setClosesAt}
        error={errors('closesAt')}
      />
      <CheckboxInput isSelected={preModeration} onChange={setPreModeration}>
        {t('consultations.preModeration')}
      </CheckboxInput>
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {t('consultations.saveSettings')}
        </Button>
      </div>
    </form>
  );
}
