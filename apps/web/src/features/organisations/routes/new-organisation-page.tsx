import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { currentUiLanguage } from '../../../i18n/i18n.ts';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { newLanguageRow } from '../../../lib/multilingual-rows.ts';
import { useCreateOrganisation } from '../api/organisations.ts';
import { OrganisationForm } from '../components/organisation-form.tsx';

export function NewOrganisationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.registerTitle'));
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  const [initial] = useState(() => ({
    rows: [newLanguageRow(currentUiLanguage(), 'original')],
    slug: '',
    type: null,
    country: null,
    website: '',
    descriptions: [newLanguageRow(currentUiLanguage(), 'original')],
    jurisdiction: null,
    workingLanguages: [currentUiLanguage()],
    sdgs: [],
    tags: '',
    contactEmail: '',
  }));
  return (
    <RequireSignIn>
      <div className="form-page">
        <h1>{t('organisations.registerTitle')}</h1>
        <p>{t('organisations.registerIntro')}</p>
        <OrganisationForm
          initial={initial}
          withSlug
          submitLabel={t('organisations.register')}
          isPending={create.isPending}
          error={create.error}
          onSubmit={(input) =>
            create.mutate(input, { onSuccess: (saved) => void navigate(`/organisations/${saved.slug}`) })
          }
        />
      </div>
    </RequireSignIn>
  );
}
