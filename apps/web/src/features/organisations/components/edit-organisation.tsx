import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../../../components/ui/conflict-notice.tsx';
import { isVersionConflict } from '../../../lib/api-problem.ts';
import { rowsFromMultilingual } from '../../../lib/multilingual-rows.ts';
import { type Organisation, refetchOrganisation, useUpdateOrganisation } from '../api/organisations.ts';
import { OrganisationForm } from './organisation-form.tsx';

/**
 * Edits carry the version the person started from. If a colleague saved in between, the API answers 409:
 * nothing is overwritten, and reloading restarts the form from the saved organisation.
 */
export function EditOrganisation({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const update = useUpdateOrganisation(organisation.slug);
  const [editing, setEditing] = useState(false);
  // Fixed when editing starts, so a background refresh never moves the version under the person's feet.
  const [base, setBase] = useState(organisation);
  const [reloading, setReloading] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const start = () => {
    setBase(organisation);
    update.reset();
    setEditing(true);
  };
  const reload = async () => {
    setReloading(true);
    try {
      setBase(await refetchOrganisation(organisation.slug));
      update.reset();
      setFormKey((key) => key + 1);
    } finally {
      setReloading(false);
    }
  };

  if (!editing)
    return (
      <>
        {update.isSuccess && (
          <p role="status" className="success-message">
            {t('organisations.saved')}
          </p>
        )}
        <Button className="button button-secondary" onPress={start}>
          {t('organisations.edit')}
        </Button>
      </>
    );
  return (
    <OrganisationForm
      key={formKey}
      initial={{
        rows: rowsFromMultilingual(base.names),
        slug: base.slug,
        type: base.type,
        country: base.country,
        website: base.website ?? '',
        descriptions: rowsFromMultilingual(base.descriptions),
        jurisdiction: base.jurisdiction,
        workingLanguages: base.workingLanguages,
        sdgs: base.sdgs.map(String),
        tags: base.tags.join(', '),
        contactEmail: base.contactEmail ?? '',
      }}
      withSlug={false}
      submitLabel={t('common.saveChanges')}
      isPending={update.isPending}
      error={update.error}
      errorNotice={
        isVersionConflict(update.error) ? (
          <ConflictNotice onReload={reload} isReloading={reloading} />
        ) : undefined
      }
      onSubmit={({ slug: _slug, ...changes }) =>
        update.mutate({ ...changes, version: base.version }, { onSuccess: () => setEditing(false) })
      }
      onCancel={() => setEditing(false)}
    />
  );
}
