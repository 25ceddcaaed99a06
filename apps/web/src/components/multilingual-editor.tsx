import { PROVENANCES, type Provenance } from '@crossgov/shared';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { languageName } from '../lib/format.ts';
import {
  CONTENT_LANGUAGES,
  type LanguageRow,
  newLanguageRow,
  nextFreeLanguage,
} from '../lib/multilingual-rows.ts';
import { SelectInput } from './ui/select-input.tsx';
import { TextInput } from './ui/text-input.tsx';

interface MultilingualEditorProps {
  /** The group's name, e.g. "Names"; each row is labelled "<legend> in <language>". */
  legend: string;
  rows: LanguageRow[];
  onChange: (rows: LanguageRow[]) => void;
  multiline?: boolean;
  /** The error for the whole group, and a finder for one language's error. */
  error?: ReactNode;
  rowError?: (language: string) => ReactNode | undefined;
  isDisabled?: boolean;
}

function asProvenance(value: string): Provenance {
  return PROVENANCES.find((provenance) => provenance === value) ?? 'original';
}

/** A text in several languages: one row per language with its provenance, and a button to add a language. */
export function MultilingualEditor(props: MultilingualEditorProps) {
  const { t, i18n } = useTranslation();
  const { rows, onChange } = props;
  const update = (key: string, change: Partial<LanguageRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const provenanceChoices = PROVENANCES.map((provenance) => ({
    id: provenance,
    label: t(`provenance.${provenance}`),
  }));
  const addRow = () =>
    onChange([
      ...rows,
      newLanguageRow(nextFreeLanguage(rows, i18n.language), rows.length ? 'human' : 'original'),
    ]);

  return (
    <fieldset className="multilingual-editor" disabled={props.isDisabled}>
      <legend>{props.legend}</legend>
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
      {rows.map((row) => {
        const rowLanguageName = languageName(row.language, i18n.language);
        const languageChoices = CONTENT_LANGUAGES.filter(
          (code) => code === row.language || !rows.some((other) => other.language === code),
        ).map((code) => ({ id: code, label: languageName(code, i18n.language) }));
        return (
          <div className="language-row" key={row.key}>
            <SelectInput
              label={t('multilingual.language')}
              choices={languageChoices}
              value={row.language}
              onChange={(language) => update(row.key, { language })}
              isDisabled={props.isDisabled}
              className="language-row-language"
            />
            <TextInput
              label={t('multilingual.textIn', { legend: props.legend, language: rowLanguageName })}
              value={row.text}
              onChange={(text) => update(row.key, { text })}
              multiline={props.multiline}
              error={props.rowError?.(row.language)}
              isDisabled={props.isDisabled}
              className="language-row-text"
              inputLang={row.language}
            />
            <SelectInput
              label={t('multilingual.provenance')}
              choices={provenanceChoices}
              value={row.provenance}
              onChange={(provenance) => update(row.key, { provenance: asProvenance(provenance) })}
              isDisabled={props.isDisabled}
              className="language-row-provenance"
            />
            {rows.length > 1 && (
              <Button
                className="button button-secondary language-row-remove"
                onPress={() => onChange(rows.filter((other) => other.key !== row.key))}
                isDisabled={props.isDisabled}
                aria-label={t('multilingual.removeLanguage', { language: rowLanguageName })}
              >
                {t('common.remove')}
              </Button>
            )}
          </div>
        );
      })}
      <Button className="button button-secondary" onPress={addRow} isDisabled={props.isDisabled}>
        {t('multilingual.addLanguage')}
      </Button>
    </fieldset>
  );
}
