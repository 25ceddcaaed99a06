import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useCreateNetwork } from '../api/networks.ts';
import { NetworkForm } from '../components/network-form.tsx';

export function NewNetworkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('networks.create'));
  const navigate = useNavigate();
  const create = useCreateNetwork();
  return (
    <RequireSignIn>
      <div className="form-page">
        <h1>{t('networks.create')}</h1>
        <p>{t('networks.createIntro')}</p>
        <NetworkForm
          isPending={create.isPending}
          error={create.error}
          onSubmit={(input) =>
            create.mutate(input, { onSuccess: (saved) => void navigate(`/networks/${saved.slug}`) })
          }
        />
      </div>
    </RequireSignIn>
  );
}
