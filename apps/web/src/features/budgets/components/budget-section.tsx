import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import type { Space } from '../../spaces/api/spaces.ts';
import { useBudget, useBudgetProjects, useBudgetResults, useMyBallot } from '../api/budgets.ts';
import { BallotForm } from './ballot-form.tsx';
import { BudgetManagerActions } from './budget-manager-actions.tsx';
import { BudgetOverview } from './budget-overview.tsx';
import { BudgetProjects } from './budget-projects.tsx';
import { BudgetSettingsForm } from './budget-settings-form.tsx';
import { DeliveryPanel } from './delivery-panel.tsx';
import { ProposeProjectForm } from './propose-project-form.tsx';
import { ResultsPanel } from './results-panel.tsx';

/** A budget space's page: overview, ballot, results and delivery, projects, and the managers' tools. */
export function BudgetSection({ space }: { space: Space }) {
  const { t } = useTranslation();
  const location = useLocation();
  const user = useCurrentUser();
  const slug = space.slug;
  const budget = useBudget(slug);
  const projects = useBudgetProjects(slug);
  const ballot = useMyBallot(slug, Boolean(user));
  const visibleResults =
    budget.data !== undefined &&
    (budget.data.results === 'published' || (budget.data.results === 'computed' && budget.data.can.manage));
  const results = useBudgetResults(slug, visibleResults);
  if (budget.isPending || projects.isPending) return <Loading />;
  if (budget.isError) return <LoadError error={budget.error} />;
  if (projects.isError) return <LoadError error={projects.error} />;
  const data = budget.data;
  const items = projects.data.items;
  const funded = new Set(results.data?.selected ?? []);
  const fundedProjects = items.filter((project) => funded.has(project.id));
  return (
    <>
      <section aria-labelledby="budget-title" className="section">
        <h2 id="budget-title">{t('budgets.title')}</h2>
        <BudgetOverview budget={data} />
      </section>
      <section aria-labelledby="budget-ballot-section" className="section">
        <h2 id="budget-ballot-section">{t('budgets.ballot.title')}</h2>
        {!user ? (
          <p>
            <Link to={`/login?returnTo=${encodeURIComponent(location.pathname)}`}>
              {t('budgets.ballot.signIn')}
            </Link>
          </p>
        ) : data.phase !== 'voting' ? (
          <p>{t('budgets.ballot.notOpen')}</p>
        ) : !data.can.vote ? (
          <p>{t('budgets.ballot.unverified')}</p>
        ) : ballot.isPending ? (
          <Loading />
        ) : (
          <BallotForm slug={slug} budget={data} projects={items} current={ballot.data?.ballot ?? null} />
        )}
      </section>
      <section aria-labelledby="budget-results-title" className="section">
        <h2 id="budget-results-title">{t('budgets.results.title')}</h2>
        {results.data ? <ResultsPanel results={results.data} /> : <p>{t('budgets.results.none')}</p>}
        {data.can.manage && <BudgetManagerActions slug={slug} budget={data} />}
      </section>
      {results.data?.publishedAt && fundedProjects.length > 0 && (
        <section aria-labelledby="budget-delivery-title" className="section">
          <h2 id="budget-delivery-title">{t('budgets.delivery.title')}</h2>
          <DeliveryPanel slug={slug} projects={fundedProjects} canManage={data.can.manage} />
        </section>
      )}
      <section aria-labelledby="budget-projects-title" className="section">
        <h2 id="budget-projects-title">{t('budgets.projects.title')}</h2>
        <BudgetProjects slug={slug} budget={data} projects={items} />
        {data.can.propose ? (
          <ProposeProjectForm slug={slug} budget={data} />
        ) : (
          <p>{t('budgets.propose.closed')}</p>
        )}
      </section>
      {data.can.manage && (
        <section aria-labelledby="budget-settings-section" className="section">
          <h2 id="budget-settings-section">{t('budgets.settings.title')}</h2>
          <BudgetSettingsForm slug={slug} budget={data} />
        </section>
      )}
    </>
  );
}
