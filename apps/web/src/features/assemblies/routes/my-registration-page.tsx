import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useDeleteMyRegistration, useMyRegistration } from '../api/assemblies.ts';

/** The private link of the confirmation e-mail: see one's registration, or delete it and its personal data. */
export function MyRegistrationPage() {
  const { t } = useTranslation();
  const { slug = '', token = '' } = useParams();
  const registration = useMyRegistration(slug, token);
  const remove = useDeleteMyRegistration(slug, token);
  useDocumentTitle(t('assemblies.myRegistration'));
  if (remove.isSuccess)
    return (
      <div className="narrow-page">
        <h1>{t('assemblies.myRegistration')}</h1>
        <p role="status" className="success-message">
          {t('assemblies.deleted')}
        </p>
      </div>
    );
  return (
    <div className="narrow-page">
      <h1>{t('assemblies.myRegistration')}</h1>
      {registration.isPending ? (
        <Loading />
      ) : registration.isError ? (
        <LoadError error={registration.error} />
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>{t('assemblies.name')}</dt>
              <dd>{registration.data.name}</dd>
            </div>
            <div>
              <dt>{t('assemblies.email')}</dt>
              <dd>{registration.data.email}</dd>
            </div>
            {Object.entries(registration.data.features).map(([category, feature]) => (
              <div key={category}>
                <dt>{category}</dt>
                <dd>{feature}</dd>
              </div>
            ))}
            <div>
              <dt>{t('assemblies.status')}</dt>
              <dd>{t(`assemblies.volunteerStatus.${registration.data.status}`)}</dd>
            </div>
          </dl>
          <ProblemSummary problem={remove.error} />
          <Button
            className="button button-secondary"
            isDisabled={remove.isPending}
            onPress={() => remove.mutate()}
          >
            {t('assemblies.deleteRegistration')}
          </Button>
        </>
      )}
    </div>
  );
}
