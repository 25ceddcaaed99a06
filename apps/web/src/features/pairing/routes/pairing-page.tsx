import { pickText } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { countryName } from '../../../lib/format.ts';
import { useOrganisationForPairing, usePairingCohorts } from '../api/pairing.ts';
import { CohortView } from '../components/cohort-view.tsx';
import { NewCohortForm } from '../components/new-cohort-form.tsx';

function Cohorts({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const cohorts = usePairingCohorts(slug);
  const selected = params.get('cohort');
  const open = (id: string) => setParams({ cohort: id });
  return (
    <>
      <section aria-labelledby="cohorts-title" className="section">
        <h2 id="cohorts-title">{t('pairing.cohorts')}</h2>
        {cohorts.isPending && <Loading />}
        {cohorts.isError && <LoadError error={cohorts.error} />}
        {cohorts.data &&
          (cohorts.data.items.length === 0 ? (
            <EmptyState>{t('pairing.noCohorts')}</EmptyState>
          ) : (
            <ul className="item-list">
              {cohorts.data.items.map((cohort) => (
                <li key={cohort.id} className="item">
                  <Link
                    to={`?cohort=${cohort.id}`}
                    aria-current={cohort.id === selected ? 'page' : undefined}
                  >
                    {cohort.name}
                  </Link>
                  <span className="muted">
                    {countryName(cohort.country, i18n.language)} · {t(`pairing.statuses.${cohort.status}`)} ·{' '}
                    {t('pairing.sizesValue', { cohort: cohort.cohortSize, pool: cohort.poolSize })}
                  </span>
                </li>
              ))}
            </ul>
          ))}
      </section>
      {selected && <CohortView key={selected} id={selected} />}
      <section aria-labelledby="new-cohort-title" className="section">
        <h2 id="new-cohort-title">{t('pairing.newCohort')}</h2>
        <p>{t('pairing.newCohortIntro')}</p>
        <NewCohortForm slug={slug} onCreated={open} />
      </section>
    </>
  );
}

/** Programme managers of an organisation pair a national cohort with counterparts abroad. */
export function PairingPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const organisation = useOrganisationForPairing(slug);
  const name = organisation.data ? pickText(organisation.data.names, i18n.language) : '';
  useDocumentTitle(t('pairing.title'));
  return (
    <RequireSignIn>
      <h1>{t('pairing.title')}</h1>
      {organisation.data && (
        <p>
          <Link to={`/organisations/${slug}`}>{t('pairing.backTo', { name })}</Link>
        </p>
      )}
      <p className="lead">{t('pairing.intro')}</p>
      {organisation.isError && <LoadError error={organisation.error} />}
      <Cohorts slug={slug} />
    </RequireSignIn>
  );
}
