import type { SpaceVisibility } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MultilingualEditor } from '../../../components/multilingual-editor.tsx';
import { ConflictNotice } from '../../../components/ui/conflict-notice.tsx';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { isVersionConflict } from '../../../lib/api-problem.ts';
import {
  type LanguageRow,
  multilingualFromRows,
  rowsFromMultilingual,
} from '../../../lib/multilingual-rows.ts';
import { refetchSpace, type Space, useUpdateSpace } from '../api/spaces.ts';
import { VisibilityField } from './visibility-field.tsx';

interface SpaceFormProps {
  base: Space;
  onSaved: () => void;
  onCancel: () => void;
  onReloaded: (fresh: Space) => void;
}

function SpaceSettingsForm({ base, onSaved, onCancel, onReloaded }: SpaceFormProps) {
  const { t } = useTranslation();
  const update = useUpdateSpace(base.slug);
  const [titles, setTitles] = useState<LanguageRow[]>(() => rowsFromMultilingual(base.titles));
  const [descriptions, setDescriptions] = useState<LanguageRow[]>(() =>
    rowsFromMultilingual(base.descriptions),
  );
  const [visibility, setVisibility] = useState<SpaceVisibility>(base.visibility);
  const [reloading, setReloading] = useState(false);
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(update.error, localErrors);
  const labels = {
    titles: t('spaces.titles'),
    descriptions: t('spaces.descriptions'),
    visibility: t('spaces.visibility'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const titleValue = multilingualFromRows(titles);
    const descriptionValue = multilingualFromRows(descriptions);
    const errors: LocalErrors = Object.keys(titleValue).length ? {} : { titles: t('validation.oneLanguage') };
    setLocalErrors(errors);
    if (hasErrors(errors)) return;
    update.mutate(
      {
        titles: titleValue,
        // Clearing every description removes it, rather than leaving the old one in place.
        descriptions: Object.keys(descriptionValue).length ? descriptionValue : null,
        visibility,
        version: base.version,
      },
      { onSuccess: onSaved },
    );
  };

  const reload = async () => {
    setReloading(true);
    try {
      onReloaded(await refetchSpace(base.slug));
    } finally {
      setReloading(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {isVersionConflict(update.error) ? (
        <ConflictNotice onReload={reload} isReloading={reloading} />
      ) : (
        <ProblemSummary problem={update.error} localErrors={localErrors} labels={labels} />
      )}
      <MultilingualEditor
        legend={labels.titles}
        rows={titles}
        onChange={setTitles}
        error={errorFor('titles')}
        rowError={(language) => errorFor(`titles.${language}.text`) ?? errorFor(`titles.${language}`)}
        isDisabled={update.isPending}
      />
      <MultilingualEditor
        legend={labels.descriptions}
        rows={descriptions}
        onChange={setDescriptions}
        multiline
        error={errorFor('descriptions')}
        rowError={(language) =>
          errorFor(`descriptions.${language}.text`) ?? errorFor(`descriptions.${language}`)
        }
        isDisabled={update.isPending}
      />
      <VisibilityField
        value={visibility}
        onChange={setVisibility}
        error={errorFor('visibility')}
        isDisabled={update.isPending}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.saveChanges')}
        </Button>
        <Button className="button button-secondary" onPress={onCancel} isDisabled={update.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * The form starts from the version shown when editing began. A partner's save in between gives a 409;
 * reloading remounts the form (new key) with the saved space.
 */
export function EditSpace({ space }: { space: Space }) {
  const { t } = useTranslation();
  const [base, setBase] = useState<Space | null>(null);
  const [saved, setSaved] = useState(false);
  if (!base)
    return (
      <>
        {saved && (
          <p role="status" className="success-message">
            {t('spaces.saved')}
          </p>
        )}
        <Button
          className="button button-secondary"
          onPress={() => {
            setSaved(false);
            setBase(space);
          }}
        >
          {t('spaces.edit')}
        </Button>
      </>
    );
  return (
    <SpaceSettingsForm
      key={base.version}
      base={base}
      onSaved={() => {
        setSaved(true);
        setBase(null);
      }}
      onCancel={() => setBase(null)}
      onReloaded={setBase}
    />
  );
}
