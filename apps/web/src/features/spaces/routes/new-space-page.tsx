import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useMyOrganisations } from '../api/organisation-choices.ts';
import { NewSpaceForm } from '../components/new-space-form.tsx';

function NewSpaceContent() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mine = useMyOrganisations();
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <LoadError error={mine.error} />;
  const administersOne = mine.data.items.some((item) => item.role !== 'member');
  if (!administersOne)
    return (
      <div className="notice">
        <p>{t('spaces.needOrganisation')}</p>
        <p>
          <Link to="/organisations/new">{t('organisations.register')}</Link>
        </p>
      </div>
    );
  return <NewSpaceForm onCreated={(slug) => void navigate(`/spaces/${slug}`)} />;
}

export function NewSpacePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('spaces.createTitle'));
  const user = useCurrentUser();
  return (
    <RequireSignIn>
      <div className="form-page">
        <h1>{t('spaces.createTitle')}</h1>
        <p>{t('spaces.createIntro')}</p>
        {user && <NewSpaceContent />}
      </div>
    </RequireSignIn>
  );
}
